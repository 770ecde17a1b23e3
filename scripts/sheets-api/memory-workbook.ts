import type { CellValue, NewSheet, Workbook } from '../../shared/sheets/ports';

/**
 * An in-memory Workbook port: what `citego provision` plans before sending it in one batchUpdate
 * (the sheets "Installer / réparer" creates, with their formats, in `specs`), and the unit tests'
 * workbook for the use cases; counts reads per sheet.
 */
export class MemoryWorkbook implements Workbook {
  readonly reads: string[] = [];
  /** The sheets added through the port, with their column formats. */
  readonly specs = new Map<string, NewSheet>();
  readonly sheets = new Map<string, CellValue[][]>();
  constructor(
    sheets: Record<string, CellValue[][]> = {},
    readonly timeZone = 'Europe/Paris',
  ) {
    for (const [k, v] of Object.entries(sheets))
      this.sheets.set(
        k,
        v.map((r) => [...r]),
      );
  }
  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }
  readSheet(name: string): CellValue[][] {
    this.reads.push(name);
    return (this.sheets.get(name) ?? []).map((r) => [...r]);
  }
  readRow(name: string, row: number, width: number): CellValue[] {
    const r = this.sheets.get(name)?.[row - 1] ?? [];
    return Array.from({ length: width }, (_, i) => r[i] ?? '');
  }
  writeBlock(name: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void {
    const grid = this.sheets.get(name);
    if (!grid) throw new Error(`no sheet ${name}`);
    values.forEach((line, i) => {
      while (grid.length < row + i) grid.push([]);
      const r = grid[row + i - 1];
      line.forEach((v, j) => {
        while (r.length < column + j - 1) r.push('');
        r[column + j - 1] = v;
      });
    });
  }
  appendRows(name: string, values: readonly (readonly CellValue[])[]): number {
    const grid = this.sheets.get(name) ?? [];
    const first = grid.length + 1;
    this.writeBlock(name, first, 1, values);
    return first;
  }
  deleteRows(name: string, rows: readonly number[]): void {
    const grid = this.sheets.get(name) ?? [];
    for (const r of [...rows].sort((a, b) => b - a)) grid.splice(r - 1, 1);
  }

  addSheet(spec: NewSheet): void {
    this.specs.set(spec.name, spec);
    this.sheets.set(spec.name, [spec.columns.map((c) => c.header), ...(spec.rows ?? []).map((r) => [...r])]);
  }
}
