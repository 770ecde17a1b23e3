/**
 * `yearend.entry`: the sheet « Écritures d'inventaire » is the user's; a hand edit that would change
 * the books silently (a line twice, a negative amount, a moved date, an entry out of balance) is an
 * error on its cell, and a sheet as Citego wrote it gives none.
 */
import { runChecks } from '../../shared/checks/run-checks';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import type { IsoDate } from '../../shared/values/dates';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { DEMO } from '../helpers/demo';

const HEADER = ['Exercice', 'ID', 'Date', 'Journal', 'Compte', 'Libellé', 'Débit', 'Crédit', 'Convention'];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The receivable of C-2025-002 and its reversal, as `citego close --accept` writes them. */
const WRITTEN: CellValue[][] = [
  [2025, '2025-PAR-C-2025-002', d('2025-12-31'), 'OD', '4411', 'Produit à recevoir — C-2025-002', 4717.95, '', 'C-2025-002'],
  [2025, '2025-PAR-C-2025-002', d('2025-12-31'), 'OD', '741', 'Produit à recevoir — C-2025-002', '', 4717.95, 'C-2025-002'],
  [2026, '2025-PAR-C-2025-002-EXT', d('2026-01-01'), 'OD', '4411', 'Extourne', '', 4717.95, 'C-2025-002'],
  [2026, '2025-PAR-C-2025-002-EXT', d('2026-01-01'), 'OD', '741', 'Extourne', 4717.95, '', 'C-2025-002'],
];

let snap: XlsxSnapshot;
beforeAll(async () => {
  snap = await readXlsx(DEMO);
});

function findings(rows: CellValue[][]): string[] {
  const sheets = Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)]));
  const book = readWorkbook(new MemoryWorkbook({ ...sheets, "Écritures d'inventaire": [HEADER, ...rows] }));
  return runChecks(book, { year: null, today: '2026-01-15' as IsoDate, lang: 'fr' })
    .findings.filter((f) => f.rule === 'yearend.entry')
    .map((f) => `${f.sheet}!${f.column}${f.row} ${f.message}`);
}

describe('yearend.entry', () => {
  it('says nothing of the entries as Citego wrote them', () => {
    expect(findings(WRITTEN)).toEqual([]);
  });

  it('flags a line twice, a negative amount, a moved date and the imbalance they make, each on its cell', () => {
    const edited = [
      WRITTEN[0],
      WRITTEN[0],
      [...WRITTEN[1].slice(0, 6), -4717.95, '', 'C-2025-002'],
      [WRITTEN[2][0], WRITTEN[2][1], d('2031-06-30'), ...WRITTEN[2].slice(3)],
      WRITTEN[3],
    ];
    const got = findings(edited);
    expect(got).toHaveLength(4);
    expect(got).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Écritures d'inventaire!ID3 Écriture d’inventaire 2025-PAR-C-2025-002 : cette ligne est en double/),
        expect.stringMatching(/^Écritures d'inventaire!Débit4 Écriture d’inventaire 2025-PAR-C-2025-002 : un montant négatif/),
        expect.stringMatching(
          /^Écritures d'inventaire!Date5 Écriture d’inventaire 2025-PAR-C-2025-002-EXT \(exercice 2026\) : la date doit être le 01\/01\/2026/,
        ),
        expect.stringMatching(
          /^Écritures d'inventaire!Débit2 Écriture d’inventaire 2025-PAR-C-2025-002 déséquilibrée : débit 4\s717,95\s€, crédit 0,00\s€/,
        ),
      ]),
    );
  });
});
