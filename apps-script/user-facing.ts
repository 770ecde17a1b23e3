/**
 * What a user sees when a server call fails, mapped once for Google: a refusal's sentence in the
 * language of Paramètres, anything else the "unexpected" sentence (logged), never a stack trace.
 * google.script.run hands the thrown Error's message to the sidebar's failure handler.
 */
import { userMessage } from '../shared/i18n/refusal';
import { uiLanguage } from './sidebars';

export function userFacing<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    console.error(e);
    throw new Error(userMessage(e, uiLanguage()));
  }
}

/** The same sentence, for a menu action to show in an alert. */
export function failureText(e: unknown): string {
  console.error(e);
  return userMessage(e, uiLanguage());
}
