/**
 * What an accountant's review of the demo found (docs/domain.md, "Everything the report shows
 * must tie"): realistic Journal, Conventions and Financements rows are added to the demo, and
 * each document is read as the user sees it.
 */
import type { ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import type { ReportCell, ReportDoc } from '../../shared/reports/doc';
import { buildAccountantPack } from '../../shared/exports/pack';
import { runChecks } from '../../shared/checks/run-checks';
import { incomeStatement } from '../../shared/ledger/statement';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { cents, day, DEMO, demoWith, packCsv, tableStartingWith, text, TODAY } from '../helpers/demo';

const report = (book: ParsedWorkbook, lang: 'fr' | 'en' = 'fr') => buildAnnualReport(book, 2025, { lang, generatedOn: TODAY });
const fec = (book: ParsedWorkbook) => buildAccountantPack(book, 2025, { today: TODAY }).files.find((f) => f.name.endsWith('.txt'))?.content;
/** The row of a report table whose label is `label`, or starts with `label —`. */
const rowOf = (doc: ReportDoc, headers: string[], label: string) =>
  tableStartingWith(doc, ...headers).rows.find((r) => {
    const t = text(r[0]).trim();
    return t === label || t.startsWith(`${label} —`);
  }) as readonly ReportCell[];
const euros = (csvField: string) => Math.round(Number(csvField.replace(',', '.')) * 100);
const findingsAt = (book: ParsedWorkbook, row: number) =>
  runChecks(book, { year: 2025, today: TODAY, lang: 'fr' })
    .findings.filter((f) => f.sheet === 'Journal' && f.row === row)
    .map((f) => [f.rule, f.column]);

let snap: XlsxSnapshot;
let demo: ParsedWorkbook;
beforeAll(async () => {
  snap = await readXlsx(DEMO);
  demo = readWorkbook(snap);
});

describe('a Journal line on 86/87 (contributions volontaires en nature)', () => {
  // Volunteer time typed in the cash book, as if it had been paid from the bank.
  const inKind: CellValue[][] = [
    [day('2025-02-02'), 'X-11', 'Valorisation bénévolat AG', '864', 'FONC', '', 'Bénévoles', '', 240, 'banque'],
    [day('2025-03-13'), 'X-32', 'Bénévolat AG (contrepartie)', '875', 'FONC', '', '', 240, '', 'banque'],
  ];

  it('is not booked against the bank: 86 = 87 = the volunteer valuation in the report, the key figures and the CSV', () => {
    const { book } = demoWith(snap, { Journal: inKind });
    const doc = report(book);
    const uses = cents(rowOf(doc, ['Rubrique'], 'Emplois : travail des bénévoles')[1]);
    const sources = cents(rowOf(doc, ['Rubrique'], 'Ressources : bénévolat reçu')[1]);
    const keyFigure = cents(rowOf(doc, ['Indicateur'], 'Valorisation du bénévolat')[1]);
    const csvTotal = packCsv(buildAccountantPack(book, 2025, { today: TODAY }), 'benevolat-2025.csv').find(
      (r) => r[0] === 'Total',
    ) as string[];
    expect([uses, sources, keyFigure, euros(csvTotal[3]), euros(csvTotal[4])]).toEqual(Array(5).fill(incomeStatement(demo, 2025).cvnUses));
    expect(fec(book)).toBe(fec(demo));
  });

  it('is listed as left out, with its own reason, in the report and the pack, and flagged once by check', () => {
    const { book, firstRow } = demoWith(snap, { Journal: inKind });
    const [r1, r2] = [firstRow.Journal, firstRow.Journal + 1];
    const reason = 'contribution en nature : saisissez les heures dans Bénévolat';
    expect(JSON.stringify(report(book).blocks)).toContain(`ligne ${r1} (${reason}), ligne ${r2} (${reason})`);
    const listed = packCsv(buildAccountantPack(book, 2025, { today: TODAY }), 'lignes-ecartees-2025.csv');
    expect(listed.filter((r) => [String(r1), String(r2)].includes(r[0])).map((r) => r[r.length - 1])).toEqual([reason, reason]);
    expect(findingsAt(book, r1)).toEqual([['ledger.inkind', 'Compte']]);
    expect(findingsAt(book, r2)).toEqual([['ledger.inkind', 'Compte']]);
    expect(runChecks(book, { year: 2025, today: TODAY, lang: 'fr' }).findings.find((f) => f.row === r1)?.message).toBe(
      'Compte 864 (contribution volontaire en nature) dans le Journal : ce n’est pas un mouvement de banque ou de caisse, la ligne n’est pas comptée. ' +
        'Saisissez les heures dans la feuille Bénévolat (valorisées en 864/875) et supprimez cette ligne.',
    );
  });
});

describe('the subsidy table', () => {
  const SUBSIDIES = ['Convention', 'Financeur'];
  const subsidyRow = (doc: ReportDoc, id: string) => {
    const r = rowOf(doc, SUBSIDIES, id);
    return { requested: cents(r[2]), granted: cents(r[3]), received: cents(r[4]), spent: cents(r[5]), remaining: cents(r[6]) };
  };

  it('counts as received the produits (class 7) of a convention, and as spent its charges (class 6), refunds deducted', () => {
    const { book } = demoWith(snap, {
      Journal: [
        [day('2025-09-30'), 'X-03', 'Remboursement billet annulé', '6251', 'FORM', 'C-2025-009', 'SNCF', 96.5, '', 'banque'],
        [
          day('2025-12-30'),
          'X-06',
          'Reversement trop-perçu subvention',
          '741',
          'FONC',
          'C-2025-001',
          'Ville de Grenoble',
          '',
          500,
          'banque',
        ],
      ],
    });
    const [before, after] = [subsidyRow(report(demo), 'C-2025-009'), subsidyRow(report(book), 'C-2025-009')];
    expect(after.received).toBe(before.received);
    expect(after.spent).toBe(before.spent - 9_650);
    const [before1, after1] = [subsidyRow(report(demo), 'C-2025-001'), subsidyRow(report(book), 'C-2025-001')];
    expect(after1).toEqual({ ...before1, received: before1.received - 50_000, remaining: before1.remaining - 50_000 });
    const csv = packCsv(buildAccountantPack(book, 2025, { today: TODAY }), 'subventions-2025.csv').find(
      (r) => r[0] === 'C-2025-001',
    ) as string[];
    expect(csv.slice(5, 8).map(euros)).toEqual([after1.received, after1.spent, after1.remaining]);
  });

  it('has one row per convention ID, a Financements top-up added to the first grant', () => {
    const conventions = snap.readSheet('Conventions');
    const pasted = conventions.find((r) => r[0] === 'C-2025-009') as CellValue[];
    const { book } = demoWith(snap, {
      Conventions: [pasted],
      Financements: [
        [
          'F-0008',
          'Région Auvergne-Rhône-Alpes',
          'FORM',
          'Complément formation',
          6000,
          4000,
          0,
          day('2025-06-01'),
          day('2025-07-01'),
          'accordé',
          'C-2025-009',
        ],
      ],
    });
    const ids = (doc: ReportDoc) => tableStartingWith(doc, ...SUBSIDIES).rows.map((r) => text(r[0]));
    expect(ids(report(book))).toEqual(ids(report(demo)));
    expect(subsidyRow(report(book), 'C-2025-009')).toEqual({
      ...subsidyRow(report(demo), 'C-2025-009'),
      requested: 3_000_000,
      granted: 2_800_000,
    });
    expect(
      packCsv(buildAccountantPack(book, 2025, { today: TODAY }), 'subventions-2025.csv').filter((r) => r[0] === 'C-2025-009'),
    ).toHaveLength(1);
    const unspent = runChecks(book, { year: 2025, today: TODAY, lang: 'fr' }).findings.filter(
      (f) => f.rule === 'convention.unspent' && f.message.startsWith('C-2025-009'),
    );
    expect(unspent).toHaveLength(1);
  });
});

describe('the Projets table of the activity report', () => {
  it('shows every booked charge of each project, and its Réalisé column adds up to the compte de résultat', () => {
    const doc = report(demo);
    const projects = tableStartingWith(doc, 'Projet', 'Action');
    const total = projects.rows.find((r) => text(r[0]) === 'Total') as readonly ReportCell[];
    const others = projects.rows.filter((r) => r !== total);
    const charges = cents(rowOf(doc, ['Rubrique'], 'Total des charges')[1]);
    expect(cents(rowOf(doc, ['Projet', 'Action'], 'FORM')[3])).toBe(2_895_980);
    expect(others.reduce((s, r) => s + cents(r[3]), 0)).toBe(charges);
    expect(cents(total[3])).toBe(charges);
    // The demo books charges on a project code typed wrong (ATLS): they are shown, not dropped.
    expect(text(others[others.length - 1][0])).toBe('Sans projet ou projet inconnu');
  });
});

describe('a Journal line left out of booking', () => {
  const lines: CellValue[][] = [
    [day('2025-05-05'), 'X-07', 'Cartouches', '6064', 'FONC', '', 'Bureau Vallée', '', 'cent vingt', 'banque'],
    [day('2025-08-08'), 'X-09', 'Fournitures 3 décimales', '6064', 'FONC', '', 'Bureau Vallée', '', 33.333, 'banque'],
    [day('2025-05-03'), 'Y-03', '=Montant calculé', '6064', 'FONC', '', '', '', 100 / 3, 'banque'],
    ['', 'X-40', 'Frais sans date', '6257', 'FONC', '', 'Traiteur', '', 12, 'banque'],
    [day('2025-06-11'), 'X-41', 'Frais sans compte', '', 'FONC', '', 'Traiteur', '', 70, 'banque'],
    [day('2025-03-14'), 'X-33', 'Compte à 1 chiffre', '6', 'FONC', '', '', '', 9, 'banque'],
    [day('2025-04-14'), 'X-34', 'Timbres', '626', 'FONC', '', 'La Poste', '', 8.4, 'bitcoin'],
  ];

  it('is listed with the reason the user must fix: an unreadable amount is not a missing one', () => {
    const { book, firstRow } = demoWith(snap, { Journal: lines });
    const r = (i: number) => firstRow.Journal + i;
    const note = JSON.stringify(report(book).blocks);
    for (const i of [0, 1, 2]) expect(note).toContain(`ligne ${r(i)} (montant illisible)`);
    expect(note).toContain(`ligne ${r(3)} (date manquante)`);
    expect(note).toContain(`ligne ${r(4)} (compte manquant)`);
    expect(note).toContain(`ligne ${r(5)} (compte illisible)`);
    // Bank or cash is not guessed: the line would otherwise land in the bank journal.
    expect(note).toContain(`ligne ${r(6)} (moyen de paiement illisible : banque ou caisse ?)`);
    expect(note).not.toContain('ni recette ni dépense');
    expect(JSON.stringify(report(book, 'en').blocks)).toContain(`row ${r(0)} (unreadable amount)`);
  });

  it('is shown in lignes-ecartees with what the Journal holds, as typed where unreadable, formulas made inert', () => {
    const { book, firstRow } = demoWith(snap, { Journal: lines });
    const r = (i: number) => String(firstRow.Journal + i);
    const listed = packCsv(buildAccountantPack(book, 2025, { today: TODAY }), 'lignes-ecartees-2025.csv');
    expect(listed[0]).toEqual(['Ligne du Journal', 'Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense', 'Motif']);
    const at = (row: string) => listed.find((x) => x[0] === row);
    expect(at('72')).toEqual(['72', '31/02/2025', '2025-007', 'Don manuel', '7541', '20,00', '', 'date illisible']);
    expect(at('97')).toEqual([
      '97',
      '10/02/2025',
      '2025-032',
      'Cotisation 2025 — Lambert',
      '7561',
      '80,00',
      '80,00',
      'recette et dépense sur la même ligne',
    ]);
    expect(at(r(0))).toEqual([r(0), '05/05/2025', 'X-07', 'Cartouches', '6064', '', 'cent vingt', 'montant illisible']);
    expect(at(r(1))).toEqual([r(1), '08/08/2025', 'X-09', 'Fournitures 3 décimales', '6064', '', '33.333', 'montant illisible']);
    expect(at(r(2))?.slice(3, 5)).toEqual(["'=Montant calculé", '6064']);
    expect(at(r(3))).toEqual([r(3), '', 'X-40', 'Frais sans date', '6257', '', '12,00', 'date manquante']);
    expect(at(r(5))?.[4]).toBe('6');
  });
});
