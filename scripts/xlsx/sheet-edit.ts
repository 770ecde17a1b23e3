/**
 * One worksheet open for writing. Its values are read once; its text is kept, and each row
 * remembers where it lies in it: writing the sheet back copies every untouched row as it was and
 * rebuilds only the rows written to, keeping their other cells and every attribute not changed.
 */
import type { CellValue } from '../../shared/sheets/ports';
import { columnLetter } from '../../shared/values/text';
import { refusal } from '../../shared/i18n/refusal';
import { cellFor, hasFormula, parseRow, rowText, styleOf, type CellText, type RowText } from './cell-xml';
import { columnNumber, rectangle, sheetDataBounds, type RowSpan } from './sheet-xml';
import { formulaIn, positionalAfter, type Unshifted } from './row-shift';
import type { StyleBook } from './styles-edit';
import { attribute, elements, nextElement, withAttributes } from './xml';

/** A row of the sheet: where it was in the text, and its cells once read or written. */
interface Slot {
  /** Row number now. */
  n: number;
  /** Row number in the text (rows move up when rows above are deleted). */
  readonly from: number;
  readonly start: number;
  readonly end: number;
  readonly numbered: boolean;
  row: RowText | null;
  edited: boolean;
}

export interface SheetWriting {
  readonly date1904: boolean;
  /** The date format given to a date written where no date style is at hand. */
  readonly dateFormat: string;
  styles(): StyleBook;
}

/** How far up a new cell looks for a cell of the same kind whose format it takes. */
const LOOK_UP_ROWS = 50;

/** Schema order of what precedes sheetData in a worksheet (ECMA-376 §18.3.1.99). */
const BEFORE_SHEET_DATA = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols'];

export class SheetModel {
  /** Whether the sheet's text must be written again. */
  changed = false;
  /** A formula was overwritten or moved: the calculation chain no longer matches. */
  formulasMoved = false;
  private readonly grid: CellValue[][];
  private readonly slots: Slot[] = [];
  private columnStyles: { min: number; max: number; style: number }[] | null = null;
  private extent = { rows: 0, cols: 0 };

  constructor(
    readonly name: string,
    private readonly xml: string,
    read: (xml: string, onRow: (row: RowSpan) => void) => CellValue[][],
    private readonly writing: SheetWriting,
  ) {
    this.grid = read(xml, (r) => this.slots.push({ ...r, from: r.n, row: null, edited: false }));
    if (this.slots.some((s, i) => i > 0 && s.n <= this.slots[i - 1].n)) this.slots.sort((a, b) => a.n - b.n);
  }

  values(): CellValue[][] {
    return rectangle(this.grid);
  }

  row(n: number, width: number): CellValue[] {
    const src = this.grid[n - 1] ?? [];
    return Array.from({ length: width }, (_, i) => src[i] ?? '');
  }

  /** Number of the last row with content (0 for an empty sheet). */
  lastRow(): number {
    return this.grid.length;
  }

  write(row: number, column: number, block: readonly (readonly CellValue[])[]): void {
    block.forEach((line, i) => {
      let idx = this.find(row + i);
      line.forEach((value, j) => {
        if (value === '' && idx < 0) return;
        if (idx < 0) idx = this.insert(row + i);
        if (this.setCell(idx, column + j, value)) this.changed = true;
      });
    });
    this.trim();
  }

  /**
   * Deletes rows, moving the rows below up. Refused, before anything changes, when the sheet holds
   * at or below the first of them what the writer cannot shift (see row-shift.ts).
   */
  deleteRows(rows: readonly number[]): void {
    if (rows.length === 0) return;
    const found = this.unshifted(Math.min(...rows));
    if (found) throw refusal('xlsxRowsNotShifted', this.name, found.what, found.row);
    for (const r of [...new Set(rows)].sort((a, b) => b - a)) {
      if (r - 1 < this.grid.length) this.grid.splice(r - 1, 1);
      const idx = this.find(r);
      if (idx >= 0) this.slots.splice(idx, 1);
      for (const s of this.slots) if (s.n > r) s.n -= 1;
      this.changed = true;
    }
    // Formulas below moved up; Excel rebuilds its calculation chain when it is absent.
    if (/<f[\s>]/.test(this.xml)) this.formulasMoved = true;
    this.trim();
  }

  /** A formula in a row at or below `first`, else merged cells, links… after sheetData reaching it. */
  private unshifted(first: number): Unshifted | null {
    for (const s of this.slots)
      if (s.n >= first && s.start >= 0 && formulaIn(this.xml, s.start, s.end)) return { what: 'formula', row: s.n };
    const bounds = sheetDataBounds(this.xml);
    return bounds ? positionalAfter(this.xml, bounds.close, first) : null;
  }

  /** Index of the slot of row n, or -1. */
  private find(n: number): number {
    let lo = 0;
    let hi = this.slots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.slots[mid].n === n) return mid;
      if (this.slots[mid].n < n) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private insert(n: number): number {
    // The first slot after row n, by bisection: appending N rows is one pass, not N scans of the sheet.
    let idx = 0;
    let hi = this.slots.length;
    while (idx < hi) {
      const mid = (idx + hi) >> 1;
      if (this.slots[mid].n > n) hi = mid;
      else idx = mid + 1;
    }
    this.slots.splice(idx, 0, { n, from: n, start: -1, end: -1, numbered: true, row: { attrs: ` r="${n}"`, cells: [] }, edited: true });
    return idx;
  }

  private parsed(slot: Slot): RowText {
    if (!slot.row) slot.row = parseRow(this.xml, slot.start, slot.end);
    return slot.row;
  }

  /** Writes one cell; false when it already held exactly that. */
  private setCell(idx: number, col: number, value: CellValue): boolean {
    const slot = this.slots[idx];
    const row = this.parsed(slot);
    let k = row.cells.findIndex((c) => c.col >= col);
    if (k < 0) k = row.cells.length;
    const previous = row.cells[k]?.col === col ? row.cells[k] : null;
    const style = this.styleFor(idx, col, value, previous);
    const next = cellFor(col, value, style, previous, this.writing.date1904);
    if (previous?.attrs === next?.attrs && previous?.body === next?.body) return false;
    if (previous && hasFormula(previous.body)) this.formulasMoved = true;
    row.cells.splice(k, previous ? 1 : 0, ...(next ? [next] : []));
    slot.edited = true;
    this.setValue(slot.n, col, value);
    return true;
  }

  private setValue(n: number, col: number, value: CellValue): void {
    while (this.grid.length < n) this.grid.push([]);
    const cells = this.grid[n - 1];
    while (cells.length < col) cells.push('');
    cells[col - 1] = value;
    if (value !== '') this.extent = { rows: Math.max(this.extent.rows, n), cols: Math.max(this.extent.cols, col) };
  }

  /** Rows end at their last value and the sheet at its last row with one, as getValues() sees it. */
  private trim(): void {
    for (const cells of this.grid) while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    while (this.grid.length > 0 && this.grid[this.grid.length - 1].length === 0) this.grid.pop();
  }

  /**
   * The style a written value shows with: the cell's own when it suits the value (a number in a
   * date style would read back as a date), else the row's or the column's, else that of the
   * nearest cell above holding the same kind of value, else — for a date — a date style.
   */
  private styleFor(idx: number, col: number, value: CellValue, previous: CellText | null): number | undefined {
    const own = previous ? styleOf(previous.attrs) : undefined;
    if (value === '') return own;
    const isDate = value instanceof Date;
    const kindMatters = isDate || typeof value === 'number';
    const suits = (s: number | undefined) => s !== undefined && (!kindMatters || this.writing.styles().isDate(s) === isDate);
    if (suits(own)) return own;
    const inherited = this.inheritedStyle(this.slots[idx], col);
    if (suits(inherited)) return inherited;
    if (!kindMatters) return undefined;
    const above = this.styleAbove(idx, col, isDate);
    if (above !== undefined) return above;
    return isDate ? this.writing.styles().dateStyle(this.writing.dateFormat) : undefined;
  }

  private inheritedStyle(slot: Slot, col: number): number | undefined {
    const attrs = this.parsed(slot).attrs;
    if (['1', 'true'].includes(attribute(attrs, 'customFormat') ?? '')) return styleOf(attrs);
    return this.columns().find((c) => c.min <= col && col <= c.max)?.style;
  }

  private styleAbove(idx: number, col: number, isDate: boolean): number | undefined {
    for (let k = idx - 1; k >= 0 && k >= idx - LOOK_UP_ROWS; k--) {
      const v = this.grid[this.slots[k].n - 1]?.[col - 1];
      if (v === undefined || v === '') continue;
      if (v instanceof Date !== isDate || !(typeof v === 'number' || v instanceof Date)) return undefined;
      const cell = this.parsed(this.slots[k]).cells.find((c) => c.col === col);
      return cell ? styleOf(cell.attrs) : undefined;
    }
    return undefined;
  }

  private columns(): { min: number; max: number; style: number }[] {
    if (this.columnStyles) return this.columnStyles;
    const bounds = sheetDataBounds(this.xml);
    const cols = nextElement(this.xml, 'cols', 0, bounds ? bounds.open : this.xml.length);
    this.columnStyles = [];
    for (const c of cols ? elements(this.xml, 'col', cols.inner, cols.innerEnd) : []) {
      const style = styleOf(c.attrs);
      if (style !== undefined)
        this.columnStyles.push({ min: Number(attribute(c.attrs, 'min')), max: Number(attribute(c.attrs, 'max')), style });
    }
    return this.columnStyles;
  }

  /** The sheet's text with its rows as they are now. */
  text(): string {
    const xml = this.xml;
    const found = sheetDataBounds(xml);
    const at = found ? found.open : this.sheetDataPlace();
    const parts: string[] = [
      this.withDimension(xml.slice(0, at)),
      found && found.bodyStart !== found.close ? xml.slice(found.open, found.bodyStart) : '<sheetData>',
    ];
    for (const s of this.slots) {
      if (!s.edited && s.numbered && s.n === s.from) parts.push(xml.slice(s.start, s.end));
      else parts.push(rowText(this.parsed(s), s.n, s.edited));
    }
    parts.push('</sheetData>', xml.slice(found ? found.close : at));
    return parts.join('');
  }

  /** Where a sheet without sheetData gets one: after what the schema puts before it. */
  private sheetDataPlace(): number {
    let at = (nextElement(this.xml, 'worksheet', 0) ?? { inner: 0 }).inner;
    for (const name of BEFORE_SHEET_DATA) {
      const e = nextElement(this.xml, name, 0);
      if (e && e.end > at) at = e.end;
    }
    return at;
  }

  /** The `<dimension>` hint widened to the cells written. */
  private withDimension(head: string): string {
    const d = nextElement(head, 'dimension', 0);
    if (!d || this.extent.rows === 0) return head;
    const [first, last = first] = (attribute(d.attrs, 'ref') ?? 'A1').split(':');
    const rows = Math.max(Number(/\d+/.exec(last)?.[0] ?? 1), this.extent.rows);
    const cols = Math.max(columnNumber(last), this.extent.cols);
    const tag = `<dimension${withAttributes(d.attrs, { ref: `${first}:${columnLetter(cols)}${rows}` })}/>`;
    return head.slice(0, d.start) + tag + head.slice(d.end);
  }
}
