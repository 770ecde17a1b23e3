/**
 * What a user sees when a server call fails, mapped once for Google: a refusal's sentence in the
 * language of Paramètres, anything else the "unexpected" sentence (logged), never a stack trace.
 * google.script.run hands the thrown Error's message to the sidebar's failure handler.
 */
import { shellMessage } from '../shared/usecases/refused';
import { uiLanguage } from './sidebars';

export function userFacing<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    console.error(e);
    throw new Error(shellMessage(e, uiLanguage()));
  }
}

/** The same sentence, for a menu action to show in an alert. */
export function failureText(e: unknown): string {
  console.error(e);
  return shellMessage(e, uiLanguage());
}
