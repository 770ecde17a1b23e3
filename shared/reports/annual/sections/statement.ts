import type { ReportMessages } from '../../../i18n/fr/report';
import { CHARGE_GROUPS, INCOME_GROUPS, type IncomeStatement } from '../../../ledger/statement';
import type { Cents } from '../../../values/money';
import type { ReportBlock, ReportCell } from '../../doc';
import { amount, table, txt } from '../blocks';
import type { AnnualFigures, Bar } from '../figures';

type Row = (label: string, value: (s: IncomeStatement) => Cents, bold?: boolean) => void;

/** Produits by origin and charges by nature, the rows that are zero both years left out. */
function groupRows(st: IncomeStatement, prev: IncomeStatement | null, m: ReportMessages, line: Row, section: (label: string) => void) {
  section(m.operatingIncomeSection);
  for (const { key } of INCOME_GROUPS)
    if (st.income[key] !== 0 || (prev && prev.income[key] !== 0)) line(`   ${m.incomeGroups[key]}`, (s) => s.income[key]);
  line(m.operatingIncome, (s) => s.operatingIncome, true);
  section(m.operatingChargesSection);
  for (const { key } of CHARGE_GROUPS)
    if (st.charges[key] !== 0 || (prev && prev.charges[key] !== 0)) line(`   ${m.chargeGroups[key]}`, (s) => s.charges[key]);
  line(m.operatingCharges, (s) => s.operatingCharges, true);
}

/** The compte de résultat, with the previous year beside it when that year has booked lines. */
function statementTable(st: IncomeStatement, prev: IncomeStatement | null, m: ReportMessages): ReportBlock {
  const rows: ReportCell[][] = [];
  const line: Row = (label, value, bold = false) =>
    rows.push([txt(label, bold), amount(value(st), bold), ...(prev ? [amount(value(prev), bold)] : [])]);
  const section = (label: string) => rows.push([txt(label, true), null, ...(prev ? [null] : [])]);
  groupRows(st, prev, m, line, section);
  line(m.operatingResult, (s) => s.operatingResult, true);
  line(m.financialIncome, (s) => s.financialIncome);
  line(m.financialCharges, (s) => s.financialCharges);
  line(m.financialResult, (s) => s.financialResult, true);
  line(m.exceptionalIncome, (s) => s.exceptionalIncome);
  line(m.exceptionalCharges, (s) => s.exceptionalCharges);
  line(m.exceptionalResult, (s) => s.exceptionalResult, true);
  if (st.tax !== 0 || (prev && prev.tax !== 0)) line(m.tax, (s) => s.tax);
  line(m.totalIncome, (s) => s.totalIncome, true);
  line(m.totalCharges, (s) => s.totalCharges, true);
  line(m.netResult, (s) => s.netResult, true);
  section(m.cvnSection);
  line(m.cvnUses, (s) => s.cvnUses);
  line(m.cvnSources, (s) => s.cvnSources);
  return table([m.item, String(st.year), ...(prev ? [String(prev.year)] : [])], rows);
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

/** The financial report opens on the compte de résultat, the lines left out, and two charts. */
export function statementSection(f: AnnualFigures, m: ReportMessages): ReportBlock[] {
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: m.financial },
    { kind: 'heading', level: 2, text: m.statement },
    statementTable(f.statement, f.previous, m),
    ...excludedNote(f, m),
    { kind: 'paragraph', style: 'note', text: m.volunteerNote(f.statement.volunteerHours) },
    ...charts(f, m),
  ];
}
