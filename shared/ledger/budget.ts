import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { isChargeAccount, isCvnSource, isCvnUse, isIncomeAccount, isSubAccount } from './accounts';
import { bookYear, type BookedLine, type BookedYear } from './booking';
import type { Cents } from '../values/money';
import type { RecordOf } from '../sheets/schema/columns';
import type { budget as budgetTable } from '../sheets/schema/tables';
import { volunteerValuation } from './volunteering';
import { yearEndOf, type YearEndLines } from './opening';

/** A Budget row whose year and account could be read (the others are reported as cell.invalid). */
export type BudgetLine = RecordOf<typeof budgetTable> & { readonly year: number; readonly account: string };

export function budgetLines(book: ParsedWorkbook): BudgetLine[] {
  return book.budget.records.filter((l): l is BudgetLine => l.year !== null && l.account !== null);
}

/** One project's budget for one year (the CERFA 12156 grid): its lines and totals. */
export interface ProjectBudget {
  readonly year: number;
  readonly project: string;
  readonly lines: BudgetLine[];
  readonly charges: Cents;
  readonly produits: Cents;
  /** 86x (emplois des contributions volontaires) and 87x (contributions), included in the totals above. */
  readonly cvnUses: Cents;
  readonly cvnSources: Cents;
  /** Produits with a named funder, and those without (own funds). */
  readonly funded: Cents;
  readonly ownFunds: Cents;
}

export function projectBudgets(book: ParsedWorkbook): ProjectBudget[] {
  const groups = new Map<string, BudgetLine[]>();
  for (const line of budgetLines(book)) {
    const key = `${line.year}|${line.project ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()].map((lines) => {
    let charges = 0,
      produits = 0,
      cvnUses = 0,
      cvnSources = 0,
      funded = 0;
    for (const l of lines) {
      charges += l.charge ?? 0;
      produits += l.income ?? 0;
      if (isCvnUse(l.account)) cvnUses += (l.charge ?? 0) - (l.income ?? 0);
      if (isCvnSource(l.account)) cvnSources += (l.income ?? 0) - (l.charge ?? 0);
      if (l.funder && l.income) funded += l.income;
    }
    return {
      year: lines[0].year,
      project: lines[0].project ?? '',
      lines,
      charges,
      produits,
      cvnUses,
      cvnSources,
      funded,
      ownFunds: produits - funded,
    };
  });
}

/** One budget line against what the booked Journal shows for it (CERFA 15059: prévu / réalisé, écarts). */
export interface BudgetVsActual {
  /** The Budget row it reports on (for findings that point at it). */
  readonly line: BudgetLine;
  readonly project: string;
  readonly account: string;
  readonly label: string;
  readonly plannedCharge: Cents;
  readonly actualCharge: Cents;
  readonly plannedIncome: Cents;
  readonly actualIncome: Cents;
}

/**
 * « Hors budget »: a project's booked charges (class 6) and produits (class 7) that no budget
 * line of the year covers, so that budget vs actual ties to the compte de résultat.
 */
export interface OffBudget {
  readonly project: string;
  readonly actualCharge: Cents;
  readonly actualIncome: Cents;
  /** The Journal rows behind it (accepted year-end lines have none there). */
  readonly rows: readonly number[];
}

interface Allocation {
  readonly lines: readonly BudgetVsActual[];
  readonly offBudget: readonly OffBudget[];
}

type Sums = { charge: Cents; income: Cents };
type OffSums = Sums & { rows: number[] };

/** The budget line of the same project whose account is the most precise parent of the booked line's. */
function coveringLine(byProject: ReadonlyMap<string, readonly BudgetLine[]>, line: BookedLine): BudgetLine | null {
  let best: BudgetLine | null = null;
  for (const l of byProject.get(line.project) ?? [])
    if (isSubAccount(line.account, l.account) && (!best || l.account.length > best.account.length)) best = l;
  return best;
}

/** Produits (7) and contributions (87) are read as income, everything else as charge; refunds reduce either. */
function addTo(sums: Sums, line: BookedLine): void {
  if (isIncomeAccount(line.account) || isCvnSource(line.account)) sums.income += line.credit - line.debit;
  else sums.charge += line.debit - line.credit;
}

/**
 * Contributions volontaires en nature are never booked (docs/domain.md, "The books"): the 864
 * (emplois) and 875 (contributions) budget lines of a project get the volunteer valuation of its
 * hours — the same figures as the volunteer table — on their most precise line.
 */
function addVolunteering(
  book: ParsedWorkbook,
  year: number,
  byProject: ReadonlyMap<string, readonly BudgetLine[]>,
  sums: Map<BudgetLine, Sums>,
): void {
  for (const p of volunteerValuation(book, year).projects) {
    const at = (account: string) => coveringLine(byProject, { project: p.project, account } as BookedLine);
    const use = at('864');
    const source = at('875');
    if (use && isCvnUse(use.account)) (sums.get(use) as Sums).charge += p.value;
    if (source && isCvnSource(source.account)) (sums.get(source) as Sums).income += p.value;
  }
}

function allocate(book: ParsedWorkbook, year: number, yearEnd: YearEndLines | undefined): Allocation {
  const lines = budgetLines(book).filter((l) => l.year === year);
  const byProject = new Map<string, BudgetLine[]>();
  for (const l of lines) byProject.set(l.project ?? '', [...(byProject.get(l.project ?? '') ?? []), l]);
  const sums = new Map<BudgetLine, Sums>(lines.map((l) => [l, { charge: 0, income: 0 }]));
  const off = new Map<string, OffSums>();
  const add = (line: BookedLine, fromJournal: boolean) => {
    if (line.treasury) return;
    const covering = coveringLine(byProject, line);
    if (covering) addTo(sums.get(covering) as Sums, line);
    else if (isChargeAccount(line.account) || isIncomeAccount(line.account)) {
      const o = off.get(line.project) ?? { charge: 0, income: 0, rows: [] };
      addTo(o, line);
      if (fromJournal) o.rows.push(line.row);
      off.set(line.project, o);
    }
  };
  for (const line of bookYear(book, year).lines) add(line, true);
  for (const line of yearEndOf(book, year, yearEnd)) add(line, false);
  addVolunteering(book, year, byProject, sums);
  return {
    lines: lines.map((l) => {
      const v = sums.get(l) as Sums;
      const [plannedCharge, plannedIncome] = [l.charge ?? 0, l.income ?? 0];
      return {
        line: l,
        project: l.project ?? '',
        account: l.account,
        label: l.label ?? '',
        plannedCharge,
        actualCharge: v.charge,
        plannedIncome,
        actualIncome: v.income,
      };
    }),
    offBudget: [...off.entries()].map(([project, o]) => ({ project, actualCharge: o.charge, actualIncome: o.income, rows: o.rows })),
  };
}

/** Memoised per booked year, then per set of year-end lines (none: the cash book alone). */
const ALLOCATIONS = new WeakMap<BookedYear, Map<YearEndLines | undefined, Allocation>>();

function allocation(book: ParsedWorkbook, year: number, yearEnd: YearEndLines | undefined): Allocation {
  const booked = bookYear(book, year);
  const memo = ALLOCATIONS.get(booked) ?? new Map<YearEndLines | undefined, Allocation>();
  ALLOCATIONS.set(booked, memo);
  let a = memo.get(yearEnd);
  if (!a) {
    a = allocate(book, year, yearEnd);
    memo.set(yearEnd, a);
  }
  return a;
}

/**
 * Budget vs réalisé of a fiscal year, from the year's booked lines: each goes to the budget line
 * of the same project on its account or a parent account, the most precise one (budgets on 622
 * and on 6226: 62261 goes to 6226). Refunds reduce the charge. With `yearEnd` (the accepted
 * year-end entries, the statement's basis « après écritures d'inventaire »), the year's lines of
 * it are actuals too, on their convention's project (docs/domain.md, "Year end").
 */
export function budgetVsActual(book: ParsedWorkbook, year: number, yearEnd?: YearEndLines): BudgetVsActual[] {
  return [...allocation(book, year, yearEnd).lines];
}

/** The « hors budget » rows of the year, one per project (see OffBudget), in order of first appearance. */
export function offBudget(book: ParsedWorkbook, year: number, yearEnd?: YearEndLines): OffBudget[] {
  return [...allocation(book, year, yearEnd).offBudget];
}

/**
 * Every booked charge of the year (class 6, refunds deducted) by project code, '' for a line
 * without project; with `yearEnd`, the year's accepted year-end charges too (6894…).
 */
export function chargesByProject(book: ParsedWorkbook, year: number, yearEnd?: YearEndLines): Map<string, Cents> {
  const out = new Map<string, Cents>();
  for (const line of [...bookYear(book, year).lines, ...yearEndOf(book, year, yearEnd)])
    if (!line.treasury && isChargeAccount(line.account)) out.set(line.project, (out.get(line.project) ?? 0) + line.debit - line.credit);
  return out;
}
