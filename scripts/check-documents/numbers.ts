/**
 * The numbers of a text as it writes them (« 25 559,42 », « 2025 », « 9,2 »), and those of a
 * commentary that its tables do not hold: the commentary never invents a number (docs/domain.md,
 * "Annual report"). Used by the unit tests on the report model and by `npm run check:libreoffice`
 * on the PDF's text.
 */

/** Digits, and the separators that may stand inside one number: narrow and ordinary no-break spaces, comma, point. */
const MODEL_SEPARATORS = '\u202f\u00a0,.';

export function numbersOf(text: string, separators = MODEL_SEPARATORS): string[] {
  const sep = separators.replace(/[\\\]^-]/g, (c) => `\\${c}`);
  return [...text.matchAll(new RegExp(`\\d+(?:[${sep}]\\d+)*`, 'g'))].map((m) => m[0]);
}

/** The numbers of `commentary` that appear nowhere in `tables` (both written the same way). */
export function numbersNotIn(commentary: string, tables: string, separators = MODEL_SEPARATORS): string[] {
  const held = new Set(numbersOf(tables, separators));
  return numbersOf(commentary, separators).filter((n) => !held.has(n));
}
