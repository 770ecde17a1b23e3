import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJSNs from 'exceljs';
import { NUMBER_FORMATS } from '../../shared/values/numbers';
import type { CellValue, NewSheet, Workbook } from '../../shared/sheets/ports';
import { UserError } from './errors';
import { fromExcel, toExcel, XLSX_TIME_ZONE } from './cells';
import { readXlsx } from './read';

/** exceljs keeps range validations in `worksheet.dataValidations`, which its typings omit. */
function validations(ws: ExcelJSNs.Worksheet): { add(range: string, v: ExcelJSNs.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJSNs.DataValidation): void } }).dataValidations;
}

/** Rows a dropdown or format covers in a new sheet (Sheets' default grid is 1000 rows). */
const FORMATTED_ROWS = 1000;

/**
 * The workbook loaded whole with exceljs, for commands that write. Other sheets, extra columns,
 * formulas and formatting are kept; `save()` replaces the file only once the new one is complete.
 */
export class XlsxEditable implements Workbook {
  readonly timeZone = XLSX_TIME_ZONE;
  private constructor(
    private readonly book: ExcelJSNs.Workbook,
    readonly path: string,
  ) {}

  static async open(path: string): Promise<XlsxEditable> {
    await readXlsx(path); // applies every size cap before the full load
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.readFile(path);
    } catch (e) {
      throw new UserError('file', `${basename(path)} est endommagé (${(e as Error).message.split('\n')[0].slice(0, 120)})`);
    }
    return new XlsxEditable(book, path);
  }

  private sheet(name: string): ExcelJSNs.Worksheet {
    const ws = this.book.getWorksheet(name);
    if (!ws) throw new Error(`Feuille introuvable : ${name}`);
    return ws;
  }

  sheetNames(): string[] {
    return this.book.worksheets.map((w) => w.name);
  }

  readSheet(name: string): CellValue[][] {
    const ws = this.sheet(name);
    const height = ws.rowCount;
    const width = ws.columnCount;
    const out: CellValue[][] = [];
    for (let r = 1; r <= height; r++) out.push(this.readRow(name, r, width));
    return out;
  }

  readRow(name: string, row: number, width: number): CellValue[] {
    const r = this.sheet(name).getRow(row);
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) cells.push(fromExcel(r.getCell(c).value));
    return cells;
  }

  writeBlock(name: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void {
    const ws = this.sheet(name);
    values.forEach((line, i) => {
      const r = ws.getRow(row + i);
      line.forEach((v, j) => {
        const cell = r.getCell(column + j);
        // A string is always stored as a string: exceljs only makes formulas from { formula }.
        cell.value = toExcel(v);
        if (v instanceof Date && !cell.numFmt) cell.numFmt = NUMBER_FORMATS.date;
      });
    });
  }

  appendRows(name: string, values: readonly (readonly CellValue[])[]): number {
    const ws = this.sheet(name);
    let last = ws.rowCount;
    while (last > 0 && ws.getRow(last).values.length === 0) last--;
    while (last > 0 && (ws.getRow(last).values as unknown[]).every((v) => v === null || v === undefined || v === '')) last--;
    this.writeBlock(name, last + 1, 1, values);
    return last + 1;
  }

  deleteRows(name: string, rows: readonly number[]): void {
    const ws = this.sheet(name);
    for (const r of [...rows].sort((a, b) => b - a)) ws.spliceRows(r, 1);
  }

  addSheet(spec: NewSheet): void {
    const ws = this.book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    spec.columns.forEach((col, i) => {
      const c = i + 1;
      const cell = ws.getCell(1, c);
      cell.value = col.header;
      cell.font = { bold: true };
      ws.getColumn(c).width = Math.max(12, col.header.length + 4);
      const letter = ws.getColumn(c).letter;
      const range = `${letter}2:${letter}${FORMATTED_ROWS}`;
      if (col.kind === 'amount' || col.kind === 'date' || col.kind === 'number') {
        for (let r = 2; r <= 20; r++) ws.getCell(r, c).numFmt = NUMBER_FORMATS[col.kind];
        ws.getColumn(c).numFmt = NUMBER_FORMATS[col.kind];
      }
      if (col.kind === 'enum' && col.choices) {
        validations(ws).add(range, { type: 'list', allowBlank: true, formulae: [`"${col.choices.join(',')}"`] });
      }
      if (col.kind === 'bool') {
        validations(ws).add(range, { type: 'list', allowBlank: true, formulae: ['"oui,non"'] });
      }
    });
    if (spec.rows && spec.rows.length > 0) this.writeBlock(spec.name, 2, 1, spec.rows);
  }

  /** Writes next to the original, then renames over it: a crash never leaves half a workbook. */
  async save(): Promise<void> {
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      await this.book.xlsx.writeFile(tmp);
      await rename(tmp, this.path);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
  }
}
