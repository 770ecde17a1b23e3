import type { CellValue, WorkbookReader } from './ports';

/**
 * A workbook read once, whole, into memory (the .xlsx file's, the live spreadsheet's): the read-only
 * port for check, report and export; counts the sheets the code asked for.
 */
export class WorkbookSnapshot implements WorkbookReader {
  readonly reads: string[] = [];
  constructor(
    readonly timeZone: string,
    private readonly order: string[],
    private readonly sheets: Map<string, CellValue[][]>,
  ) {}
  sheetNames(): string[] {
    return [...this.order];
  }
  readSheet(name: string): CellValue[][] {
    this.reads.push(name);
    return this.sheets.get(name) ?? [];
  }
}
