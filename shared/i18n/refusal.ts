/**
 * The one way a use case says no (a closed year without lines, a row changed meanwhile, a bad
 * argument…): a stable code and its sentence in each language. Each shell maps it once —
 * apps-script/user-facing.ts, the preview server, the CLI — to the user's language; anything else
 * thrown is a bug and shows as the catalogue's "unexpected" sentence, never a stack trace.
 */
import { catalogue } from './catalogue';
import type { RefusalMessages } from './fr/refusals';
import type { Lang } from './lang';

export type RefusalCode = keyof RefusalMessages;

export class Refusal extends Error {
  readonly code: RefusalCode;
  private readonly render: (lang: Lang) => string;

  constructor(code: RefusalCode, render: (lang: Lang) => string) {
    super(render('fr'));
    this.name = 'Refusal';
    this.code = code;
    this.render = render;
  }

  /** The sentence in the user's language. */
  text(lang: Lang): string {
    return this.render(lang);
  }
}

/** A refusal whose sentence comes from the catalogue: `throw refusal('yearEmpty', first, last, year)`. */
export function refusal<K extends RefusalCode>(code: K, ...args: Parameters<RefusalMessages[K]>): Refusal {
  return new Refusal(code, (lang) => (catalogue(lang).refusals[code] as (...a: Parameters<RefusalMessages[K]>) => string)(...args));
}

/** What a shell shows for any thrown value: a refusal's sentence, or the "unexpected" one. */
export function userMessage(error: unknown, lang: Lang): string {
  return error instanceof Refusal ? error.text(lang) : catalogue(lang).refusals.unexpected();
}

/** The sentence of a refusal in `lang`, or null when `e` is not a refusal (a bug, which the shell logs). */
export function refusalText(error: unknown, lang: Lang): string | null {
  return error instanceof Refusal ? error.text(lang) : null;
}
