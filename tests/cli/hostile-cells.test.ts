import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { citego, ROOT } from '../helpers/cli';

/** Workbooks a user could make by mistake (or on purpose), built here in code, run through the real citego. */
const dir = mkdtempSync(join(tmpdir(), 'citego-hostile-'));
const demo = join(ROOT, 'examples', 'demo.xlsx');

/** The demo with one Journal line added by `fill` (columns: Date, Pièce, Libellé, Compte, Projet, Convention, Tiers, Recette, Dépense, Moyen). */
async function demoWithLine(name: string, fill: (ws: ExcelJS.Worksheet, row: number) => void): Promise<{ file: string; row: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(demo);
  const ws = wb.getWorksheet('Journal');
  if (!ws) throw new Error('no Journal in the demo');
  const row = ws.rowCount + 1;
  fill(ws, row);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return { file, row };
}

describe('a date-styled number no calendar holds (serial 1e12) is a cell.invalid finding, not a crash', () => {
  it('check exits 1 naming the cell; overview, report and export do not crash', async () => {
    const { file, row } = await demoWithLine('serial.xlsx', (ws, r) => {
      ws.getCell(`A${r}`).value = 1e12;
      ws.getCell(`A${r}`).numFmt = 'dd/mm/yyyy';
      ws.getCell(`B${r}`).value = 'B-999';
      ws.getCell(`D${r}`).value = '6064';
      ws.getCell(`I${r}`).value = 10;
    });
    const before = readFileSync(file);
    const r = citego(['check', '--workbook', file]);
    expect(r.stderr).not.toMatch(/inattendue|Invalid time value/);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`Journal!A${row}\\s+« 1000000000000 » n'est pas une date \\(ex\\. 15/03/2025\\)\\.\\s+\\[cell\\.invalid\\]`),
    );
    const out = mkdtempSync(join(dir, 'out-'));
    for (const args of [['overview'], ['report', '--year', '2025', '--out', out], ['export', '--year', '2025', '--out', out]]) {
      const o = citego([...args, '--workbook', file]);
      expect({ args, code: o.code, stderr: o.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
