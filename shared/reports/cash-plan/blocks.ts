/**
 * The twelve-month cash plan (shared/ledger/cash-plan.ts) said as ReportDoc blocks: the opening
 * cash, one row a month (start, in, out, end, the alert below Paramètres › Trésorerie minimale),
 * the line of month ends, and what the reader needs to trust it. The annual report's section,
 * `citego cashplan` and the sidebar all lay out these same blocks or their figures.
 */
import { catalogue } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';
import { monthFlow, type CashPlan } from '../../ledger/cash-plan';
import type { ReportBlock, ReportLineChart, ReportTable } from '../doc';

export function cashPlanTable(plan: CashPlan, lang: Lang): ReportTable {
  const t = catalogue(lang).cashplan;
  const c = t.columns;
  const right = (header: string) => ({ header, align: 'right' as const });
  return {
    kind: 'table',
    columns: [
      { header: c.month, align: 'left' },
      right(c.opening),
      right(c.in),
      right(c.out),
      right(c.closing),
      { header: c.flag, align: 'left' },
    ],
    rows: plan.months.map((m) => {
      const f = monthFlow(m);
      return [
        { text: t.month(m.month) },
        { amount: m.opening },
        { amount: f.in },
        { amount: f.out },
        { amount: m.closing, bold: m.belowMinimum },
        { text: m.belowMinimum ? t.below : '' },
      ];
    }),
  };
}

export function cashPlanChart(plan: CashPlan, lang: Lang): ReportLineChart {
  const t = catalogue(lang).cashplan;
  return {
    kind: 'lineChart',
    title: t.chart,
    points: plan.months.map((m) => ({ label: t.shortMonth(m.month), amount: m.closing, flagged: m.belowMinimum })),
    threshold: plan.minimum > 0 ? plan.minimum : null,
    lang,
  };
}

/**
 * The sentences under the table: threshold, the opening and the months below it, lowest point,
 * overdue instalments, versements incertains and probable repayments (not counted), years without budget.
 */
export function cashPlanNotes(plan: CashPlan, lang: Lang): string[] {
  const t = catalogue(lang).cashplan;
  const below = plan.months.filter((m) => m.belowMinimum).map((m) => t.month(m.month));
  return [
    plan.minimum > 0 ? t.minimum(plan.minimum) : t.noMinimum,
    ...(plan.openingBelowMinimum ? [t.openingBelow(plan.minimum)] : []),
    below.length > 0 ? t.belowMonths(below, plan.minimum) : t.noneBelow,
    plan.lowest.atStart ? t.lowestAtStart(plan.start, plan.lowest.closing) : t.lowest(t.month(plan.lowest.month), plan.lowest.closing),
    ...(plan.overdue.in + plan.overdue.out > 0 ? [t.overdue(plan.overdue.in, plan.overdue.out)] : []),
    ...plan.uncertain.map((u) =>
      t.uncertain(
        u.convention,
        u.date,
        u.amount,
        u.side,
        u.reasons.map((r) => t.why[r]),
      ),
    ),
    ...plan.probableRepayments.map((r) => t.repayment(r.convention, r.amount)),
    ...(plan.yearsWithoutBudget.length > 0 ? [t.noBudget(plan.yearsWithoutBudget)] : []),
  ];
}

/** The whole plan as blocks, under a heading of `level`. */
export function cashPlanBlocks(plan: CashPlan, lang: Lang, level: 1 | 2 | 3): ReportBlock[] {
  const t = catalogue(lang).cashplan;
  const last = plan.months[plan.months.length - 1].month;
  return [
    { kind: 'heading', level, text: t.heading },
    { kind: 'paragraph', text: `${t.title(t.month(plan.from), t.month(last))}. ${t.opening(plan.start, plan.openingCash)}` },
    cashPlanTable(plan, lang),
    cashPlanChart(plan, lang),
    { kind: 'bullets', items: cashPlanNotes(plan, lang) },
    { kind: 'paragraph', style: 'note', text: t.method },
  ];
}
