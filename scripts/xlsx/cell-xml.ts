/**
 * One row of a worksheet as text pieces: its attributes and its cells, each kept as written so
 * that a row written back changes only the cells that changed (ECMA-376 §18.3.1.4 c: `t="inlineStr"`
 * text, `t="b"` booleans, numbers and date serials in `<v>`).
 */
import type { CellValue } from '../../shared/sheets/ports';
import { columnLetter } from '../../shared/values/text';
import { columnNumber } from './sheet-xml';
import { attribute, elements, escapeCellText, nextElement, withAttributes, type Element } from './xml';

export interface CellText {
  readonly col: number;
  /** The open tag's attribute text, as written. */
  readonly attrs: string;
  /** The content, as written; null for `<c …/>`. */
  readonly body: string | null;
}

export interface RowText {
  attrs: string;
  cells: CellText[];
}

/** The row element in [start, end) of `xml`, its cells sorted by column. */
export function parseRow(xml: string, start: number, end: number): RowText {
  const r = nextElement(xml, 'row', start, end) as Element;
  const cells: CellText[] = [];
  let col = 0;
  for (const c of elements(xml, 'c', r.inner, r.innerEnd)) {
    const ref = attribute(c.attrs, 'r');
    col = ref ? columnNumber(ref) : col + 1;
    cells.push({ col, attrs: c.attrs, body: c.inner === c.end ? null : xml.slice(c.inner, c.innerEnd) });
  }
  cells.sort((a, b) => a.col - b.col);
  return { attrs: r.attrs, cells };
}

/** A cell's text at row `n`, its reference corrected only if it is missing or stale. */
export function cellText(c: CellText, n: number): string {
  const ref = `${columnLetter(c.col)}${n}`;
  const now = attribute(c.attrs, 'r');
  const attrs = now === ref ? c.attrs : now === undefined ? ` r="${ref}"${c.attrs}` : withAttributes(c.attrs, { r: ref });
  return c.body === null ? `<c${attrs}/>` : `<c${attrs}>${c.body}</c>`;
}

export function rowText(row: RowText, n: number, edited: boolean): string {
  // `spans` is an optional hint (§18.3.1.73); an edited row may no longer match it.
  const changes: Record<string, string | null> = edited ? { r: String(n), spans: null } : { r: String(n) };
  const attrs = attribute(row.attrs, 'r') === String(n) && !edited ? row.attrs : withAttributes(row.attrs, changes);
  if (row.cells.length === 0) return `<row${attrs}/>`;
  let out = `<row${attrs}>`;
  for (const c of row.cells) out += cellText(c, n);
  return `${out}</row>`;
}

export function styleOf(attrs: string): number | undefined {
  const s = attribute(attrs, 's');
  return s === undefined || s === '' ? undefined : Number(s);
}

export function hasFormula(body: string | null): boolean {
  return body !== null && nextElement(body, 'f', 0) !== null;
}

/** Excel's serial day number of an instant (calendar dates are stored at UTC midnight). */
export function dateToSerial(d: Date, date1904: boolean): number {
  return d.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
}

/**
 * The cell holding `value` at column `col`, keeping every attribute of `previous` but its type and
 * value metadata; `style` is the style to show it with. `''` leaves a styled empty cell, or none.
 */
export function cellFor(
  col: number,
  value: CellValue,
  style: number | undefined,
  previous: CellText | null,
  date1904: boolean,
): CellText | null {
  const base = previous?.attrs ?? '';
  const s = style === undefined ? null : String(style);
  const keep = { s, cm: null, vm: null };
  if (value === '' || (value instanceof Date && Number.isNaN(value.getTime()))) {
    return s === null ? null : { col, attrs: withAttributes(base, { ...keep, t: null }), body: null };
  }
  if (typeof value === 'string' || (typeof value === 'number' && !Number.isFinite(value))) {
    const text = String(value);
    const space = /^\s|\s$/.test(text) || text.includes('\n') ? ' xml:space="preserve"' : '';
    return { col, attrs: withAttributes(base, { ...keep, t: 'inlineStr' }), body: `<is><t${space}>${escapeCellText(text)}</t></is>` };
  }
  if (typeof value === 'boolean') return { col, attrs: withAttributes(base, { ...keep, t: 'b' }), body: `<v>${value ? 1 : 0}</v>` };
  const n = value instanceof Date ? dateToSerial(value, date1904) : value;
  return { col, attrs: withAttributes(base, { ...keep, t: null }), body: `<v>${n}</v>` };
}
