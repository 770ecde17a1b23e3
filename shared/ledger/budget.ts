import type { Book } from '../sheets/book';
import { isCvnSource, isCvnUse } from './accounts';
import type { Cents } from '../values/money';
import type { RecordOf } from '../sheets/schema/columns';
import type { budget as budgetTable } from '../sheets/schema/tables';
import { fiscalYearOf } from './fiscal-years';

/** A Budget row whose year and account could be read (the others are reported as cell.invalid). */
export type BudgetLine = RecordOf<typeof budgetTable> & { readonly year: number; readonly account: string };

export function budgetLines(book: Book): BudgetLine[] {
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

export function projectBudgets(book: Book): ProjectBudget[] {
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

/** One budget line against what the Journal shows for it (CERFA 15059: prévu / réalisé, écarts). */
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
 * Budget vs réalisé of a fiscal year: Journal lines of the same year and project on the line's
 * account or a sub-account, each going to the most precise budget line (budgets on 622 and on
 * 6226: 62261 goes to 6226). Refunds reduce the charge.
 */
export function budgetVsActual(book: Book, year: number): BudgetVsActual[] {
  const lines = budgetLines(book).filter((l) => l.year === year);
  const rows = new Map<BudgetLine, { charge: Cents; income: Cents }>(lines.map((l) => [l, { charge: 0, income: 0 }]));
  const start = book.settings.fiscalYearStart;
  for (const r of book.ledger.records) {
    if (r.date === null || r.account === null || fiscalYearOf(r.date, start) !== year) continue;
    if (r.income !== null && r.expense !== null) continue;
    let best: BudgetLine | null = null;
    for (const l of lines) {
      if ((l.project ?? '') !== (r.project ?? '') || !r.account.startsWith(l.account)) continue;
      if (!best || l.account.length > best.account.length) best = l;
    }
    if (!best) continue;
    const v = rows.get(best) as { charge: Cents; income: Cents };
    if (r.account.startsWith('7')) v.income += (r.income ?? 0) - (r.expense ?? 0);
    else v.charge += (r.expense ?? 0) - (r.income ?? 0);
  }
  return lines.map((l) => {
    const v = rows.get(l) as { charge: Cents; income: Cents };
    return {
      line: l,
      project: l.project ?? '',
      account: l.account,
      label: l.label ?? '',
      plannedCharge: l.charge ?? 0,
      actualCharge: v.charge,
      plannedIncome: l.income ?? 0,
      actualIncome: v.income,
    };
  });
}
