/**
 * Everything the report shows ties (docs/domain.md): on the demo, for each year, the report's
 * compte de résultat, its budget vs actual (hors-budget rows included), its subsidy table, the
 * accountant's CSVs and the FEC are summed separately and compared to the cent. A Journal line
 * that cannot be booked is counted in none of them and listed.
 */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import type { ReportCell } from '../../shared/reports/doc';
import { buildAccountantPack, type AccountantPack } from '../../shared/exports/pack';
import { journalEntries } from '../../shared/ledger/booking';
import { ledgerYears } from '../../shared/ledger/fiscal-years';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { cents, day, DEMO, demoAccepted, demoWith, packCsv, tableStartingWith, text, TODAY } from '../helpers/demo';

/** A pack CSV's column summed in cents over the rows `keep` keeps. */
function csvSum(pack: AccountantPack, name: string, header: string, keep: (r: string[]) => boolean): number {
  const [head, ...rows] = packCsv(pack, name);
  const at = head.indexOf(header);
  return rows.filter(keep).reduce((t, r) => t + (r[at] ? Math.round(Number(r[at].replace(',', '.')) * 100) : 0), 0);
}

/** The FEC of the pack, read back: per line its entry number, account, debit and credit in cents. */
function fecLines(pack: AccountantPack) {
  const fec = pack.files.find((f) => f.name.endsWith('.txt'));
  if (!fec) throw new Error('no FEC');
  const toCents = (s: string) => {
    const m = /^(\d+),(\d{2})$/.exec(s);
    if (!m) throw new Error(`montant FEC illisible : ${s}`);
    return Number(m[1]) * 100 + Number(m[2]);
  };
  return fec.content
    .split('\r\n')
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => l.split('\t'))
    .map((r) => ({ entry: r[2], account: r[4], debit: toCents(r[11]), credit: toCents(r[12]) }));
}

/** A column of a pack CSV, by header, as cents (empty cells count 0). */
function csvColumn(pack: AccountantPack, name: string, header: string): { rows: string[][]; cents: (r: string[]) => number } {
  const file = pack.files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name}`);
  const lines = file.content.slice(1).split('\r\n').filter(Boolean);
  const head = lines[0].split(';');
  const at = head.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${name}`);
  const value = (r: string[]) => (r[at] ? Math.round(Number(r[at].replace(',', '.')) * 100) : 0);
  return { rows: lines.slice(1).map((l) => l.split(';')), cents: value };
}

/** Sums each document of a year separately, and the FEC, so that the caller compares them. */
function sums(book: ParsedWorkbook, year: number) {
  const doc = buildAnnualReport(book, year, { lang: 'fr', generatedOn: TODAY });
  const pack = buildAccountantPack(book, year, { today: TODAY });
  const statement = tableStartingWith(doc, 'Rubrique');
  const row = (label: string) => statement.rows.find((r) => text(r[0]) === label) as readonly ReportCell[];
  const budget = tableStartingWith(doc, 'Projet', 'Charges prévues', 'Charges réalisées');
  // The 864/875 row is apart, outside the total (the statement puts them at its foot).
  const cvnRow = budget.rows.find((r) => text(r[0]).startsWith('Contributions volontaires')) as readonly ReportCell[];
  const budgetRows = budget.rows.filter((r) => text(r[0]) !== 'Total' && r !== cvnRow);
  const budgetTotal = budget.rows.find((r) => text(r[0]) === 'Total') as readonly ReportCell[];
  const subsidyTable = tableStartingWith(doc, 'Convention', 'Financeur');
  // The last row totals the others when there are several (checked in sums().subsidies).
  const subsidyTotal = subsidyTable.rows.find((r) => text(r[0]) === 'Total') ?? null;
  const subsidies = { rows: subsidyTable.rows.filter((r) => r !== subsidyTotal) };
  const fec = fecLines(pack);
  const conventionOf = new Map(journalEntries(book, year).entries.map((e) => [e.number, e.convention]));
  const subsidised = new Set(subsidies.rows.map((r) => text(r[0])));
  const onSubsidy = fec.filter((l) => subsidised.has(conventionOf.get(l.entry) ?? '') && !['512', '530'].includes(l.account));
  const packSubsidies = csvColumn(pack, `subventions-${year}.csv`, `Reçu en ${year}`);
  const projects = tableStartingWith(doc, 'Projet', 'Action', 'Charges prévues', 'Réalisé');
  const agreements = tableStartingWith(doc, 'Action', 'Conventions', 'Montants en recette', 'Montants en dépense');
  const annex = tableStartingWith(doc, 'ID', 'Intitulé');
  const direction = new Map(book.conventions.records.map((c) => [c.id, c.direction]));
  const annexAmount = (dir: 'recette' | 'dépense') =>
    annex.rows.filter((r) => (direction.get(text(r[0])) ?? 'recette') === dir).reduce((t, r) => t + cents(r[5]), 0);
  const packBudget = csvColumn(pack, `budget-realise-${year}.csv`, 'Charge réalisée');
  const packVolunteers = csvColumn(pack, `benevolat-${year}.csv`, '864 Personnel bénévole');
  return {
    doc,
    pack,
    statement: { income: cents(row('Total des produits')[1]), charges: cents(row('Total des charges')[1]) },
    projects: cents(projects.rows[projects.rows.length - 1][3]),
    agreements: {
      moneyIn: agreements.rows.reduce((t, r) => t + cents(r[2]), 0),
      moneyOut: agreements.rows.reduce((t, r) => t + cents(r[3]), 0),
      annexIn: annexAmount('recette'),
      annexOut: annexAmount('dépense'),
    },
    volunteers: {
      // Per project: the 864 line's réalisé in budget vs actual, and the valuation of the volunteer table.
      budget864: new Map(packBudget.rows.filter((r) => r[1] === '864').map((r) => [r[0], packBudget.cents(r)])),
      table864: new Map(packVolunteers.rows.map((r) => [r[0], packVolunteers.cents(r)])),
      reportRow: cvnRow ? { charge: cents(cvnRow[2]), income: cents(cvnRow[6]) } : null,
    },
    budget: {
      actualCharges: budgetRows.reduce((s, r) => s + cents(r[2]), 0),
      actualIncome: budgetRows.reduce((s, r) => s + cents(r[6]), 0),
      totalCharges: cents(budgetTotal[2]),
      totalIncome: cents(budgetTotal[6]),
      offBudgetRows: budgetRows.filter((r) => text(r[0]).endsWith('hors budget')).length,
    },
    subsidies: {
      received: subsidies.rows.reduce((s, r) => s + cents(r[4]), 0),
      spent: subsidies.rows.reduce((s, r) => s + cents(r[5]), 0),
      packReceived: packSubsidies.rows.reduce((s, r) => s + packSubsidies.cents(r), 0),
      totalReceived: subsidyTotal ? cents(subsidyTotal[4]) : subsidies.rows.reduce((s, r) => s + cents(r[4]), 0),
      totalSpent: subsidyTotal ? cents(subsidyTotal[5]) : subsidies.rows.reduce((s, r) => s + cents(r[5]), 0),
    },
    fec: {
      income: fec.filter((l) => l.account.startsWith('7')).reduce((s, l) => s + l.credit - l.debit, 0),
      charges: fec.filter((l) => l.account.startsWith('6')).reduce((s, l) => s + l.debit - l.credit, 0),
      // Received = the conventions' produits (class 7) net, spent = their charges (class 6) net (docs/domain.md).
      subsidyReceived: onSubsidy.filter((l) => l.account.startsWith('7')).reduce((s, l) => s + l.credit - l.debit, 0),
      subsidySpent: onSubsidy.filter((l) => l.account.startsWith('6')).reduce((s, l) => s + l.debit - l.credit, 0),
    },
  };
}

function expectTies(s: ReturnType<typeof sums>): void {
  expect(s.statement.income).toBeGreaterThan(0);
  expect(s.statement.income).toBe(s.fec.income);
  expect(s.statement.charges).toBe(s.fec.charges);
  expect(s.budget.actualCharges).toBe(s.statement.charges);
  expect(s.budget.actualIncome).toBe(s.statement.income);
  expect(s.budget.totalCharges).toBe(s.statement.charges);
  expect(s.budget.totalIncome).toBe(s.statement.income);
  expect(s.subsidies.received).toBe(s.fec.subsidyReceived);
  expect(s.subsidies.spent).toBe(s.fec.subsidySpent);
  expect(s.subsidies.packReceived).toBe(s.subsidies.received);
  expect([s.subsidies.totalReceived, s.subsidies.totalSpent]).toEqual([s.subsidies.received, s.subsidies.spent]);
  expect(s.projects).toBe(s.statement.charges);
  // Conventions of the year: money in and money out, each the sum of its own conventions, never added together.
  expect(s.agreements.moneyIn).toBe(s.agreements.annexIn);
  expect(s.agreements.moneyOut).toBe(s.agreements.annexOut);
  // 864/875 réalisé: the volunteer table's figures, project by project.
  for (const [project, value] of s.volunteers.budget864) expect(value).toBe(s.volunteers.table864.get(project) ?? 0);
  const valued = [...s.volunteers.budget864.values()].reduce((t, v) => t + v, 0);
  if (s.volunteers.reportRow) expect(s.volunteers.reportRow).toEqual({ charge: valued, income: valued });
}

describe('on the demo, every table of a year is summed from the same booked lines', () => {
  let snap: XlsxSnapshot;
  beforeAll(async () => {
    snap = await readXlsx(DEMO);
  });

  it('ties the compte de résultat, budget vs actual with its hors-budget rows, the subsidies and the FEC, each year', () => {
    const book = readWorkbook(snap);
    const years = ledgerYears(book);
    expect(years).toEqual([2025, 2024]);
    for (const year of years) {
      const s = sums(book, year);
      expectTies(s);
      // The demo has charges and produits no budget line covers (a project typed ATLS, FONC's extras).
      expect(s.budget.offBudgetRows).toBeGreaterThan(0);
    }
    const s2025 = sums(book, 2025);
    expect(s2025.statement).toEqual({ income: 9_046_000, charges: 11_601_942 });
    // The demo pays a partner (C-2025-005, 2 500 €) and two providers besides what it receives: shown apart.
    expect(s2025.agreements.moneyOut).toBeGreaterThan(0);
    expect(s2025.volunteers.budget864.size).toBeGreaterThan(0);
    expect([...s2025.volunteers.budget864.values()].every((v) => v > 0)).toBe(true);
    // Fonds dédiés are proposed for the earmarked, running ATLAS subsidy only: not for the running-cost
    // subsidy (C-2025-001) nor the ended conventions (C-2025-003, C-2025-009), whatever they left unspent.
    const subsidies = tableStartingWith(s2025.doc, 'Convention', 'Financeur');
    expect(subsidies.columns[7].header).toBe('Fonds dédiés proposés');
    expect(subsidies.rows.map((r) => [text(r[0]), cents(r[6]) > 0, cents(r[7])])).toEqual([
      ['C-2025-001', true, 0],
      ['C-2025-002', true, 1_271_795],
      ['C-2025-003', true, 0],
      ['C-2025-009', true, 0],
      ['Total', true, 1_271_795],
    ]);
  });

  it('after every proposed year-end entry is accepted, every table ties to the compte de résultat again, in the report and the pack', () => {
    const book = demoAccepted(snap, 2025);
    const s = sums(book, 2025);
    expect(JSON.stringify(s.doc.blocks)).toContain('Compte de résultat — après écritures d’inventaire');
    expectTies(s);
    // 6894 (12 717,95 € into fonds dédiés) and the 4 717,95 € receivable on 741 are in every table now.
    expect(s.statement).toEqual({ income: 9_046_000 + 471_795, charges: 11_601_942 + 1_271_795 });
    // The 2026 reversal of the receivable is outside 2025; the fonds dédiés go to ATLAS's budget vs réalisé.
    const budget = tableStartingWith(s.doc, 'Projet', 'Charges prévues', 'Charges réalisées');
    expect(budget.rows.some((r) => text(r[0]).startsWith('ATLAS'))).toBe(true);
    // The pack: budget vs réalisé (contributions volontaires apart) and the trial balance's classes 6 and 7.
    const notCvn = (r: string[]) => !/^8[67]/.test(r[1]);
    const class_ = (c: string) => (r: string[]) => r[0].startsWith(c);
    const balance = (c: string, side: 'Débit' | 'Crédit') => csvSum(s.pack, 'balance-2025.csv', side, class_(c));
    expect(csvSum(s.pack, 'budget-realise-2025.csv', 'Charge réalisée', notCvn)).toBe(s.statement.charges);
    expect(csvSum(s.pack, 'budget-realise-2025.csv', 'Produit réalisé', notCvn)).toBe(s.statement.income);
    expect(balance('6', 'Débit') - balance('6', 'Crédit')).toBe(s.statement.charges);
    expect(balance('7', 'Crédit') - balance('7', 'Débit')).toBe(s.statement.income);
  });

  it('ties with refunds and repayments charged to subsidies, volunteer time in the Journal and a duplicated convention', () => {
    const conventions = snap.readSheet('Conventions');
    const { book } = demoWith(snap, {
      // Header: Date, Pièce, Libellé, Compte, Projet, Convention, Tiers, Recette, Dépense, Moyen
      Journal: [
        [day('2025-09-30'), 'X-03', 'Remboursement billet annulé', '6251', 'FORM', 'C-2025-009', 'SNCF', 96.5, '', 'banque'],
        [day('2025-12-30'), 'X-06', 'Reversement trop-perçu', '741', 'FONC', 'C-2025-001', 'Ville de Grenoble', '', 500, 'banque'],
        [day('2025-02-02'), 'X-11', 'Valorisation bénévolat AG', '864', 'FONC', 'C-2025-001', 'Bénévoles', '', 240, 'banque'],
        [day('2025-05-05'), 'X-07', 'Cartouches', '6064', 'FONC', 'C-2025-001', 'Bureau Vallée', '', 'cent vingt', 'banque'],
        [day('2025-06-10'), 'X-04', 'Stand salon', '6257', 'EVT', '', 'Salon', '', 180, 'banque'],
      ],
      Conventions: [conventions.find((r) => r[0] === 'C-2025-009') as CellValue[]],
    });
    expectTies(sums(book, 2025));
  });

  describe('with Journal lines that cannot be booked', () => {
    // Header: Date, Pièce, Libellé, Compte, Projet, Convention, Tiers, Recette, Dépense, Moyen, Justificatif
    const bad: CellValue[][] = [
      [day('2025-06-10'), 'X-1', 'Acompte Région', 'à classer', 'ATLAS', 'C-2025-002', 'Région', 5000, '', 'banque'],
      [day('2025-06-11'), 'X-2', 'Recette ou dépense ?', '6226', 'ATLAS', 'C-2025-002', 'Studio', 300, 300, 'banque'],
      [day('2025-06-12'), 'X-3', 'Remboursement saisi en négatif', '741', 'ATLAS', 'C-2025-002', 'Région', -1000, '', 'banque'],
      [day('2024-11-05'), 'X-4', 'Frais', 'compte ?', 'SITE', 'C-2024-003', '', '', 80, 'caisse'],
    ];

    it('leaves them out of every table: the report and the pack show exactly what the demo shows', () => {
      const clean = readWorkbook(snap);
      const { book } = demoWith(snap, { Journal: bad });
      for (const year of [2025, 2024]) {
        const before = sums(clean, year);
        const after = sums(book, year);
        expectTies(after);
        for (const headers of [['Rubrique'], ['Projet', 'Charges prévues', 'Charges réalisées'], ['Convention', 'Financeur']])
          expect(tableStartingWith(after.doc, ...headers).rows).toEqual(tableStartingWith(before.doc, ...headers).rows);
        expect(after.pack.files.find((f) => f.name.endsWith('.txt'))?.content).toBe(
          before.pack.files.find((f) => f.name.endsWith('.txt'))?.content,
        );
        for (const name of [`subventions-${year}.csv`, `budget-realise-${year}.csv`, `balance-${year}.csv`])
          expect(after.pack.files.find((f) => f.name === name)?.content).toBe(before.pack.files.find((f) => f.name === name)?.content);
      }
    });

    it('lists them, with their Journal rows and why, under the compte de résultat and in the accountant’s pack', () => {
      const { book, firstRow } = demoWith(snap, { Journal: bad });
      const [r1, r2, r3, r4] = [0, 1, 2, 3].map((i) => firstRow.Journal + i);
      const s = sums(book, 2025);
      const blocks = s.doc.blocks;
      const statementAt = blocks.indexOf(tableStartingWith(s.doc, 'Rubrique'));
      const note = blocks[statementAt + 1];
      expect(note).toEqual({
        kind: 'paragraph',
        style: 'note',
        text:
          '5 lignes du Journal ne sont comptées dans aucun tableau de ce rapport ni dans le FEC : ligne 72 (date illisible), ' +
          `ligne 97 (recette et dépense sur la même ligne), ligne ${r1} (compte illisible), ligne ${r2} (recette et dépense sur la même ligne), ` +
          `ligne ${r3} (montant négatif). Corrigez-les dans le Journal puis régénérez le rapport.`,
      });
      const listed = s.pack.files.find((f) => f.name === 'lignes-ecartees-2025.csv')?.content ?? '';
      expect(listed.slice(1).split('\r\n').filter(Boolean)).toEqual([
        'Ligne du Journal;Date;Pièce;Libellé;Compte;Recette;Dépense;Motif',
        '72;31/02/2025;2025-007;Don manuel;7541;20,00;;date illisible',
        '97;10/02/2025;2025-032;Cotisation 2025 — Lambert;7561;80,00;80,00;recette et dépense sur la même ligne',
        `${r1};10/06/2025;X-1;Acompte Région;à classer;5000,00;;compte illisible`,
        `${r2};11/06/2025;X-2;Recette ou dépense ?;6226;300,00;300,00;recette et dépense sur la même ligne`,
        `${r3};12/06/2025;X-3;Remboursement saisi en négatif;741;-1000,00;;montant négatif`,
      ]);
      const s2024 = sums(book, 2024);
      expect(JSON.stringify(s2024.doc.blocks)).toContain(`ligne ${r4} (compte illisible)`);
      const en = buildAnnualReport(book, 2025, { lang: 'en', generatedOn: TODAY });
      expect(JSON.stringify(en.blocks)).toContain(`row ${r3} (negative amount)`);
    });
  });
});
