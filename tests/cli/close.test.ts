/** `citego close` on the demo: the proposed year-end entries, then accepted into a copy, once, never into the Journal. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../scripts/xlsx/read';
import { citego } from '../helpers/cli';
import { DEMO } from '../helpers/demo';

describe('citego close', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'citego-close-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the proposals with their lines and reasons, and the ended conventions to look at', () => {
    const r = citego(['close', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Écritures d’inventaire proposées — exercice 2025 (clôture au 31/12/2025)');
    expect(r.stdout).toMatch(/2025-PAR-C-2025-002 {2}Produit à recevoir — 4\u202f717,95\u202f€ {2}\(à accepter\)/);
    expect(r.stdout).toMatch(/4411 +Subventions à recevoir +4\u202f717,95\u202f€/);
    expect(r.stdout).toContain('2025-FD-C-2025-002  Report en fonds dédiés — 12\u202f717,95\u202f€');
    // Ended under-spent: earned up to its justified costs, already received; the excess is a finding, not a receivable.
    expect(r.stdout).not.toContain('2025-PAR-C-2025-009');
    expect(r.stdout).toContain('C-2025-009 (Région Auvergne-Rhône-Alpes) a pris fin le 30/11/2025');
    expect(r.stdout).toContain('les 1\u202f200,00\u202f€ reçus au-delà sont probablement à reverser au financeur');
    expect(r.stdout).not.toContain('C-2025-001');
    const en = citego(['close', '--year', '2025', '--lang', 'en']);
    expect(en.stdout).toContain('2025-FD-C-2025-002  Transfer to restricted funds — €12,717.95');
  });

  it('writes accepted entries into « Écritures d’inventaire » of --workbook, once; the demo itself is never written', async () => {
    expect(citego(['close', '--year', '2025', '--accept-all'])).toMatchObject({ code: 2 });
    const file = join(dir, 'classeur.xlsx');
    copyFileSync(DEMO, file);
    const journal = (await readXlsx(file)).readSheet('Journal');
    const first = citego(['close', '--workbook', file, '--year', '2025', '--accept', '2025-PAR-C-2025-002', '2025-FD-C-2025-002']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("2 écritures écrites dans « Écritures d'inventaire ».");
    expect(first.stdout).toContain('2025-PAR-C-2025-002  Produit à recevoir — 4\u202f717,95\u202f€  (✓ acceptée)');
    const again = citego(['close', '--workbook', file, '--year', '2025', '--accept', '2025-PAR-C-2025-002']);
    expect(again.stdout).toContain("Rien de nouveau à écrire dans « Écritures d'inventaire ».");
    const snap = await readXlsx(file);
    expect(snap.readSheet('Journal')).toEqual(journal);
    expect(snap.readSheet("Écritures d'inventaire").map((r) => r[1])).toEqual([
      'ID',
      '2025-PAR-C-2025-002',
      '2025-PAR-C-2025-002',
      '2025-PAR-C-2025-002-EXT',
      '2025-PAR-C-2025-002-EXT',
      '2025-FD-C-2025-002',
      '2025-FD-C-2025-002',
    ]);
    const unknown = citego(['close', '--workbook', file, '--year', '2025', '--accept', '2025-FD-C-2025-001']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("2025-FD-C-2025-001 n'est pas une écriture d'inventaire proposée pour 2025");
  });
});
