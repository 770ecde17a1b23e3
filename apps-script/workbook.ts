import { NUMBER_FORMATS } from '../shared/values/numbers';
import type { CellValue, NewSheet, Workbook } from '../shared/sheets/ports';
import { refusal } from '../shared/i18n/refusal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Sheets parses a string given to setValues like typed input: `=…` becomes a formula, `+33…`
 * or `1/2` a number or a date. A leading apostrophe keeps it as the text the user typed.
 */
export function asTypedText(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  if (/^[=+\-@']/.test(value) || /^[\d\s.,/:%€$-]+$/.test(value) || /^(true|false|vrai|faux)$/i.test(value)) return `'${value}`;
  return value;
}

/** The Workbook port on the bound spreadsheet: one batch read per sheet, one setValues per block. */
export class SpreadsheetWorkbook implements Workbook {
  readonly timeZone: string;
  private byName: Map<string, Sheet> | null = null;

  constructor(private readonly spreadsheet: Spreadsheet) {
    this.timeZone = spreadsheet.getSpreadsheetTimeZone() || 'Europe/Paris';
  }

  private sheets(): Map<string, Sheet> {
    if (!this.byName) this.byName = new Map(this.spreadsheet.getSheets().map((s) => [s.getName(), s]));
    return this.byName;
  }

  private sheet(name: string): Sheet {
    const s = this.sheets().get(name) ?? this.spreadsheet.getSheetByName(name);
    if (!s) throw refusal('sheetGone', name);
    return s;
  }

  sheetNames(): string[] {
    return [...this.sheets().keys()];
  }

  readSheet(name: string): CellValue[][] {
    const sheet = this.sheet(name);
    // getDataRange() on an empty sheet is A1 (one empty cell): same as no rows.
    return sheet.getDataRange().getValues() as CellValue[][];
  }

  readRow(name: string, row: number, width: number): CellValue[] {
    return this.sheet(name).getRange(row, 1, 1, width).getValues()[0] as CellValue[];
  }

  writeBlock(name: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void {
    if (values.length === 0) return;
    const width = values[0].length;
    this.sheet(name)
      .getRange(row, column, values.length, width)
      .setValues(values.map((line) => line.map(asTypedText)));
  }

  appendRows(name: string, values: readonly (readonly CellValue[])[]): number {
    const first = this.sheet(name).getLastRow() + 1;
    this.writeBlock(name, first, 1, values);
    return first;
  }

  deleteRows(name: string, rows: readonly number[]): void {
    const sheet = this.sheet(name);
    for (const r of [...rows].sort((a, b) => b - a)) sheet.deleteRow(r);
  }

  addSheet(spec: NewSheet): void {
    const sheet = this.spreadsheet.insertSheet(spec.name);
    this.byName = null;
    const width = spec.columns.length;
    sheet
      .getRange(1, 1, 1, width)
      .setValues([spec.columns.map((c) => c.header)])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    const bodyRows = Math.max(1, sheet.getMaxRows() - 1);
    spec.columns.forEach((col, i) => {
      const range = sheet.getRange(2, i + 1, bodyRows, 1);
      if (col.kind === 'amount' || col.kind === 'date' || col.kind === 'number') range.setNumberFormat(NUMBER_FORMATS[col.kind]);
      const choices = col.kind === 'enum' ? col.choices : col.kind === 'bool' ? ['oui', 'non'] : null;
      if (choices) {
        range.setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireValueInList([...choices], true)
            .setAllowInvalid(true)
            .build(),
        );
      }
    });
    if (spec.rows && spec.rows.length > 0) this.writeBlock(spec.name, 2, 1, spec.rows);
  }
}
