/** Copies of the demo workbook with hostile content added through exceljs (an independent writer). */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO } from './harness';

/** The Journal's columns in the demo. */
export const JOURNAL = {
  date: 'A',
  piece: 'B',
  label: 'C',
  account: 'D',
  project: 'E',
  convention: 'F',
  party: 'G',
  income: 'H',
  expense: 'I',
  means: 'J',
};

/** The demo with one Journal line added by `fill`, and `tune` applied to the workbook; returns the file and the line's row. */
export async function demoWithLine(
  dir: string,
  name: string,
  fill: (ws: ExcelJS.Worksheet, row: number) => void,
  tune: (wb: ExcelJS.Workbook) => void = () => undefined,
): Promise<{ file: string; row: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(DEMO);
  const ws = wb.getWorksheet('Journal');
  if (!ws) throw new Error('no Journal in the demo');
  const row = ws.rowCount + 1;
  fill(ws, row);
  tune(wb);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return { file, row };
}

/** A plain expense line of 10 € on 6064 with `cells` set over it (column letter -> value). */
export function expenseLine(cells: Record<string, ExcelJS.CellValue> = {}): (ws: ExcelJS.Worksheet, row: number) => void {
  return (ws, row) => {
    const base: Record<string, ExcelJS.CellValue> = {
      [JOURNAL.date]: '15/03/2025',
      [JOURNAL.piece]: 'B-999',
      [JOURNAL.label]: 'Fournitures',
      [JOURNAL.account]: '6064',
      [JOURNAL.expense]: 10,
      [JOURNAL.means]: 'Banque',
    };
    for (const [col, value] of Object.entries({ ...base, ...cells })) ws.getCell(`${col}${row}`).value = value;
  };
}
