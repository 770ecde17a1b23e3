import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { runChecks } from '../../shared/checks/run-checks';
import { conventionForm } from '../../shared/conventions/save';
import type { IsoDate } from '../../shared/values/dates';
import { buildAccountantPack } from '../../shared/exports/pack';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { TODAY } from '../helpers/demo';

/** Rows where a required column's cell is blank or unreadable: each job reports it and goes on. */
function holey(): MemoryWorkbook {
  return new MemoryWorkbook({
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ['SIREN', '812345679'],
      ['', 'valeur sans nom'],
    ],
    Partenaires: [
      ['ID', 'Nom', 'Type'],
      ['P-0001', '', 'autre'],
      ['P-0002', 'Région', 'collectivité'],
    ],
    Projets: [
      ['Code', 'Intitulé'],
      ['', 'Sans code'],
      ['ATLAS', 'Atlas'],
    ],
    Conventions: [
      ['ID', 'Intitulé', 'Partenaire', 'Type', 'Début', 'Fin', 'Montant', 'Sens'],
      ['C-2025-001', 'Sans montant', 'P-0002', 'subvention', '01/01/2025', '31/12/2025', '', 'recette'],
    ],
    Échéances: [
      ['Convention', 'Date', 'Type', 'Montant', 'Fait'],
      ['', '', 'rapport', '', ''],
      ['C-2025-001', 'bientôt', 'rapport', '', ''],
    ],
    Budget: [
      ['Année', 'Projet', 'Compte', 'Charge', 'Produit'],
      ['', 'ATLAS', '6226', '100', ''],
      [2025, 'ATLAS', '', '', '100'],
      [2025, 'ATLAS', '6226', '100', '100'],
    ],
    Journal: [
      ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Recette', 'Dépense'],
      ['', 'B1', 'Sans date', '6226', 'ATLAS', '', '', '10'],
      ['02/03/2025', 'B2', 'Sans compte', '', 'ATLAS', '', '', '10'],
      ['03/03/2025', 'B3', 'Bon', '6226', 'ATLAS', 'C-2025-001', '', '10'],
    ],
    Financements: [
      ['ID', 'Financeur', 'Projet', 'Demandé', 'Accordé', 'Décision le'],
      ['F-1', 'Région', 'ATLAS', '', '50', '01/03/2025'],
    ],
    Bénévolat: [
      ['Date', 'Bénévole', 'Projet', 'Heures'],
      ['', 'Claire', 'ATLAS', '3'],
      ['04/03/2025', 'Paul', 'ATLAS', ''],
      ['05/03/2025', 'Paul', 'ATLAS', '2'],
    ],
    Mémoire: [
      ['Date', 'Type', 'Titre'],
      ['', 'AG', 'Sans date'],
      ['06/03/2025', 'AG', 'Assemblée'],
    ],
  });
}

describe('blank cells in required columns', () => {
  it('the check, the report, the accountant’s pack and the convention form all still run', () => {
    const book = readWorkbook(holey());
    const check = runChecks(book, { year: null, today: '2026-01-15' as IsoDate, lang: 'fr' });
    expect(check.findings.filter((f) => f.rule === 'internal')).toEqual([]);
    // Each blank required cell is named; the row is still read, and every job copes with it.
    expect(
      check.findings
        .filter((f) => f.rule === 'cell.invalid')
        .map((f) => `${f.sheet}!${f.row} ${f.column}`)
        .sort(),
    ).toEqual(
      [
        'Paramètres!3 Paramètre',
        'Partenaires!2 Nom',
        'Projets!2 Code',
        'Conventions!2 Montant',
        'Échéances!2 Convention',
        'Échéances!2 Date',
        'Échéances!3 Date',
        'Budget!2 Année',
        'Budget!3 Compte',
        'Journal!2 Date',
        'Journal!3 Compte',
        'Financements!2 Demandé',
        'Bénévolat!2 Date',
        'Bénévolat!3 Heures',
        'Mémoire!2 Date',
      ].sort(),
    );
    expect(check.findings.find((f) => f.sheet === 'Journal' && f.row === 2)?.message).toBe(
      'Cellule vide : ce champ est obligatoire sur chaque ligne.',
    );
    const report = buildAnnualReport(book, 2025, { lang: 'fr', generatedOn: '2026-01-15' as IsoDate });
    expect(report.blocks.length).toBeGreaterThan(10);
    const pack = buildAccountantPack(book, 2025, { today: TODAY });
    expect(pack.excluded).toEqual([
      // A blank cell is missing, not unreadable: the reason says what the user fills in.
      { row: 2, reason: 'dateMissing' },
      { row: 3, reason: 'accountMissing' },
    ]);
    expect(pack.entries).toBe(1);
    const form = conventionForm(holey(), 'C-2025-001');
    expect(form.current?.amount).toBe('');
    expect(form.partners.map((p) => p.id)).toEqual(['P-0002']);
    expect(form.projects.map((p) => p.code)).toEqual(['ATLAS']);
  });
});
