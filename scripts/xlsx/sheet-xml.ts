/**
 * A worksheet part's rows and cells, scanned once from left to right (ECMA-376 §18.3.1.73 row,
 * §18.3.1.4 c). Used by the read-only snapshot and by the editable workbook, which also keeps where
 * each row lies in the text so that untouched rows are written back as they were.
 */
import type { CellValue } from '../../shared/sheets/ports';
import { refusal, type Refusal } from '../../shared/i18n/refusal';
import { columnLetter } from '../../shared/values/text';
import { cellTextKept, LIMITS, TextTooLong } from './limits';
import { attribute, decodeText, indexOfTag, nextElement, nextTag, tagEnd, textRuns, XmlError } from './xml';

/** What a sheet's cells refer to elsewhere in the package. */
export interface SheetContext {
  /** The file name shown in messages. */
  readonly shown: string;
  readonly deadline: number;
  readonly date1904: boolean;
  sharedString(index: number): string;
  isDateStyle(style: number): boolean;
}

/** Where `<sheetData>` lies: rows are in [bodyStart, bodyEnd). */
export interface SheetDataBounds {
  /** Index of `<sheetData`. */
  readonly open: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Index just past `</sheetData>` (or `<sheetData/>`). */
  readonly close: number;
}

export function sheetDataBounds(xml: string): SheetDataBounds | null {
  const e = nextElement(xml, 'sheetData', 0);
  return e ? { open: e.start, bodyStart: e.inner, bodyEnd: e.innerEnd, close: e.end } : null;
}

/** A row as found in the text. */
export interface RowSpan {
  /** 1-based row number. */
  readonly n: number;
  readonly start: number;
  readonly end: number;
  /** Whether the row states its number (`r="…"`); rows without one follow the previous row. */
  readonly numbered: boolean;
}

/** `A` -> 1, `AB` -> 28: the letters at the start of a reference. */
export function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/**
 * Excel serial day -> the instant at UTC (exceljs and our writer store calendar dates at UTC midnight).
 * A serial no calendar holds (1e12 under a date style) stays the number it is: the parser then says
 * the cell is not a date (a `cell.invalid` finding), instead of handing on an Invalid Date.
 */
export function serialToDate(serial: number, date1904: boolean): Date | number {
  const days = date1904 ? serial + 1462 : serial;
  const d = new Date(Math.round((days - 25569) * 86_400_000));
  return Number.isNaN(d.getTime()) ? serial : d;
}

/** The attributes a cell's value depends on, read without allocating per attribute (see cellTag). */
export interface CellAttributes {
  ref: string;
  type: string;
  style: number;
  /** Set by cellTag: whether the tag was `<c …/>`. */
  selfClosing?: boolean;
}

const isDelimiter = (c: number) => c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Reads a cell's open tag whose attributes start at `from` (just after `<c`) in one pass: its
 * `r`, `t` and `s` into `out`; returns the index just past the tag's `>`.
 */
function cellTag(xml: string, from: number, out: CellAttributes): number {
  out.ref = '';
  out.type = 'n';
  out.style = -1;
  let i = from;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62) return ((out.selfClosing = false), i + 1);
    if (c === 47 && xml.charCodeAt(i + 1) === 62) return ((out.selfClosing = true), i + 2);
    const nameStart = i;
    while (c === c && c !== 61 && c !== 62 && c !== 47 && c > 32) c = xml.charCodeAt(++i);
    const nameEnd = i;
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c !== 61) throw new XmlError({ tag: 'c', kind: 'unreadable' });
    c = xml.charCodeAt(++i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c !== 34 && c !== 39) throw new XmlError({ tag: 'c', kind: 'unreadable' });
    const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
    if (close < 0) throw new XmlError({ tag: 'c', kind: 'unreadable' });
    if (nameEnd - nameStart === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114 /* r */) out.ref = xml.slice(i + 1, close);
      else if (name === 116 /* t */) out.type = xml.slice(i + 1, close);
      else if (name === 115 /* s */) out.style = Number(xml.slice(i + 1, close));
    }
    i = close + 1;
  }
}

/**
 * Index of the next `<x` whose one-letter name has char code `letter`, in [from, to) (`to` at a `<`),
 * or -1; comments, CDATA and instructions are skipped.
 */
function nextLetterTag(xml: string, letter: number, from: number, to: number): number {
  let p = from;
  for (;;) {
    const lt = nextTag(xml, p, to);
    if (lt < 0) return -1;
    if (xml.charCodeAt(lt + 1) === letter && isDelimiter(xml.charCodeAt(lt + 2))) return lt;
    p = lt + 1;
  }
}

/** The text of the cell's `<v>` in [inner, innerEnd) (which ends at `</c>`), or null. */
function valueText(xml: string, inner: number, innerEnd: number): string | null {
  const lt = nextLetterTag(xml, 118 /* v */, inner, innerEnd);
  if (lt < 0) return null;
  const open = tagEnd(xml, lt + 2);
  if (open < 0 || open > innerEnd) throw new XmlError({ tag: 'v', kind: 'unclosed' });
  if (xml.charCodeAt(open - 2) === 47) return '';
  const close = indexOfTag(xml, '</v>', open);
  if (close < 0 || close > innerEnd) throw new XmlError({ tag: 'v', kind: 'noClosingTag' });
  return xml.slice(open, close);
}

/** A cell's value as `getValues()` gives it: formulas give their last result, empty cells ''. */
export function cellValue(xml: string, a: CellAttributes, inner: number, innerEnd: number, ctx: SheetContext): CellValue {
  // A cell no spreadsheet could hold is refused before its text is decoded (LIMITS.cellText).
  if (innerEnd - inner > LIMITS.cellXmlChars) throw new TextTooLong();
  if (a.type === 'inlineStr') return cellTextKept(textRuns(xml, inner, innerEnd));
  const v = valueText(xml, inner, innerEnd);
  if (v === null) return '';
  switch (a.type) {
    case 's':
      return ctx.sharedString(Number(v));
    case 'b':
      return v === '1' || v === 'true';
    case 'str':
    case 'e':
      return cellTextKept(decodeText(v));
    case 'd': {
      const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      return Number.isNaN(d.getTime()) ? decodeText(v) : d;
    }
    default: {
      const num = Number(v);
      if (!Number.isFinite(num)) return cellTextKept(decodeText(v));
      return a.style >= 0 && ctx.isDateStyle(a.style) ? serialToDate(num, ctx.date1904) : num;
    }
  }
}

function tooLong(ctx: SheetContext): Refusal {
  return refusal('xlsxReadTooLong', ctx.shown, LIMITS.readSeconds);
}

function rowNumberOf(attrs: string, previous: number): { n: number; numbered: boolean } {
  const ref = attribute(attrs, 'r');
  const n = Number(ref);
  return ref && Number.isInteger(n) && n > 0 ? { n, numbered: true } : { n: previous + 1, numbered: false };
}

/** One row's cells in [from, to) (the row's content, ending at `</row>`), non-empty values placed at their column. */
function rowCells(xml: string, from: number, to: number, sheet: string, n: number, ctx: SheetContext): CellValue[] {
  const cells: CellValue[] = [];
  const a: CellAttributes = { ref: '', type: 'n', style: -1 };
  let col = 0;
  let p = from;
  for (;;) {
    const lt = nextLetterTag(xml, 99 /* c */, p, to);
    if (lt < 0) return cells;
    const open = cellTag(xml, lt + 2, a);
    if (open > to) throw new XmlError({ tag: 'c', kind: 'unclosed' });
    const selfClosing = a.selfClosing === true;
    const close = selfClosing ? open : indexOfTag(xml, '</c>', open);
    if (close < 0 || close > to) throw new XmlError({ tag: 'c', kind: 'noClosingTag' });
    p = selfClosing ? open : close + 4;
    col = a.ref ? columnNumber(a.ref) : col + 1;
    if (col > LIMITS.columnsPerSheet) throw refusal('xlsxTooManyColumns', ctx.shown, sheet, LIMITS.columnsPerSheet);
    let value: CellValue = '';
    try {
      if (!selfClosing) value = cellValue(xml, a, open, close, ctx);
    } catch (e) {
      // A text no cell could hold, named by its sheet and cell (the reference made only then).
      throw e instanceof TextTooLong ? refusal('xlsxCellTooLong', ctx.shown, sheet, `${columnLetter(col)}${n}`, LIMITS.cellText) : e;
    }
    if (value === '') continue;
    while (cells.length < col - 1) cells.push('');
    cells[col - 1] = value;
  }
}

/**
 * The sheet's rows, `[row][col]` with row 0 = sheet row 1, ragged (each row as long as its last
 * value), without trailing empty rows. Rows and columns are capped and time is bounded.
 */
export function readSheetRows(xml: string, sheet: string, ctx: SheetContext, onRow?: (row: RowSpan) => void): CellValue[][] {
  const rows: CellValue[][] = [];
  const bounds = sheetDataBounds(xml);
  if (!bounds) return rows;
  let previous = 0;
  let seen = 0;
  let width = 0;
  let p = bounds.bodyStart;
  for (;;) {
    const r = nextElement(xml, 'row', p, bounds.bodyEnd);
    if (!r) break;
    p = r.end;
    const { n, numbered } = rowNumberOf(r.attrs, previous);
    previous = n;
    if (n > LIMITS.rowsPerSheet) throw refusal('xlsxTooManyRows', ctx.shown, sheet, n, LIMITS.rowsPerSheet);
    // The clock is read every 256 rows read (not every 1 024th row number, which a file chooses).
    if ((++seen & 255) === 0 && Date.now() > ctx.deadline) throw tooLong(ctx);
    onRow?.({ n, start: r.start, end: r.end, numbered });
    const cells = r.inner < r.innerEnd ? rowCells(xml, r.inner, r.innerEnd, sheet, n, ctx) : [];
    while (rows.length < n - 1) rows.push([]);
    rows[n - 1] = cells;
    if (cells.length > width) width = cells.length;
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  if (rows.length * width > LIMITS.cellsPerSheet)
    throw refusal('xlsxTooManyCells', ctx.shown, sheet, rows.length, width, LIMITS.cellsPerSheet);
  return rows;
}

/** Like getValues(): a rectangle, '' for empty cells; `inPlace` pads the given rows instead of copies. */
export function rectangle(rows: CellValue[][], inPlace = false): CellValue[][] {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  return rows.map((r) => {
    const out = inPlace ? r : r.slice();
    while (out.length < width) out.push('');
    return out;
  });
}

export { XmlError };
