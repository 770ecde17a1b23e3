/** Which cell styles show dates: a number in such a cell is a date (ECMA-376 §18.8.30, §18.8.31). */
import { attribute, elements, nextElement } from './xml';

// Built-in number formats that show dates (ECMA-376 §18.8.30).
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A number format code that shows a date or a time (its literal text, escapes and colours aside). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,\s%E+-]*$/.test(bare);
}

/** The custom number formats of a styles part: id -> format code. */
export function customNumberFormats(styles: string): Map<number, string> {
  const custom = new Map<number, string>();
  const list = nextElement(styles, 'numFmts', 0);
  if (list)
    for (const f of elements(styles, 'numFmt', list.inner, list.innerEnd))
      custom.set(Number(attribute(f.attrs, 'numFmtId')), attribute(f.attrs, 'formatCode') ?? '');
  return custom;
}

/** The number format id of every cell style (`s="i"` of a cell), in order. */
export function cellStyleFormats(styles: string): number[] {
  const xfs = nextElement(styles, 'cellXfs', 0);
  if (!xfs) return [];
  return [...elements(styles, 'xf', xfs.inner, xfs.innerEnd)].map((x) => Number(attribute(x.attrs, 'numFmtId') ?? 0));
}

export function isDateFormatId(id: number, custom: ReadonlyMap<number, string>): boolean {
  return BUILTIN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id) ?? ''));
}

/** For each cell style index, whether it shows a date. */
export function dateStyles(styles: string | null): boolean[] {
  if (!styles) return [];
  const custom = customNumberFormats(styles);
  return cellStyleFormats(styles).map((id) => isDateFormatId(id, custom));
}
