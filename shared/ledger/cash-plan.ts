/**
 * The twelve-month cash plan (plan de trésorerie, docs/domain.md, "Twelve-month cash plan"): bank
 * and cash (512 + 530) at the first day of a month — the year's opening balances and the booked
 * lines before it — then, month by month, what the Journal already holds for the month, the
 * Échéances instalments not yet done (conventions en recette: money in; en dépense: money out), and
 * the budget of the year spread evenly over its months, less what the books and the Échéances
 * already cover, so that nothing is counted twice. A pure value: the report, the sidebar and
 * `citego cashplan` only lay it out.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import { isChargeAccount, isCvnAccount, isIncomeAccount, isTreasuryAccount } from './accounts';
import { bookYear } from './booking';
import { budgetLines } from './budget';
import { fiscalYearOf } from './fiscal-years';
import { openingBalances } from './opening';
import { yearEndProposals } from './year-end';

/** A month, `YYYY-MM`. */
export type Month = string;

export const PLAN_MONTHS = 12;

/** Money in and out, both positive. */
export interface Flow {
  readonly in: Cents;
  readonly out: Cents;
}

export interface CashPlanMonth {
  readonly month: Month;
  readonly opening: Cents;
  /** The Journal's bank and cash movements dated in the month. */
  readonly booked: Flow;
  /** Échéances « versement » not marked done, in the month (those overdue at the start in the first month). */
  readonly scheduled: Flow;
  /** The month's share of the budget of its fiscal year that neither the books nor the Échéances cover. */
  readonly budget: Flow;
  readonly closing: Cents;
  /** The closing is below Paramètres › Trésorerie minimale. */
  readonly belowMinimum: boolean;
}

export interface CashPlan {
  readonly from: Month;
  /** The first day of the plan: cash is taken at the start of this day. */
  readonly start: IsoDate;
  readonly openingCash: Cents;
  readonly minimum: Cents;
  readonly months: readonly CashPlanMonth[];
  /** Échéances instalments dated before the start and not done, counted in the first month. */
  readonly overdue: Flow;
  /**
   * Versements incertains: Échéances instalments not counted as cash to come because their
   * convention is not signed or ended before the month they fall in (docs/domain.md, "Twelve-month cash plan").
   */
  readonly uncertain: readonly UncertainInstalment[];
  /** Ended conventions whose money received exceeds their justified spending (year-end rules): likely to be paid back, not counted. */
  readonly probableRepayments: readonly { readonly convention: string; readonly amount: Cents }[];
  /** The opening cash is below Paramètres › Trésorerie minimale. */
  readonly openingBelowMinimum: boolean;
  /** Fiscal years of the plan with no Budget line: their months have no budget profile. */
  readonly yearsWithoutBudget: readonly number[];
  /** The lowest cash of the plan: the opening (`atStart`, month = the first month) or a month's closing. */
  readonly lowest: { readonly month: Month; readonly closing: Cents; readonly atStart: boolean };
}

export type UncertainReason = 'unsigned' | 'ended';

export interface UncertainInstalment {
  readonly convention: string;
  readonly date: IsoDate;
  readonly side: 'in' | 'out';
  readonly amount: Cents;
  readonly reasons: readonly UncertainReason[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` → the month `n` months later. */
export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number);
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
}

/** A `YYYY-MM` month, or null. */
export function parseMonth(text: string): Month | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1900 || Number(m[1]) > 2200) return null;
  return `${m[1]}-${m[2]}`;
}

const monthOf = (date: IsoDate): Month => date.slice(0, 7);

type Book = ParsedWorkbook;
type Side = 'in' | 'out';
/** Sums by `project|year|side`, the granularity at which the budget's remainder is computed. */
type Buckets = Map<string, Cents>;
const key = (project: string, year: number, side: Side) => `${project}|${year}|${side}`;
const addTo = (b: Buckets, k: string, v: Cents) => b.set(k, (b.get(k) ?? 0) + v);

/** Bank and cash at the start of `start`: the year's opening balances and its booked lines dated before. */
function cashAt(book: Book, start: IsoDate): Cents {
  const year = fiscalYearOf(start, book.settings.fiscalYearStart);
  let cash = 0;
  for (const l of openingBalances(book, year).lines) if (isTreasuryAccount(l.account)) cash += l.debit - l.credit;
  for (const l of bookYear(book, year).lines) if (l.treasury && l.date < start) cash += l.debit - l.credit;
  return cash;
}

type Convention = Book['conventions']['records'][number];

/**
 * Why an instalment of money in is not counted as cash to come: its convention is not signed
 * (no Signée le), or had ended before the plan's first month `from`. A solde due after the end of
 * a convention still running when the plan starts is the usual final payment, and is counted.
 * Money out is always counted (prudence: what the association may owe stays in the plan).
 */
function uncertainReasons(c: Convention, side: Side, from: Month): UncertainReason[] {
  const reasons: UncertainReason[] = [];
  if (side === 'out') return reasons;
  if (c.signedOn === null) reasons.push('unsigned');
  if (c.end !== null && c.end < `${from}-01`) reasons.push('ended');
  return reasons;
}

/**
 * The Échéances instalments still expected: not done, placed in their month or (overdue) the first
 * month of the plan; those with uncertain reasons are kept apart by the caller.
 */
function expectedInstalments(book: Book, months: readonly Month[]) {
  const conventions = new Map(book.conventions.records.map((c) => [c.id, c]));
  const out: {
    month: Month;
    date: IsoDate;
    convention: string;
    side: Side;
    amount: Cents;
    project: string;
    overdue: boolean;
    reasons: UncertainReason[];
  }[] = [];
  for (const s of book.schedule.records) {
    const instalment = s.type === 'versement' || (s.type === null && (s.amount ?? 0) > 0);
    if (!instalment || s.done === true || !s.date || !s.amount || s.amount <= 0 || !s.convention) continue;
    const c = conventions.get(s.convention);
    if (!c) continue;
    const overdue = monthOf(s.date) < months[0];
    const month = overdue ? months[0] : monthOf(s.date);
    if (month > months[months.length - 1]) continue;
    const side: Side = c.direction === 'dépense' ? 'out' : 'in';
    const reasons = uncertainReasons(c, side, months[0]);
    out.push({ month, date: s.date, convention: s.convention, side, amount: s.amount, project: c.project ?? '', overdue, reasons });
  }
  return out;
}

/** The budget of each project and year, money in (class 7) and out (class 6); 86/87 move no money. */
function budgetBuckets(book: Book, years: ReadonlySet<number>): Buckets {
  const b: Buckets = new Map();
  for (const l of budgetLines(book)) {
    if (!years.has(l.year) || isCvnAccount(l.account)) continue;
    const charge = l.charge ?? 0;
    const income = l.income ?? 0;
    if (isIncomeAccount(l.account)) addTo(b, key(l.project ?? '', l.year, 'in'), income - charge);
    else if (isChargeAccount(l.account)) addTo(b, key(l.project ?? '', l.year, 'out'), charge - income);
  }
  return b;
}

/** What the books already hold for each project and year (the whole year's booked produits and charges). */
function bookedBuckets(book: Book, years: ReadonlySet<number>): Buckets {
  const b: Buckets = new Map();
  for (const year of years)
    for (const l of bookYear(book, year).lines) {
      if (isIncomeAccount(l.account)) addTo(b, key(l.project, year, 'in'), l.credit - l.debit);
      else if (isChargeAccount(l.account)) addTo(b, key(l.project, year, 'out'), l.debit - l.credit);
    }
  return b;
}

/** `total` in `n` equal shares of whole cents, the remainder on the last, so that they add up exactly. */
function spread(total: Cents, n: number): Cents[] {
  const share = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - share * (n - 1) : share));
}

/**
 * The budget profile: for each project, year and side, budget − booked − scheduled when positive
 * (docs/domain.md, "Twelve-month cash plan"), spread evenly over the plan's months of that year.
 */
function budgetProfile(book: Book, months: readonly Month[], yearOf: (m: Month) => number, scheduled: Buckets) {
  const years = new Set(months.map(yearOf));
  const budgets = budgetBuckets(book, years);
  const booked = bookedBuckets(book, years);
  const profile = new Map<Month, { in: Cents; out: Cents }>(months.map((m) => [m, { in: 0, out: 0 }]));
  for (const [k, planned] of budgets) {
    const [, y, side] = k.split('|');
    const remaining = planned - (booked.get(k) ?? 0) - (scheduled.get(k) ?? 0);
    if (remaining <= 0) continue;
    const ofYear = months.filter((m) => yearOf(m) === Number(y));
    spread(remaining, ofYear.length).forEach((v, i) => (profile.get(ofYear[i])![side as Side] += v));
  }
  const budgeted = new Set(budgetLines(book).map((l) => l.year));
  return { profile, yearsWithoutBudget: [...years].filter((y) => !budgeted.has(y)).sort() };
}

/** The Journal's bank and cash movements of each month of the plan. */
function bookedByMonth(book: Book, months: readonly Month[], yearOf: (m: Month) => number): Map<Month, { in: Cents; out: Cents }> {
  const out = new Map<Month, { in: Cents; out: Cents }>(months.map((m) => [m, { in: 0, out: 0 }]));
  for (const year of new Set(months.map(yearOf)))
    for (const l of bookYear(book, year).lines) {
      const flow = l.treasury ? out.get(monthOf(l.date)) : undefined;
      if (!flow) continue;
      flow.in += l.debit;
      flow.out += l.credit;
    }
  return out;
}

/** Money in and out of a list of instalments. */
function flowOf(list: readonly { side: Side; amount: Cents }[]): Flow {
  const sum = (side: Side) => list.filter((i) => i.side === side).reduce((s, i) => s + i.amount, 0);
  return { in: sum('in'), out: sum('out') };
}

/**
 * The money the year-end rules (year-end.ts: an ended convention earns at most its justified
 * spending) find received beyond what was spent, on conventions ended before the plan starts,
 * at the closing of the fiscal year before the plan's: likely to be paid back, when is not known.
 */
function probableRepayments(book: Book, year: number, start: IsoDate) {
  return yearEndProposals(book, year - 1)
    .findings.filter((f) => f.owedBack > 0 && f.figures.end < start)
    .map((f) => ({ convention: f.convention, amount: f.owedBack }));
}

/** The twelve-month cash plan from the first day of `from` (`YYYY-MM`). */
export function cashPlan(book: Book, from: Month): CashPlan {
  const months = Array.from({ length: PLAN_MONTHS }, (_, i) => addMonths(from, i));
  const fy = book.settings.fiscalYearStart;
  const yearOf = (m: Month) => fiscalYearOf(`${m}-01` as IsoDate, fy);
  const start = `${from}-01` as IsoDate;
  const all = expectedInstalments(book, months);
  const instalments = all.filter((i) => i.reasons.length === 0);
  // An uncertain instalment still covers its budget line: taken off the budget, so that it does not come back through it.
  const scheduledBuckets: Buckets = new Map();
  for (const i of all) addTo(scheduledBuckets, key(i.project, yearOf(i.month), i.side), i.amount);
  const { profile, yearsWithoutBudget } = budgetProfile(book, months, yearOf, scheduledBuckets);
  const booked = bookedByMonth(book, months, yearOf);
  const minimum = book.settings.minimumCash;
  const openingCash = cashAt(book, start);
  let cash = openingCash;
  const rows = months.map((month): CashPlanMonth => {
    const scheduled = flowOf(instalments.filter((i) => i.month === month));
    const b = booked.get(month)!;
    const p = profile.get(month)!;
    const opening = cash;
    cash = opening + b.in - b.out + scheduled.in - scheduled.out + p.in - p.out;
    return { month, opening, booked: b, scheduled, budget: p, closing: cash, belowMinimum: cash < minimum };
  });
  const lowMonth = rows.reduce((low, r) => (r.closing < low.closing ? r : low), rows[0]);
  const lowest =
    openingCash <= lowMonth.closing
      ? { month: from, closing: openingCash, atStart: true }
      : { month: lowMonth.month, closing: lowMonth.closing, atStart: false };
  return {
    from,
    start,
    openingCash,
    minimum,
    months: rows,
    overdue: flowOf(instalments.filter((i) => i.overdue)),
    uncertain: all
      .filter((i) => i.reasons.length > 0)
      .map((i) => ({ convention: i.convention, date: i.date, side: i.side, amount: i.amount, reasons: i.reasons })),
    probableRepayments: probableRepayments(book, yearOf(from), start),
    openingBelowMinimum: openingCash < minimum,
    yearsWithoutBudget,
    lowest,
  };
}

/** Money in and out of a month, all sources together. */
export function monthFlow(m: CashPlanMonth): Flow {
  return { in: m.booked.in + m.scheduled.in + m.budget.in, out: m.booked.out + m.scheduled.out + m.budget.out };
}
