/**
 * Books an accountant signs (docs/domain.md, "Opening balances", "Compte de résultat and bilan"):
 * on the demo, the opening balances (typed for 2024, carried into 2025), the compte de résultat on
 * both bases and the bilan, against golden figures computed here from raw cells.
 */
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { addMissingSheets } from '../../shared/sheets/install';
import { openingBalances } from '../../shared/ledger/opening';
import { incomeStatement } from '../../shared/ledger/statement';
import { balanceSheet } from '../../shared/ledger/balance-sheet';
import type { BookedLine } from '../../shared/ledger/booking';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { buildAccountantPack } from '../../shared/exports/pack';
import { runChecks } from '../../shared/checks/run-checks';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { cents, DEMO, demoWith, packCsv, tableStartingWith, text, TODAY } from '../helpers/demo';
import {
  rawCarriedOpening,
  rawJournal,
  rawOpening,
  rawResult,
  rawTreasury,
  type RawLine,
  SUBSIDY_RECEIVABLE,
} from '../helpers/raw-journal';

let snap: XlsxSnapshot;
let raw: RawLine[];
beforeAll(async () => {
  snap = await readXlsx(DEMO);
  raw = rawJournal(snap);
});

const rawOpening2025 = () => rawCarriedOpening(snap, raw, 2025);

const balances = (lines: readonly { account: string; debit: number; credit: number }[]) =>
  new Map(lines.map((l) => [l.account, l.debit - l.credit]));

describe("Soldes d'ouverture", () => {
  const HEADER = ['Année', 'N° compte', 'Intitulé', 'Solde débiteur', 'Solde créditeur'];

  it('is read by its headers and synonyms; blank and Total rows are skipped; an unreadable amount is located', () => {
    const book = readWorkbook(
      new MemoryWorkbook({
        'A nouveaux': [
          ['Bilan de clôture 2024 (cabinet Durand)'],
          HEADER,
          [2025, '512', 'Banque', '12 000,50', ''],
          ['', '', '', '', ''],
          [2025, 102, 'Fonds associatif', '', '12 000,50'],
          [2025, '530', 'Caisse', 'douze', ''],
          ['Total', '', '', '24 000,50', '12 000,50'],
        ],
      }),
    );
    expect(book.openingBalances.records.map((r) => [r.row, r.year, r.account, r.debit, r.credit])).toEqual([
      [3, 2025, '512', 1_200_050, null],
      [5, 2025, '102', null, 1_200_050],
      [6, 2025, '530', null, null],
    ]);
    expect(book.findings.map((f) => [f.rule, f.sheet, f.row, f.column])).toEqual([
      ['cell.invalid', 'A nouveaux', 6, 'Solde débiteur'],
      ['row.total', 'A nouveaux', 7, null],
    ]);
  });

  it('is installed by « Installer / réparer » (citego init), and a second run changes nothing', () => {
    const wb = new MemoryWorkbook({});
    expect(addMissingSheets(wb, 2025).created).toContain("Soldes d'ouverture");
    expect(wb.readSheet("Soldes d'ouverture")[0]).toEqual(['Exercice', 'Compte', 'Libellé', 'Débit', 'Crédit']);
    expect(addMissingSheets(wb, 2025).created).toEqual([]);
  });

  it('opens 2024 with the typed balances (journal AN, 1 January) and 2025 with 2024’s computed closing', () => {
    const book = readWorkbook(snap);
    const typed = openingBalances(book, 2024);
    expect(typed.source).toBe('typed');
    expect(typed.entry?.journal.code).toBe('AN');
    expect(typed.entry?.date).toBe('2024-01-01');
    expect(balances(typed.lines)).toEqual(rawOpening(snap, 2024));
    const carried = openingBalances(book, 2025);
    expect(carried.source).toBe('carried');
    expect(carried.entry?.date).toBe('2025-01-01');
    expect(balances(carried.lines)).toEqual(rawOpening2025());
    expect(balances(carried.lines).get('512')).toBe(4_283_200);
    expect(openingBalances(book, 2023).source).toBe('none');
  });

  it('carries into 2026 the cash result as 119 (a déficit), or, after year-end entries, the receivable and an excédent in 110', () => {
    const book = readWorkbook(snap);
    const result2025 = rawResult(raw, 2025);
    const retained2025 = rawOpening2025().get('110') ?? 0;
    const cash = balances(openingBalances(book, 2026).lines);
    expect(result2025).toBeLessThan(0);
    expect(cash.get('119')).toBe(-result2025);
    expect(cash.get('110')).toBe(retained2025);
    expect(cash.get('4411')).toBeUndefined();
    const accrual = balances(openingBalances(book, 2026, SUBSIDY_RECEIVABLE).lines);
    expect(accrual.get('4411')).toBe(2_600_000);
    expect(accrual.get('110')).toBe(retained2025 - (result2025 + 2_600_000));
    expect(accrual.get('119')).toBeUndefined();
    expect([...accrual.values()].reduce((s, v) => s + v, 0)).toBe(0);
  });

  it('makes the bank balance true at every date: the general ledger starts from the AN balance and is never overdrawn in 2025', () => {
    const ledger = packCsv(buildAccountantPack(readWorkbook(snap), 2025, { today: TODAY }), 'grand-livre-2025.csv');
    const bank = ledger.filter((r) => r[0] === '512');
    const amount = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);
    expect(bank[0][3]).toBe('AN');
    expect(amount(bank[0][9])).toBe(rawOpening2025().get('512'));
    expect(Math.min(...bank.map((r) => amount(r[9])))).toBe(1_578_368);
    expect(amount(bank[bank.length - 1][9])).toBe((rawOpening2025().get('512') ?? 0) + rawTreasury(raw, 2025, false));
  });

  it('warns when a typed bank or cash balance differs from the previous year’s computed closing, and not when it agrees', () => {
    const expected = rawOpening2025();
    const typed = (bank: number): CellValue[][] => [
      [2025, '512', 'Banque', bank / 100, ''],
      [2025, '530', 'Caisse', (expected.get('530') ?? 0) / 100, ''],
      [2025, '102', 'Fonds', '', 15000],
      [2025, '110', 'Report', '', (bank + (expected.get('530') ?? 0) - 1_500_000) / 100],
    ];
    const fired = (bank: number) => {
      const { book, firstRow } = demoWith(snap, { "Soldes d'ouverture": typed(bank) });
      const f = runChecks(book, { year: 2025, today: TODAY, lang: 'fr' }).findings.filter((x) => x.rule.startsWith('opening.'));
      return { f, row: firstRow["Soldes d'ouverture"] };
    };
    const off = fired(4_300_000);
    const plain = (m: string) => m.replace(/[\u202f\u00a0]/g, ' ');
    expect(off.f.map((x) => [x.rule, x.severity, x.row, x.column, plain(x.message)])).toEqual([
      [
        'opening.carried',
        'warning',
        off.row,
        'Débit',
        "Soldes d'ouverture 2025, compte 512 : 43 000,00 € saisis, la clôture calculée de 2024 donne 42 832,00 € (écart 168,00 €). Vérifiez le Journal 2024 (opération manquante ou en double ?) ou le solde saisi, avec le relevé de banque ou le comptage de caisse.",
      ],
    ]);
    expect(fired(expected.get('512') ?? 0).f).toEqual([]);
  });

  it('refuses to hide an unbalanced opening or an opening on a charge account', () => {
    const { book, firstRow } = demoWith(snap, {
      "Soldes d'ouverture": [
        [2026, '512', 'Banque', 1000, ''],
        [2026, '102', 'Fonds', '', 900],
        [2026, '6064', 'Fournitures', 50, ''],
      ],
    });
    const f = runChecks(book, { year: 2026, today: TODAY, lang: 'fr' }).findings.filter((x) =>
      ['opening.unbalanced', 'opening.account'].includes(x.rule),
    );
    expect(f.map((x) => [x.rule, x.row])).toEqual([
      ['opening.unbalanced', 1],
      ['opening.account', firstRow["Soldes d'ouverture"] + 2],
    ]);
    expect(f[0].message.replace(/[\u202f\u00a0]/g, ' ')).toMatch(
      /^Soldes d'ouverture 2026 déséquilibrés : débits 1 000,00 €, crédits 900,00 €/,
    );
  });
});

/** Sum of raw 2025 lines on accounts under a prefix (as income: receipts − payments). */
const rawOn = (prefixes: readonly string[], year = 2025, except: readonly string[] = []) =>
  raw
    .filter(
      (l) =>
        l.date.startsWith(String(year)) && prefixes.some((p) => l.account.startsWith(p)) && !except.some((p) => l.account.startsWith(p)),
    )
    .reduce((s, l) => s + l.signed, 0);

describe('the compte de résultat (ANC 2018-06), on the basis chosen', () => {
  it('on the cash book: tiers financeurs grouped, salaires and charges sociales apart, résultat courant, the 2025 penalty in exploitation', () => {
    const st = incomeStatement(readWorkbook(snap), 2025);
    expect(st.basis).toBe('cash');
    expect(st.thirdPartyFunders).toBe(rawOn(['73', '74', '754', '755']));
    expect(st.income.subventions).toBe(rawOn(['73', '74']));
    expect(st.income.generosite).toBe(rawOn(['754']));
    expect(st.charges.salaires).toBe(0 - rawOn(['64'], 2025, ['645', '646', '647']));
    expect(st.charges.chargesSociales).toBe(0 - rawOn(['645', '646', '647']));
    expect(st.charges.salaires).toBeGreaterThan(0);
    expect(st.charges.chargesSociales).toBeGreaterThan(0);
    // ANC 2022-06: from 2025 a penalty (6712) is an operating charge, not an exceptional one.
    expect(rawOn(['6712'])).toBeLessThan(0);
    expect(st.exceptionalCharges).toBe(0 - rawOn(['67'], 2025, ['6712']));
    expect(st.charges.autres).toBe(0 - rawOn(['65', '6712'], 2025, ['657']));
    expect(st.currentResult).toBe(st.operatingResult + st.financialResult);
    expect(st.netResult).toBe(rawResult(raw, 2025));
  });

  it('after the accepted year-end entries: the subsidy receivable counts, and the title says so', () => {
    const book = readWorkbook(snap);
    const cash = incomeStatement(book, 2025);
    const accrual = incomeStatement(book, 2025, { basis: 'accrual', yearEnd: SUBSIDY_RECEIVABLE });
    expect(accrual.basis).toBe('accrual');
    expect(accrual.income.subventions).toBe(rawOn(['73', '74']) + 2_600_000);
    expect(accrual.netResult).toBe(rawResult(raw, 2025) + 2_600_000);
    expect(incomeStatement(book, 2024, { basis: 'accrual', yearEnd: SUBSIDY_RECEIVABLE }).netResult).toBe(rawResult(raw, 2024));
    expect(cash.netResult).toBe(rawResult(raw, 2025));
    const titles = (yearEnd?: BookedLine[]) =>
      buildAnnualReport(book, 2025, { lang: 'fr', generatedOn: TODAY, yearEnd })
        .blocks.filter((b) => b.kind === 'heading')
        .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(titles()).toEqual(
      expect.arrayContaining(['Compte de résultat — comptabilité de trésorerie', 'Bilan simplifié — comptabilité de trésorerie']),
    );
    expect(titles(SUBSIDY_RECEIVABLE)).toEqual(
      expect.arrayContaining(['Compte de résultat — après écritures d’inventaire', 'Bilan simplifié — après écritures d’inventaire']),
    );
  });

  it('shows the tiers financeurs under one heading in the report, with their subtotal', () => {
    const doc = buildAnnualReport(readWorkbook(snap), 2025, { lang: 'fr', generatedOn: TODAY });
    const rows = tableStartingWith(doc, 'Rubrique').rows.map((r) => [text(r[0]).trim(), cents(r[1])]);
    const at = rows.findIndex(([label]) => label === 'Produits de tiers financeurs');
    expect(rows[at][1]).toBe(rawOn(['73', '74', '754', '755']));
    expect(rows.slice(at + 1, at + 4).map(([label]) => label)).toEqual([
      "Concours publics et subventions d'exploitation",
      'Ressources liées à la générosité du public',
      'Contributions financières',
    ]);
    expect(rows.find(([label]) => label === 'Résultat courant avant impôts')?.[1]).toBe(
      rawResult(raw, 2025) - rawOn(['77']) + rawOn(['67'], 2025, ['6712']),
    );
  });
});

describe('the bilan, when opening balances exist', () => {
  it('balances to the cent on the cash book, with the bank, the cash box and the result from raw cells', () => {
    const b = balanceSheet(readWorkbook(snap), 2025);
    const open = rawOpening2025();
    expect(b?.opening).toBe('carried');
    expect(b?.assets.bank).toBe((open.get('512') ?? 0) + rawTreasury(raw, 2025, false));
    expect(b?.assets.cash).toBe((open.get('530') ?? 0) + rawTreasury(raw, 2025, true));
    expect(b?.liabilities.result).toBe(rawResult(raw, 2025));
    expect(b?.liabilities.retained).toBe(-(open.get('110') ?? 0));
    expect(b?.assets.total).toBe(b?.liabilities.total);
    expect(b?.assets.total).toBe(1_742_258);
  });

  it('balances after the year-end entries too, the receivable on the actif', () => {
    const b = balanceSheet(readWorkbook(snap), 2025, { basis: 'accrual', yearEnd: SUBSIDY_RECEIVABLE });
    expect(b?.assets.receivables).toBe(2_600_000);
    expect(b?.liabilities.result).toBe(rawResult(raw, 2025) + 2_600_000);
    expect(b?.assets.total).toBe(b?.liabilities.total);
    expect(b?.assets.total).toBe(1_742_258 + 2_600_000);
  });

  it('is shown in the report of 2024 (typed openings), not for a year without any', () => {
    const book = readWorkbook(snap);
    const doc = buildAnnualReport(book, 2024, { lang: 'fr', generatedOn: TODAY });
    const bilan = tableStartingWith(doc, 'Rubrique', 'Au 31/12/2024');
    const row = (label: string) => cents(bilan.rows.find((r) => text(r[0]).trim() === label)?.[1]);
    expect(row('Total de l’actif')).toBe(row('Total du passif'));
    expect(row('Banque')).toBe(4_200_000 + rawTreasury(raw, 2024, false));
    expect(balanceSheet(book, 2023)).toBeNull();
  });
});
