/**
 * How a shell turns what a use case threw into one sentence: a refusal's sentence in the user's
 * language, anything else the catalogue's "unexpected" one (a bug, logged by the shell).
 */
import type { Lang } from '../i18n/lang';
import { Refusal, userMessage } from '../i18n/refusal';

/** The sentence of a refusal in `lang`, or null when `e` is not a refusal. */
export function refusalText(e: unknown, lang: Lang): string | null {
  if (e instanceof Refusal) return e.text(lang);
  // Until shared/reports and shared/exports throw `Refusal` too, their own refusal classes.
  if (e instanceof Error && (e.name === 'ReportRefused' || e.name === 'ExportRefused')) return e.message.split('\n')[0];
  return null;
}

/** What a shell shows for anything thrown. */
export function shellMessage(e: unknown, lang: Lang): string {
  return refusalText(e, lang) ?? userMessage(e, lang);
}
