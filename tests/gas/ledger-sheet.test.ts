import { join } from 'node:path';
import { loadBundle, ROOT } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { importCsv } from '../fakes/docs-import';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
/** What Google Sheets reads as a number in an imported CSV, whatever the account's locale. */
const NUMBER = /^-?\d+(\.\d+)?$/;

describe('the ledger of the accountant’s pack as a Google Sheet', () => {
  it('is converted from a comma-separated CSV with decimal points and ISO dates, so that every amount is a number', async () => {
    const b = loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: '2026-01-15T10:00:00+01:00' });
    b.run('setAccountantEmail', 'cabinet@compta.example');
    b.run('prepareAccountantFolder', 2025);
    const [sheet] = b.drive.byName('Grand livre 2025');
    expect(sheet.mimeType).toBe('application/vnd.google-apps.spreadsheet');
    const rows = importCsv(sheet.content ?? '');
    expect(rows[0]).toEqual([
      'Compte',
      'Intitulé du compte',
      'Date',
      'Journal',
      'N° écriture',
      'Pièce',
      'Libellé',
      'Débit',
      'Crédit',
      'Solde',
    ]);
    const lines = rows.slice(1);
    expect(lines.length).toBeGreaterThan(50);
    for (const r of lines) {
      expect(r).toHaveLength(10);
      expect(r[2]).toMatch(/^2025-\d\d-\d\d$/);
      for (const amount of r.slice(7)) expect(amount).toMatch(NUMBER);
    }
    const total = (i: number) => Math.round(lines.reduce((s, r) => s + Number(r[i]) * 100, 0));
    expect(total(7)).toBe(total(8));
    // The pack's own CSV, for Excel, keeps its French form.
    const [csv] = b.drive.byName('grand-livre-2025.csv');
    expect(csv.content).toMatch(/^\ufeffCompte;Intitulé du compte;Date;/);
    expect(importCsv(csv.content ?? '')[0]).toHaveLength(1);
  });
});
