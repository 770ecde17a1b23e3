/**
 * The workbook port: what the code reads and writes of the association's spreadsheet. Adapters
 * live in apps-script/workbook.ts (the Sheets service) and scripts/xlsx/ (an .xlsx file); tests
 * use in-memory ones. The use cases' other ports are in shared/usecases/ports.ts.
 */

/** A cell as `Range.getValues()` gives it: empty cells are `''`. */
export type CellValue = string | number | boolean | Date;

/** Read access to the association's workbook. */
export interface WorkbookReader {
  /** IANA time zone in which date cells show their calendar day. */
  readonly timeZone: string;
  sheetNames(): string[];
  /** The whole used range of a sheet in one batch, `[row][col]`, row 0 = sheet row 1. */
  readSheet(name: string): CellValue[][];
}

/** How "Installer / réparer" formats a column. */
export interface ColumnFormat {
  readonly header: string;
  readonly kind: 'text' | 'amount' | 'date' | 'number' | 'enum' | 'bool';
  /** Dropdown values for an enum column. */
  readonly choices?: readonly string[];
}

export interface NewSheet {
  readonly name: string;
  readonly columns: readonly ColumnFormat[];
  /** Rows written under the header (e.g. the default settings). */
  readonly rows?: readonly (readonly CellValue[])[];
}

/** Read and write access. Every write is one block; text is always stored as text. */
export interface Workbook extends WorkbookReader {
  /** One row, read again just before writing to it (rows move while people work). */
  readRow(sheet: string, row: number, width: number): CellValue[];
  /** Writes a rectangle whose top-left cell is (row, column), both 1-based. */
  writeBlock(sheet: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void;
  /** Appends rows after the last row with content; returns the 1-based row of the first one. */
  appendRows(sheet: string, rows: readonly (readonly CellValue[])[]): number;
  /** Creates a sheet with its header row frozen, formats and dropdowns. */
  addSheet(sheet: NewSheet): void;
  /** Deletes whole rows (1-based), bottom first so that numbers stay right. */
  deleteRows(sheet: string, rows: readonly number[]): void;
}
