/**
 * The commentary of the annual report: a few sentences per section written from the same figures
 * as its tables (docs/domain.md, "Annual report"). Every number is formatted by cellText, as the
 * tables show it, and is one the tables hold: nothing is added up here (tests/unit/report-board.test.ts).
 */
import type { Lang } from '../../i18n/lang';
import { catalogue } from '../../i18n/catalogue';
import type { Change } from '../../i18n/fr/commentary';
import { CHARGE_GROUPS, INCOME_GROUPS, type IncomeStatement } from '../../ledger/statement';
import type { Cents } from '../../values/money';
import { cellText } from '../cell-text';
import type { AnnualFigures } from './figures';

export interface Commentary {
  readonly keyFigures: readonly string[];
  readonly activity: readonly string[];
  readonly statement: readonly string[];
  readonly balanceSheet: readonly string[];
  readonly budget: readonly string[];
  readonly subsidies: readonly string[];
}

type Fmt = {
  eur: (c: Cents) => string;
  pct: (p: number) => string;
  num: (n: number) => string;
};

const formatter = (lang: Lang): Fmt => ({
  eur: (c) => cellText({ amount: c }, lang),
  pct: (p) => cellText({ percent: p }, lang),
  num: (n) => cellText({ number: n }, lang),
});

/** The groups (income or charges) whose amount moved most since the previous year, at most two. */
function moved(
  groups: readonly { key: string }[],
  now: Readonly<Record<string, Cents>>,
  before: Readonly<Record<string, Cents>>,
  names: Readonly<Record<string, string>>,
  fmt: Fmt,
): Change[] {
  return groups
    .map((g) => ({ key: g.key, delta: now[g.key] - before[g.key] }))
    .filter((g) => g.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 2)
    .map((g) => ({ label: names[g.key], from: fmt.eur(before[g.key]), to: fmt.eur(now[g.key]) }));
}

function resultSentences(f: AnnualFigures, lang: Lang, fmt: Fmt): string[] {
  const c = catalogue(lang).commentary;
  const st = f.statement;
  const out = [c.result(f.label, st.netResult < 0, fmt.eur(Math.abs(st.netResult)), fmt.eur(st.totalIncome), fmt.eur(st.totalCharges))];
  const p = f.previous;
  if (p)
    out.push(
      c.resultBefore(
        String(p.year),
        p.netResult < 0,
        fmt.eur(Math.abs(p.netResult)),
        { label: '', from: fmt.eur(p.totalIncome), to: fmt.eur(st.totalIncome) },
        { label: '', from: fmt.eur(p.totalCharges), to: fmt.eur(st.totalCharges) },
      ),
    );
  return out;
}

function statementSentences(st: IncomeStatement, prev: IncomeStatement | null, lang: Lang, fmt: Fmt): string[] {
  const c = catalogue(lang).commentary;
  const m = catalogue(lang).report;
  if (!prev) {
    const largest = CHARGE_GROUPS.map((g) => ({ label: m.chargeGroups[g.key], cents: st.charges[g.key] }))
      .filter((x) => x.cents > 0)
      .sort((a, b) => b.cents - a.cents)
      .slice(0, 2);
    return largest.length ? [c.largestCharges(largest.map((x) => ({ label: x.label, amount: fmt.eur(x.cents) })))] : [];
  }
  const out: string[] = [];
  const charges = moved(CHARGE_GROUPS, st.charges, prev.charges, m.chargeGroups, fmt);
  if (charges.length) out.push(c.chargesMoved(String(prev.year), charges));
  const income = moved(INCOME_GROUPS, st.income, prev.income, m.incomeGroups, fmt);
  if (income.length) out.push(c.incomeMoved(income));
  return out;
}

function activitySentences(f: AnnualFigures, lang: Lang, fmt: Fmt): string[] {
  const c = catalogue(lang).commentary;
  const out = [
    c.agreements(
      fmt.num(f.conventions.length),
      f.activity.newPartners.map((p) => p.name),
    ),
  ];
  if (f.statement.volunteerHours > 0) out.push(c.volunteering(fmt.num(f.statement.volunteerHours), fmt.eur(f.statement.cvnSources)));
  return out;
}

function budgetSentences(f: AnnualFigures, lang: Lang, fmt: Fmt): string[] {
  const c = catalogue(lang).commentary;
  const t = f.budgetTotal;
  if (t.plannedCharge === 0) return [];
  const gap = (b: typeof t) => (b.gapPercent === null ? null : `${fmt.eur(b.gap)}, ${fmt.pct(b.gapPercent)}`);
  const out = [c.budgetTotal(fmt.eur(t.actualCharge), fmt.eur(t.plannedCharge), gap(t), t.gap <= 0)];
  const largest = f.budget.filter((b) => !b.offBudget && b.gap !== 0).sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))[0];
  if (largest) out.push(c.budgetLargest(largest.project, fmt.eur(largest.actualCharge), fmt.eur(largest.plannedCharge), gap(largest)));
  return out;
}

function subsidySentences(f: AnnualFigures, lang: Lang, fmt: Fmt): string[] {
  const c = catalogue(lang).commentary;
  if (f.subsidies.length === 0) return [];
  const dedicated = f.subsidies.filter((s) => s.dedicated > 0);
  // The totals are the table's own last row (figures.ts), or the one row when only one subsidy is listed.
  const out = [
    dedicated.length === 0
      ? c.noDedicated
      : c.dedicated(
          fmt.eur(f.subsidiesTotal.dedicated),
          dedicated.map((s) => `${s.convention}, ${s.funder}`),
        ),
  ];
  // Probably owed back: the year-end's findings (shared/ledger/year-end.ts), per convention and in total.
  const owed = f.subsidies.filter((s) => s.owedBack > 0);
  if (owed.length > 0)
    out.push(
      c.owedBack(
        fmt.eur(f.subsidiesTotal.owedBack),
        owed.map((s) => ({ label: `${s.convention}, ${s.funder}`, amount: fmt.eur(s.owedBack) })),
      ),
    );
  return out;
}

/** The sentences of each section, in the report's language. */
export function annualCommentary(f: AnnualFigures, lang: Lang): Commentary {
  const fmt = formatter(lang);
  const b = f.balanceSheet;
  const c = catalogue(lang).commentary;
  return {
    keyFigures: resultSentences(f, lang, fmt),
    activity: activitySentences(f, lang, fmt),
    statement: statementSentences(f.statement, f.previous, lang, fmt),
    balanceSheet: b ? [c.cash(catalogue(lang).report.date(b.closing), fmt.eur(b.assets.bank), fmt.eur(b.assets.cash))] : [],
    budget: budgetSentences(f, lang, fmt),
    subsidies: subsidySentences(f, lang, fmt),
  };
}
