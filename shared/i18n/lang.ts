/** The languages the console speaks: French by default, English on request (Paramètres › Langue). */
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
