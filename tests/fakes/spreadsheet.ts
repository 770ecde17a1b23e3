/**
 * In-memory SpreadsheetApp with the documented behaviours our code relies on
 * (developers.google.com/apps-script/reference/spreadsheet/range, /sheet, /spreadsheet):
 * getValues() gives '' for empty cells and Date objects for dates; setValues() with the wrong
 * shape throws Google's exact message; ranges are 1-based; getLastRow() is 0 on an empty sheet;
 * a string starting with '=' becomes a formula, a leading apostrophe keeps text as text, and a
 * numeric-looking string is parsed as a number, like typed input.
 */
import { CallLog } from './calls';

export type Cell = string | number | boolean | Date;

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function copyCell(v: Cell): Cell {
  return isDate(v) ? new Date(v.getTime()) : v;
}

export class FakeDataValidation {
  constructor(
    readonly values: string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
  ) {}
}

export class FakeDataValidationBuilder {
  private values: string[] = [];
  private dropdown = true;
  private allowInvalid = true;
  requireValueInList(values: string[], showDropdown = true): this {
    this.values = [...values];
    this.dropdown = showDropdown;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  build(): FakeDataValidation {
    return new FakeDataValidation(this.values, this.dropdown, this.allowInvalid);
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1) throw new Error('Those coordinates are out of range.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getA1Notation(): string {
    const a = `${letter(this.column)}${this.row}`;
    return this.numRows === 1 && this.numColumns === 1
      ? a
      : `${a}:${letter(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }
  getValues(): Cell[][] {
    const out: Cell[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: Cell[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(copyCell(this.sheet.cell(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }
  getValue(): Cell {
    return copyCell(this.sheet.cell(this.row, this.column));
  }
  getFormulas(): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: string[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(this.sheet.formulas.get(key(this.row + r, this.column + c)) ?? '');
      out.push(line);
    }
    return out;
  }
  setValues(values: unknown[][]): this {
    if (!Array.isArray(values) || values.length !== this.numRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.numRows}.`,
      );
    for (const line of values) {
      if (!Array.isArray(line) || line.length !== this.numColumns)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${this.numColumns}.`,
        );
    }
    values.forEach((line, r) => line.forEach((v, c) => this.sheet.put(this.row + r, this.column + c, v)));
    return this;
  }
  setValue(value: unknown): this {
    this.sheet.put(this.row, this.column, value);
    return this;
  }
  setNumberFormat(format: string): this {
    this.sheet.formats.push({ range: this.getA1Notation(), format });
    return this;
  }
  setFontWeight(weight: string): this {
    this.sheet.styles.push({ range: this.getA1Notation(), fontWeight: weight });
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.sheet.validations.push({ range: this.getA1Notation(), rule });
    return this;
  }
  activate(): this {
    this.sheet.spreadsheet.activeSheet = this.sheet;
    this.sheet.spreadsheet.activeRange = this;
    return this;
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function letter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export class FakeSheet {
  /** Grid of values; a missing entry is an empty cell. */
  readonly grid: Cell[][] = [];
  readonly formulas = new Map<string, string>();
  readonly formats: { range: string; format: string }[] = [];
  readonly styles: { range: string; fontWeight: string }[] = [];
  readonly validations: { range: string; rule: FakeDataValidation | null }[] = [];
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
  ) {}

  get log(): CallLog {
    return this.spreadsheet.log;
  }

  cell(row: number, col: number): Cell {
    const v = this.grid[row - 1]?.[col - 1];
    return v === undefined ? '' : v;
  }

  /** Stores a value the way typed input is stored. */
  put(row: number, col: number, value: unknown): void {
    while (this.grid.length < row) this.grid.push([]);
    const line = this.grid[row - 1];
    while (line.length < col) line.push('');
    this.formulas.delete(key(row, col));
    let v: Cell;
    if (value === null || value === undefined) v = '';
    else if (isDate(value)) v = new Date(value.getTime());
    else if (typeof value === 'number' || typeof value === 'boolean') v = value;
    else {
      const s = String(value);
      if (s.startsWith("'")) v = s.slice(1);
      else if (s.startsWith('=')) {
        this.formulas.set(key(row, col), s);
        v = '';
      } else if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) v = Number(s);
      else v = s;
    }
    line[col - 1] = v;
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, col);
  }

  getName(): string {
    return this.name;
  }
  /** The name, for the fakes' own lookups (not a call to Google). */
  get sheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  getLastRow(): number {
    return this.lastRow();
  }
  lastRow(): number {
    for (let r = this.grid.length; r > 0; r--) {
      if (this.grid[r - 1].some((v, c) => v !== '' || this.formulas.has(key(r, c + 1)))) return r;
    }
    return 0;
  }
  lastColumn(): number {
    let max = 0;
    this.grid.forEach((line, r) => {
      for (let c = line.length; c > max; c--) if (line[c - 1] !== '' || this.formulas.has(key(r + 1, c))) max = c;
    });
    return max;
  }
  getLastColumn(): number {
    return this.lastColumn();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof a === 'string') {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
      if (!m) throw new Error(`Range not found`);
      const c1 = colNumber(m[1]);
      const r1 = Number(m[2]);
      const c2 = m[3] ? colNumber(m[3]) : c1;
      const r2 = m[4] ? Number(m[4]) : r1;
      return new FakeRange(this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    }
    return new FakeRange(this, a, column ?? 1, numRows, numColumns);
  }
  appendRow(values: unknown[]): this {
    const row = this.lastRow() + 1;
    values.forEach((v, c) => this.put(row, c + 1, v));
    return this;
  }
  deleteRow(row: number): this {
    this.grid.splice(row - 1, 1);
    return this;
  }
  setFrozenRows(n: number): void {
    this.frozenRows = n;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  activate(): this {
    this.spreadsheet.activeSheet = this;
    return this;
  }
  /** Test helper: the values as a user would see them (no call counted). */
  rows(): Cell[][] {
    const width = this.lastColumn();
    return Array.from({ length: this.lastRow() }, (_, r) => Array.from({ length: width }, (_, c) => this.cell(r + 1, c + 1)));
  }
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  readonly toasts: { message: string; title?: string }[] = [];
  constructor(
    readonly log: CallLog,
    readonly timeZone = 'Europe/Paris',
    readonly id = 'fake-spreadsheet-id',
    readonly name = 'Classeur de test',
  ) {}
  /** Test helper: a sheet filled with rows (no call counted). */
  addSheetWith(name: string, rows: Cell[][]): FakeSheet {
    const sheet = new FakeSheet(this, name);
    rows.forEach((line, r) => line.forEach((v, c) => sheet.put(r + 1, c + 1, v)));
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.sheetName === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.sheetName === name) ?? null;
  }
  insertSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.sheetName === name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    this.activeSheet = sheet;
    return sheet;
  }
  getActiveSheet(): FakeSheet | null {
    return this.activeSheet ?? this.sheets[0] ?? null;
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange;
  }
  toast(message: string, title?: string): void {
    this.toasts.push({ message, title });
  }
}
