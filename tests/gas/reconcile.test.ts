/**
 * The bank reconciliation through the built Apps Script bundle and its counted Google fakes: each
 * sheet read once, the ticks written in one setValues per run of rows, under the document lock.
 */
import { join } from 'node:path';
import { loadBundle, ROOT } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';

const CSV = [
  'Relevé du compte courant;;;',
  'Date;Libellé;Débit;Crédit;Solde',
  '04/03/2025;FRAIS TENUE DE COMPTE;12,50;;987,50',
  '18/03/2025;VIR SUBVENTION FONCTIONNEMENT 2025;;15 000,00;15 987,50',
  '19/03/2025;VIR COTISATION 2025 BLANC;;30,00;16 017,50',
].join('\n');

describe('Rapprochement bancaire on Google (built bundle, counted fakes)', () => {
  it('imports, ticks the two lines the Journal has in one block, reading each sheet once, and Relevés again just before writing', async () => {
    const b = loadBundle({ spreadsheet: await spreadsheetFromXlsx(join(ROOT, 'examples', 'demo.xlsx')) });
    const imported = b.run('importBankStatement', CSV) as { added: number };
    expect(imported.added).toBe(3);
    const releves = b.spreadsheet.sheet('Relevés').rows();
    expect(releves.slice(1).map((r) => r[2])).toEqual([
      'FRAIS TENUE DE COMPTE',
      'VIR SUBVENTION FONCTIONNEMENT 2025',
      'VIR COTISATION 2025 BLANC',
    ]);
    b.log.reset();
    const r = b.run('reconcileBank', 2025) as { matched: number; ticked: number; proposals: { account: string }[] };
    expect([r.matched, r.ticked, r.proposals.map((p) => p.account)]).toEqual([2, 2, ['627']]);
    expect(
      b.spreadsheet
        .sheet('Relevés')
        .rows()
        .map((row) => row[8]),
    ).toEqual(['Pointé', '', '2025-068', '2025-069']);
    expect(b.log.count('Range.setValues')).toBe(1);
    // Paramètres, Journal, Soldes d'ouverture (the books' opening) and Relevés, then Paramètres and Relevés again just before writing.
    expect(b.log.count('Range.getValues')).toBe(6);
    expect(b.log.count('LockService.getDocumentLock')).toBeGreaterThan(0);
    // Once more: nothing to write.
    b.log.reset();
    expect((b.run('reconcileBank', 2025) as { ticked: number }).ticked).toBe(0);
    expect(b.log.count('Range.setValues')).toBe(0);
  });

  it('refuses a malformed statement in one French sentence, writing nothing', async () => {
    const b = loadBundle({ spreadsheet: await spreadsheetFromXlsx(join(ROOT, 'examples', 'demo.xlsx')) });
    expect(() => b.run('importBankStatement', `${CSV}\n20/03/2025;CB;abc;;`)).toThrow(
      'Fichier de la banque, ligne 6 : « abc » n’est pas un montant (ex. -1 234,56) ; rien n’a été importé. Corrigez la ligne',
    );
    expect(b.spreadsheet.getSheets().map((s) => s.getName())).not.toContain('Relevés');
  });
});
