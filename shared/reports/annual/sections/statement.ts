import type { ReportMessages } from '../../../i18n/fr/report';
import type { BalanceRowKey, BalanceSheet } from '../../../ledger/balance-sheet';
import { CHARGE_GROUPS, INCOME_GROUPS, THIRD_PARTY_FUNDERS, type IncomeGroupKey, type IncomeStatement } from '../../../ledger/statement';
import type { Cents } from '../../../values/money';
import type { ReportBlock, ReportCell } from '../../doc';
import { amount, commentaryBlock, table, txt } from '../blocks';
import type { Commentary } from '../commentary';
import type { AnnualFigures, Bar } from '../figures';

type Row = (label: string, value: (s: IncomeStatement) => Cents, bold?: boolean) => void;

/**
 * Produits by origin (those of tiers financeurs under one heading with their subtotal) and charges
 * by nature, the rows that are zero both years left out (docs/domain.md, "Compte de résultat").
 */
function groupRows(st: IncomeStatement, prev: IncomeStatement | null, m: ReportMessages, line: Row, section: (label: string) => void) {
  const shown = (v: (s: IncomeStatement) => Cents) => v(st) !== 0 || (prev !== null && v(prev) !== 0);
  const funders: readonly IncomeGroupKey[] = THIRD_PARTY_FUNDERS;
  section(m.operatingIncomeSection);
  for (const { key } of INCOME_GROUPS) {
    if (key === THIRD_PARTY_FUNDERS[0] && shown((s) => s.thirdPartyFunders)) {
      line(`   ${m.thirdPartyFunders}`, (s) => s.thirdPartyFunders);
      for (const k of THIRD_PARTY_FUNDERS) if (shown((s) => s.income[k])) line(`      ${m.incomeGroups[k]}`, (s) => s.income[k]);
    }
    if (!funders.includes(key) && shown((s) => s.income[key])) line(`   ${m.incomeGroups[key]}`, (s) => s.income[key]);
  }
  line(m.operatingIncome, (s) => s.operatingIncome, true);
  section(m.operatingChargesSection);
  for (const { key } of CHARGE_GROUPS) if (shown((s) => s.charges[key])) line(`   ${m.chargeGroups[key]}`, (s) => s.charges[key]);
  line(m.operatingCharges, (s) => s.operatingCharges, true);
}

/**
 * The compte de résultat, with the previous year beside it when that year has booked lines; a row
 * zero both years is left out, and the year's result is « Excédent » or « Déficit » with a
 * positive amount (docs/domain.md, "Annual report").
 */
function statementTable(st: IncomeStatement, prev: IncomeStatement | null, m: ReportMessages): ReportBlock {
  const rows: ReportCell[][] = [];
  const shown = (v: (s: IncomeStatement) => Cents) => v(st) !== 0 || (prev !== null && v(prev) !== 0);
  const line: Row = (label, value, bold = false) =>
    rows.push([txt(label, bold), amount(value(st), bold), ...(prev ? [amount(value(prev), bold)] : [])]);
  const optional: Row = (label, value, bold) => {
    if (shown(value)) line(label, value, bold);
  };
  const section = (label: string) => rows.push([txt(label, true), null, ...(prev ? [null] : [])]);
  groupRows(st, prev, m, line, section);
  line(m.operatingResult, (s) => s.operatingResult, true);
  optional(m.financialIncome, (s) => s.financialIncome);
  optional(m.financialCharges, (s) => s.financialCharges);
  optional(m.financialResult, (s) => s.financialResult, true);
  line(m.currentResult, (s) => s.currentResult, true);
  optional(m.exceptionalIncome, (s) => s.exceptionalIncome);
  optional(m.exceptionalCharges, (s) => s.exceptionalCharges);
  optional(m.exceptionalResult, (s) => s.exceptionalResult, true);
  optional(m.tax, (s) => s.tax);
  line(m.totalIncome, (s) => s.totalIncome, true);
  line(m.totalCharges, (s) => s.totalCharges, true);
  rows.push([txt(m.netResult, true), txt(m.result(st.netResult), true), ...(prev ? [txt(m.result(prev.netResult), true)] : [])]);
  // Without volunteer time either year, the section says nothing: it is left out.
  if (shown((s) => s.cvnSources)) {
    section(m.cvnSection);
    line(m.cvnUses, (s) => s.cvnUses);
    line(m.cvnSources, (s) => s.cvnSources);
  }
  return table([m.item, String(st.year), ...(prev ? [String(prev.year)] : [])], rows);
}

/** The simple bilan at closing: actif, then passif, each with its total (equal to the cent). */
function balanceSheetBlocks(b: BalanceSheet | null, m: ReportMessages, c: Commentary): ReportBlock[] {
  if (!b) return [];
  const r = m.balanceRows;
  const row = (key: BalanceRowKey, value: Cents, bold = false): ReportCell[] => [
    txt(bold ? r[key] : `   ${r[key]}`, bold),
    amount(value, bold),
  ];
  const optional = (key: BalanceRowKey, value: Cents): ReportCell[][] => (value !== 0 ? [row(key, value)] : []);
  const a = b.assets;
  const l = b.liabilities;
  const rows: ReportCell[][] = [
    [txt(m.assets, true), null],
    ...optional('fixedAssets', a.fixedAssets),
    ...optional('stocks', a.stocks),
    ...optional('receivables', a.receivables),
    row('bank', a.bank),
    row('cash', a.cash),
    row('totalAssets', a.total, true),
    [txt(m.liabilities, true), null],
    row('funds', l.funds),
    ...optional('retained', l.retained),
    row('result', l.result),
    row('totalFunds', l.totalFunds, true),
    ...optional('dedicated', l.dedicated),
    ...optional('provisions', l.provisions),
    ...optional('debts', l.debts),
    row('totalLiabilities', l.total, true),
  ];
  return [
    { kind: 'heading', level: 2, text: m.balanceSheet(b.basis) },
    ...commentaryBlock(c.balanceSheet),
    table([m.item, m.balanceSheetAt(b.closing)], rows),
    { kind: 'paragraph', style: 'note', text: m.openingNote(b.opening, b.year) },
  ];
}

/** Which Journal lines no table counts, and why (docs/domain.md: a line left out is listed, never dropped). */
function excludedNote(f: AnnualFigures, m: ReportMessages): ReportBlock[] {
  if (f.excluded.length === 0) return [];
  return [
    {
      kind: 'paragraph',
      style: 'note',
      text: m.excludedNote(f.excluded.map((x) => ({ row: x.row, reason: m.exclusionReasons[x.reason] }))),
    },
  ];
}

/** Chart labels are whole: the renderers wrap them in their column, never cut them (docs/domain.md, "Annual report"). */
function charts(f: AnnualFigures, m: ReportMessages): ReportBlock[] {
  const label =
    <K extends string>(names: Readonly<Record<K, string>>, other: string) =>
    (b: Bar<K>) => ({
      label: b.group === 'financialExceptional' ? other : names[b.group],
      amount: b.amount,
    });
  return [
    { kind: 'chart', title: m.incomeChart, bars: f.incomeBars.map(label(m.incomeGroups, m.financialExceptionalIncome)) },
    { kind: 'chart', title: m.chargeChart, bars: f.chargeBars.map(label(m.chargeGroups, m.financialExceptionalCharges)) },
  ];
}

/** The financial report opens on the compte de résultat (its basis in its title), the lines left out, two charts, then the bilan. */
export function statementSection(f: AnnualFigures, m: ReportMessages, c: Commentary): ReportBlock[] {
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: m.financial },
    { kind: 'heading', level: 2, text: m.statementTitle(f.statement.basis) },
    ...commentaryBlock(c.statement),
    { kind: 'paragraph', style: 'note', text: m.basisNote(f.statement.basis) },
    statementTable(f.statement, f.previous, m),
    ...excludedNote(f, m),
    { kind: 'paragraph', style: 'note', text: m.volunteerNote(f.statement.volunteerHours, f.volunteerRate) },
    ...charts(f, m),
    ...balanceSheetBlocks(f.balanceSheet, m, c),
  ];
}
