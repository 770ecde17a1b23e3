/**
 * A worksheet part's rows and cells, scanned once from left to right (ECMA-376 §18.3.1.73 row,
 * §18.3.1.4 c). Used by the read-only snapshot and by the editable workbook, which also keeps where
 * each row lies in the text so that untouched rows are written back as they were.
 */
import type { CellValue } from '../../shared/sheets/ports';
import { UserError } from './errors';
import { LIMITS } from './limits';
import { decodeXml, nextElement, textRuns, XmlError } from './xml';

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

/** Excel serial day -> the instant at UTC (exceljs and our writer store calendar dates at UTC midnight). */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((days - 25569) * 86_400_000));
}

/** The attributes a cell's value depends on, read without allocating per attribute. */
export interface CellAttributes {
  ref: string;
  type: string;
  style: number;
}

export function cellAttributes(attrs: string, out: CellAttributes): CellAttributes {
  out.ref = '';
  out.type = 'n';
  out.style = -1;
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    const eq = attrs.indexOf('=', i);
    if (eq < 0) break;
    let q = eq + 1;
    while (q < n && attrs.charCodeAt(q) <= 32) q++;
    const quote = attrs.charCodeAt(q);
    if (quote !== 34 && quote !== 39) break;
    const close = attrs.indexOf(attrs[q], q + 1);
    if (close < 0) break;
    let a = i;
    while (a < eq && attrs.charCodeAt(a) <= 32) a++;
    let b = eq;
    while (b > a && attrs.charCodeAt(b - 1) <= 32) b--;
    if (b - a === 1) {
      const name = attrs.charCodeAt(a);
      if (name === 114 /* r */) out.ref = attrs.slice(q + 1, close);
      else if (name === 116 /* t */) out.type = attrs.slice(q + 1, close);
      else if (name === 115 /* s */) out.style = Number(attrs.slice(q + 1, close));
    }
    i = close + 1;
  }
  return out;
}

/** A cell's value as `getValues()` gives it: formulas give their last result, empty cells ''. */
export function cellValue(xml: string, a: CellAttributes, inner: number, innerEnd: number, ctx: SheetContext): CellValue {
  if (a.type === 'inlineStr') return textRuns(xml, inner, innerEnd);
  const ve = nextElement(xml, 'v', inner, innerEnd);
  if (!ve) return '';
  const v = xml.slice(ve.inner, ve.innerEnd);
  switch (a.type) {
    case 's':
      return ctx.sharedString(Number(v));
    case 'b':
      return v === '1' || v === 'true';
    case 'str':
    case 'e':
      return decodeXml(v);
    case 'd': {
      const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      return Number.isNaN(d.getTime()) ? decodeXml(v) : d;
    }
    default: {
      const num = Number(v);
      if (!Number.isFinite(num)) return decodeXml(v);
      return a.style >= 0 && ctx.isDateStyle(a.style) ? serialToDate(num, ctx.date1904) : num;
    }
  }
}

function tooLong(ctx: SheetContext): UserError {
  return new UserError('file', `${ctx.shown} : lecture trop longue (plus de ${LIMITS.readSeconds} s), abandonnée`);
}

function rowNumberOf(attrs: string, previous: number): { n: number; numbered: boolean } {
  const a = cellAttributes(attrs, { ref: '', type: '', style: -1 });
  const n = Number(a.ref);
  return a.ref && Number.isInteger(n) && n > 0 ? { n, numbered: true } : { n: previous + 1, numbered: false };
}

/** One row's cells in [from, to) (the row's content), non-empty values placed at their column. */
function rowCells(xml: string, from: number, to: number, sheet: string, ctx: SheetContext): CellValue[] {
  const cells: CellValue[] = [];
  const a: CellAttributes = { ref: '', type: 'n', style: -1 };
  let col = 0;
  let p = from;
  for (;;) {
    const c = nextElement(xml, 'c', p, to);
    if (!c) return cells;
    p = c.end;
    cellAttributes(c.attrs, a);
    col = a.ref ? columnNumber(a.ref) : col + 1;
    if (col > LIMITS.columnsPerSheet)
      throw new UserError(
        'file',
        `${ctx.shown} : la feuille « ${sheet} » a plus de ${LIMITS.columnsPerSheet} colonnes ; le classeur est refusé`,
      );
    const value = cellValue(xml, a, c.inner, c.innerEnd, ctx);
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
  let p = bounds.bodyStart;
  for (;;) {
    const r = nextElement(xml, 'row', p, bounds.bodyEnd);
    if (!r) break;
    p = r.end;
    const { n, numbered } = rowNumberOf(r.attrs, previous);
    previous = n;
    if (n > LIMITS.rowsPerSheet)
      throw new UserError(
        'file',
        `${ctx.shown} : la feuille « ${sheet} » a une ligne n° ${n.toLocaleString('fr-FR')} ; au-delà de ${LIMITS.rowsPerSheet.toLocaleString('fr-FR')} lignes le classeur est refusé`,
      );
    if ((n & 1023) === 0 && Date.now() > ctx.deadline) throw tooLong(ctx);
    onRow?.({ n, start: r.start, end: r.end, numbered });
    const cells = r.inner < r.innerEnd ? rowCells(xml, r.inner, r.innerEnd, sheet, ctx) : [];
    while (rows.length < n - 1) rows.push([]);
    rows[n - 1] = cells;
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
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
