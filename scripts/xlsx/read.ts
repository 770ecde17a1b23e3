import { basename } from 'node:path';
import type { CellValue, WorkbookReader } from '../../shared/ports';
import { UserError } from './errors';
import { fromExcel, XLSX_TIME_ZONE } from './cells';
import { inspectXlsx, LIMITS } from './limits';

/** A workbook read once, whole, into memory: the read-only port for check, report and export. */
export class XlsxSnapshot implements WorkbookReader {
  readonly timeZone = XLSX_TIME_ZONE;
  readonly reads: string[] = [];
  constructor(
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

/**
 * Streams an .xlsx into a snapshot with exceljs's streaming reader (the fastest way it offers),
 * within the caps of LIMITS: a bad file is a one-line French message, never a crash.
 */
export async function readXlsx(path: string): Promise<XlsxSnapshot> {
  const shown = basename(path);
  await inspectXlsx(path, shown);
  const ExcelJS = (await import('exceljs')).default;
  const deadline = Date.now() + LIMITS.readSeconds * 1000;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = new Map<string, CellValue[][]>();
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      const rows: CellValue[][] = [];
      for await (const row of ws) {
        const n = row.number;
        if (n > LIMITS.rowsPerSheet)
          throw new UserError(
            'file',
            `${shown} : la feuille « ${name} » a une ligne n° ${n.toLocaleString('fr-FR')} ; au-delà de ${LIMITS.rowsPerSheet.toLocaleString('fr-FR')} lignes le classeur est refusé`,
          );
        const values = row.values as unknown[];
        if (values.length - 1 > LIMITS.columnsPerSheet)
          throw new UserError(
            'file',
            `${shown} : la feuille « ${name} » a plus de ${LIMITS.columnsPerSheet} colonnes ; le classeur est refusé`,
          );
        const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
        for (let c = 1; c < values.length; c++) cells[c - 1] = fromExcel(values[c]);
        while (rows.length < n - 1) rows.push([]);
        rows[n - 1] = cells;
        if ((n & 1023) === 0 && Date.now() > deadline)
          throw new UserError('file', `${shown} : lecture trop longue (plus de ${LIMITS.readSeconds} s), abandonnée`);
      }
      sheets.set(name, rows);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      'file',
      `${shown} est endommagé ou n'est pas un classeur .xlsx lisible (${(e as Error).message.split('\n')[0].slice(0, 120)})`,
    );
  }
  const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
  const order = (model?.sheets ?? []).map((s) => s.name).filter((n) => sheets.has(n));
  for (const n of sheets.keys()) if (!order.includes(n)) order.push(n);
  // Empty rows read as [] must span the width of the sheet like getValues() does.
  for (const rows of sheets.values()) {
    let width = 0;
    for (const r of rows) width = Math.max(width, r.length);
    for (const r of rows) for (let c = 0; c < width; c++) if (r[c] === undefined) r[c] = '';
  }
  return new XlsxSnapshot(order, sheets);
}
