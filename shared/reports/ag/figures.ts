/**
 * The figures of the AG pack (docs/domain.md, "The AG pack") as a pure value: the year's result and
 * the report à nouveau it is proposed to go to (from the same books as the compte de résultat and
 * the bilan), next year's budget prévisionnel by project and by nature (86/87 included, an imbalance
 * kept and said), and what Mémoire says of the last AG and of the year's decisions.
 */
import { isChargeAccount, isCvnSource, isCvnUse, isIncomeAccount } from '../../ledger/accounts';
import { balanceSheet } from '../../ledger/balance-sheet';
import type { Basis } from '../../ledger/books';
import { projectBudgets } from '../../ledger/budget';
import { fiscalYearBounds, fiscalYearLabel } from '../../ledger/fiscal-years';
import { incomeStatement } from '../../ledger/statement';
import { yearEndProposals, type YearEnd } from '../../ledger/year-end';
import { acceptedIds, accountsBasis } from '../../ledger/year-end-accepted';
import type { ParsedWorkbook } from '../../sheets/parsed-workbook';
import type { IsoDate } from '../../values/dates';
import type { Cents } from '../../values/money';

export interface BudgetTotals {
  readonly charges: Cents;
  readonly income: Cents;
  /** 86 and 87, included in charges and income above. */
  readonly cvnUses: Cents;
  readonly cvnSources: Cents;
  /** income − charges: 0 when balanced. */
  readonly gap: Cents;
}

export interface ProjectBudgetRow extends BudgetTotals {
  readonly project: string;
  readonly title: string;
}

export interface NextBudget {
  readonly year: number;
  readonly label: string;
  readonly projects: readonly ProjectBudgetRow[];
  readonly total: BudgetTotals;
  /** Charges and income by two-digit class (60…68, 86; 70…79, 87), in total. */
  readonly natures: { readonly charges: readonly [string, Cents][]; readonly income: readonly [string, Cents][] };
}

export interface MemoryItem {
  readonly date: IsoDate;
  readonly title: string;
  readonly description: string;
  readonly link: string;
}

export interface AgFigures {
  readonly associationName: string;
  readonly year: number;
  readonly label: string;
  readonly closing: IsoDate;
  readonly basis: Basis;
  /** The compte de résultat's net result (excédent > 0, déficit < 0). */
  readonly result: Cents;
  /** Report à nouveau before allocation (11, the bilan's), créditeur > 0. */
  readonly retainedBefore: Cents;
  readonly retainedAfter: Cents;
  /** Null when the Budget sheet has no line for next year. */
  readonly budget: NextBudget | null;
  readonly nextYear: number;
  readonly nextLabel: string;
  readonly lastAg: MemoryItem | null;
  readonly decisions: readonly MemoryItem[];
  /** Paramètres › Date de l'AG and « Comptes arrêtés le », as the report's cover shows them. */
  readonly agDate: IsoDate | null;
  readonly accountsClosedOn: IsoDate | null;
  /** The year's proposed year-end entries not accepted, and how much they would change the result; null when none. */
  readonly pending: PendingYearEnd | null;
  /** What the year-end finds probably owed back to funders (ended conventions), as `citego close` and the report say it. */
  readonly owedBack: readonly { readonly convention: string; readonly funder: string; readonly amount: Cents }[];
}

export interface PendingYearEnd {
  readonly count: number;
  /** What accepting them all would add to the result (negative: a lower result). */
  readonly resultChange: Cents;
}

/**
 * The year-end entries `citego close` proposes for `year` and the user has not accepted (docs/domain.md,
 * "Year end"), with their effect on the result: at the closing date, the class 6 and 7 lines (credit − debit);
 * their reversals fall in the next year. Null when every proposal is accepted, or none.
 */
export function pendingYearEnd(book: ParsedWorkbook, ye: YearEnd): PendingYearEnd | null {
  const accepted = acceptedIds(book);
  const pending = ye.proposals.filter((p) => !accepted.has(p.id));
  if (pending.length === 0) return null;
  const lines = pending.flatMap((p) => p.lines).filter((l) => isChargeAccount(l.account) || isIncomeAccount(l.account));
  return { count: pending.length, resultChange: lines.reduce((s, l) => s + l.credit - l.debit, 0) };
}

function totals(rows: readonly BudgetTotals[]): BudgetTotals {
  const sum = (k: keyof BudgetTotals) => rows.reduce((s, r) => s + r[k], 0);
  return { charges: sum('charges'), income: sum('income'), cvnUses: sum('cvnUses'), cvnSources: sum('cvnSources'), gap: sum('gap') };
}

/** Next year's budget prévisionnel from the Budget sheet, as typed: never balanced here (docs/domain.md, "Budgets"). */
export function nextBudget(book: ParsedWorkbook, year: number): NextBudget | null {
  const budgets = projectBudgets(book).filter((b) => b.year === year);
  if (budgets.length === 0) return null;
  const titles = new Map(book.projects.records.map((p) => [p.code, p.title ?? '']));
  const projects = budgets
    .map((b) => ({
      project: b.project,
      title: titles.get(b.project) ?? '',
      charges: b.charges,
      income: b.produits,
      cvnUses: b.cvnUses,
      cvnSources: b.cvnSources,
      gap: b.produits - b.charges,
    }))
    .sort((a, b) => a.project.localeCompare(b.project));
  const charges = new Map<string, Cents>();
  const income = new Map<string, Cents>();
  for (const l of budgets.flatMap((b) => b.lines)) {
    const two = l.account.slice(0, 2);
    if (isChargeAccount(l.account) || isCvnUse(l.account)) charges.set(two, (charges.get(two) ?? 0) + (l.charge ?? 0) - (l.income ?? 0));
    else if (isIncomeAccount(l.account) || isCvnSource(l.account))
      income.set(two, (income.get(two) ?? 0) + (l.income ?? 0) - (l.charge ?? 0));
  }
  const sorted = (m: Map<string, Cents>) => [...m].filter(([, v]) => v !== 0).sort(([a], [b]) => a.localeCompare(b));
  const fy = book.settings.fiscalYearStart;
  return {
    year,
    label: fiscalYearLabel(year, fy),
    projects,
    total: totals(projects),
    natures: { charges: sorted(charges), income: sorted(income) },
  };
}

const item = (r: ParsedWorkbook['memory']['records'][number]): MemoryItem => ({
  date: r.date as IsoDate,
  title: r.title ?? '',
  description: r.description ?? '',
  link: r.link ?? '',
});

/** The AG pack of fiscal `year`, as of `today` (the last AG is the latest before it). */
export function agFigures(book: ParsedWorkbook, year: number, today: IsoDate): AgFigures {
  const fy = book.settings.fiscalYearStart;
  const bounds = fiscalYearBounds(year, fy);
  const basis = accountsBasis(book, year);
  const ye = yearEndProposals(book, year);
  const statement = incomeStatement(book, year, basis);
  // The bilan's report à nouveau (11) before allocation; 0 without opening balances (no bilan).
  const retainedBefore = balanceSheet(book, year, basis)?.liabilities.retained ?? 0;
  const memory = book.memory.records.filter((r) => r.date !== null);
  const ags = memory.filter((r) => r.type === 'AG' && (r.date as string) <= today).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  const decisions = memory
    .filter((r) => r.type === 'décision' && r.date! >= bounds.first && r.date! <= bounds.last)
    .sort((a, b) => (a.date! < b.date! ? -1 : 1));
  return {
    associationName: book.settings.associationName,
    year,
    label: fiscalYearLabel(year, fy),
    closing: bounds.last,
    basis: statement.basis,
    result: statement.netResult,
    retainedBefore,
    retainedAfter: retainedBefore + statement.netResult,
    budget: nextBudget(book, year + 1),
    nextYear: year + 1,
    nextLabel: fiscalYearLabel(year + 1, fy),
    lastAg: ags.length > 0 ? item(ags[ags.length - 1]) : null,
    decisions: decisions.map(item),
    agDate: book.settings.agDate,
    accountsClosedOn: book.settings.accountsClosedOn,
    pending: pendingYearEnd(book, ye),
    owedBack: ye.findings.filter((x) => x.owedBack > 0).map((x) => ({ convention: x.convention, funder: x.funder, amount: x.owedBack })),
  };
}
