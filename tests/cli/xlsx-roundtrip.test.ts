import { copyFileSync, mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { RECORD_TABLES } from '../../shared/sheets/schema/tables';
import { XlsxEditable } from '../../scripts/xlsx/edit';
import { readXlsx } from '../../scripts/xlsx/read';
import { citego, ROOT } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'citego-rt-'));

async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Journal');
  ws.addRow(['Journal 2025']);
  ws.addRow(['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense', 'Mon commentaire']);
  ws.addRow([new Date(Date.UTC(2025, 0, 2)), 'B1', 'Cotisation', 756, 30, null, 'ok']);
  ws.addRow([new Date(Date.UTC(2025, 0, 3)), 'B2', 'Papeterie', 6064, null, 42.1, 'à vérifier']);
  ws.getCell('E5').value = { formula: 'SUM(E3:E4)', result: 30 };
  ws.getCell('A5').value = 'Total';
  ws.getCell('G3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('E3').numFmt = '#,##0.00 "€"';
  ws.getCell('A1').font = { bold: true, size: 16 };
  wb.addWorksheet('Notes du trésorier').addRow(['Ne pas effacer']);
  await wb.xlsx.writeFile(file);
}

describe('writing back to the user’s .xlsx', () => {
  it('init adds the missing sheets and keeps the user’s columns, formulas, formatting and other sheets', async () => {
    const file = join(dir, 'asso.xlsx');
    await userWorkbook(file);
    const r = citego(['init', '--workbook', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Feuilles créées : Paramètres, Partenaires, Conventions/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Journal',
      'Notes du trésorier',
      'Paramètres',
      ...RECORD_TABLES.filter((t) => t.sheet !== 'Journal').map((t) => t.sheet),
    ]);
    const j = wb.getWorksheet('Journal')!;
    expect(j.getCell('G2').value).toBe('Mon commentaire');
    expect(j.getCell('G4').value).toBe('à vérifier');
    expect(j.getCell('E5').formula).toBe('SUM(E3:E4)');
    expect((j.getCell('G3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFFF00');
    expect(j.getCell('E3').numFmt).toBe('#,##0.00 "€"');
    expect(j.getCell('A1').font?.bold).toBe(true);
    expect(wb.getWorksheet('Notes du trésorier')!.getCell('A1').value).toBe('Ne pas effacer');
    const conv = wb.getWorksheet('Conventions')!;
    expect(conv.getRow(1).values).toEqual([
      undefined,
      'ID',
      'Intitulé',
      'Partenaire',
      'Type',
      'Action',
      'Projet',
      'Signée le',
      'Début',
      'Fin',
      'Montant',
      'Sens',
      'Statut',
      'Dossier',
      'Notes',
    ]);
    expect(conv.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));

    // The workbook still reads the same way, the Total row is ignored.
    const book = readWorkbook(await readXlsx(file));
    expect(book.ledger.records.map((x) => [x.row, x.date, x.income, x.expense])).toEqual([
      [3, '2025-01-02', 3000, null],
      [4, '2025-01-03', null, 4210],
    ]);

    const again = citego(['init', '--workbook', file]);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe('Toutes les feuilles sont déjà en place : rien n’a été modifié.');
  });

  it('init creates a complete new workbook when the file does not exist', async () => {
    const file = join(dir, 'nouveau.xlsx');
    expect(citego(['init', '--workbook', file]).code).toBe(0);
    const snap = await readXlsx(file);
    expect(snap.sheetNames()).toEqual(['Paramètres', ...RECORD_TABLES.map((t) => t.sheet)]);
    const book = readWorkbook(snap);
    expect(book.findings).toEqual([]);
    expect(book.settings.fiscalYearStart).toEqual({ month: 1, day: 1 });
  });

  it('init refuses to modify the embedded demo', () => {
    const r = citego(['init']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('citego : init demande --workbook FICHIER : le classeur de démonstration n’est jamais modifié.');
  });

  it('text that looks like a formula is stored as text, never as a formula', async () => {
    const file = join(dir, 'injection.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), file);
    const book = await XlsxEditable.open(file);
    const row = book.appendRows('Partenaires', [
      ['P-0099', '=HYPERLINK("http://evil.example","clic")', 'autre', '+33 6 12 34 56 78', '@SUM(A1)', '-1'],
    ]);
    await book.save();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const r = wb.getWorksheet('Partenaires')!.getRow(row);
    expect(r.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(r.getCell(2).value).toBe('=HYPERLINK("http://evil.example","clic")');
    expect(r.getCell(2).formula).toBeUndefined();
    expect([r.getCell(4).value, r.getCell(5).value, r.getCell(6).value]).toEqual(['+33 6 12 34 56 78', '@SUM(A1)', '-1']);
  });

  it('a crash while saving leaves the original workbook intact and no temporary file', async () => {
    const file = join(dir, 'crash.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), file);
    const before = readFileSync(file);
    const book = await XlsxEditable.open(file);
    book.appendRows('Partenaires', [['P-0100', 'Nouveau partenaire']]);
    (book as unknown as { writeTo: (p: string) => Promise<void> }).writeTo = async (p: string) => {
      writeFileSync(p, 'moitié de fichier');
      throw new Error('disque plein');
    };
    await expect(book.save()).rejects.toThrow('disque plein');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
