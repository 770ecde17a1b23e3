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
  /** Fiscal years of the plan with no Budget line: their months have no budget profile. */
  readonly yearsWithoutBudget: readonly number[];
  /** The month of the lowest closing. */
  readonly lowest: { readonly month: Month; readonly closing: Cents };
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

/** The Échéances instalments still expected: not done, placed in their month or (overdue) the first month of the plan. */
function expectedInstalments(book: Book, months: readonly Month[]) {
  const conventions = new Map(book.conventions.records.map((c) => [c.id, c]));
  const out: { month: Month; side: Side; amount: Cents; project: string; overdue: boolean }[] = [];
  for (const s of book.schedule.records) {
    const instalment = s.type === 'versement' || (s.type === null && (s.amount ?? 0) > 0);
    if (!instalment || s.done === true || !s.date || !s.amount || s.amount <= 0 || !s.convention) continue;
    const c = conventions.get(s.convention);
    if (!c) continue;
    const overdue = monthOf(s.date) < months[0];
    const month = overdue ? months[0] : monthOf(s.date);
    if (month > months[months.length - 1]) continue;
    out.push({ month, side: c.direction === 'dépense' ? 'out' : 'in', amount: s.amount, project: c.project ?? '', overdue });
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

/** The twelve-month cash plan from the first day of `from` (`YYYY-MM`). */
export function cashPlan(book: Book, from: Month): CashPlan {
  const months = Array.from({ length: PLAN_MONTHS }, (_, i) => addMonths(from, i));
  const fy = book.settings.fiscalYearStart;
  const yearOf = (m: Month) => fiscalYearOf(`${m}-01` as IsoDate, fy);
  const start = `${from}-01` as IsoDate;
  const instalments = expectedInstalments(book, months);
  const scheduledBuckets: Buckets = new Map();
  for (const i of instalments) addTo(scheduledBuckets, key(i.project, yearOf(i.month), i.side), i.amount);
  const { profile, yearsWithoutBudget } = budgetProfile(book, months, yearOf, scheduledBuckets);
  const booked = bookedByMonth(book, months, yearOf);
  const minimum = book.settings.minimumCash;
  const openingCash = cashAt(book, start);
  let cash = openingCash;
  const rows = months.map((month): CashPlanMonth => {
    const ofMonth = instalments.filter((i) => i.month === month);
    const scheduled = {
      in: ofMonth.filter((i) => i.side === 'in').reduce((s, i) => s + i.amount, 0),
      out: ofMonth.filter((i) => i.side === 'out').reduce((s, i) => s + i.amount, 0),
    };
    const b = booked.get(month)!;
    const p = profile.get(month)!;
    const opening = cash;
    cash = opening + b.in - b.out + scheduled.in - scheduled.out + p.in - p.out;
    return { month, opening, booked: b, scheduled, budget: p, closing: cash, belowMinimum: cash < minimum };
  });
  const lowest = rows.reduce((low, r) => (r.closing < low.closing ? r : low), rows[0]);
  const overdue = instalments.filter((i) => i.overdue);
  return {
    from,
    start,
    openingCash,
    minimum,
    months: rows,
    overdue: {
      in: overdue.filter((i) => i.side === 'in').reduce((s, i) => s + i.amount, 0),
      out: overdue.filter((i) => i.side === 'out').reduce((s, i) => s + i.amount, 0),
    },
    yearsWithoutBudget,
    lowest: { month: lowest.month, closing: lowest.closing },
  };
}

/** Money in and out of a month, all sources together. */
export function monthFlow(m: CashPlanMonth): Flow {
  return { in: m.booked.in + m.scheduled.in + m.budget.in, out: m.booked.out + m.scheduled.out + m.budget.out };
}
