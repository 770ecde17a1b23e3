/**
 * One cause, one finding (docs/domain.md, "Consistency rules"): a cell reported as `cell.invalid`
 * reads as null like a blank cell, but its value is unknown, not empty. A rule does not judge a
 * value it cannot know, nor a total that such a cell may belong to: the user fixes the cell first.
 */
import { projectBudgets, type ProjectBudget } from '../ledger/budget';
import type { ParsedTable } from '../sheets/parse/table';
import type { RecordOf, TableDef } from '../sheets/schema/columns';
import type { CheckContext } from './context';

/** True when one of these cells of the record was reported as `cell.invalid`. */
export function unreadable<T extends TableDef>(
  table: ParsedTable<T>,
  record: RecordOf<T>,
  ...keys: (keyof T['columns'] & string)[]
): boolean {
  const cells = table.invalid.get(record.row);
  return cells !== undefined && keys.some((k) => cells.has(k));
}

/** Where a row with an unreadable cell may count: its fiscal year, its group (a project, a convention) and its account; null when unknown. */
interface Share {
  readonly year: number | null;
  readonly key: string | null;
  readonly account: string | null;
}

/** The totals (per fiscal year and project, or per fiscal year and convention) that unreadable cells leave unknown. */
export class UnknownTotals {
  private readonly shares: Share[] = [];

  add(share: Share): void {
    this.shares.push(share);
  }

  /** True when an unreadable row may count in the total of this year and group (on this account or a sub-account, when given). */
  touches(year: number, key: string, account?: string): boolean {
    return this.shares.some(
      (s) =>
        (s.year === null || s.year === year) &&
        (s.key === null || s.key === key) &&
        (account === undefined || s.account === null || s.account.startsWith(account)),
    );
  }
}

/** The Budget's totals per year and project (`projectBudgets`): a row with an unreadable year, project, account, amount or funder. */
export function unknownBudgets(ctx: CheckContext): UnknownTotals {
  const t = ctx.book.budget;
  const out = new UnknownTotals();
  for (const r of t.records) {
    if (!unreadable(t, r, 'year', 'project', 'account', 'charge', 'income', 'funder')) continue;
    out.add({ year: unreadable(t, r, 'year') ? null : r.year, key: unreadable(t, r, 'project') ? null : (r.project ?? ''), account: null });
  }
  return out;
}

/** The amounts granted per year (of the decision, else of the filing) and project: an unreadable amount granted, date or project. */
export function unknownGrants(ctx: CheckContext): UnknownTotals {
  const t = ctx.book.fundings;
  const out = new UnknownTotals();
  for (const f of t.records) {
    const dateUnknown = unreadable(t, f, 'decidedOn') || (f.decidedOn === null && unreadable(t, f, 'filedOn'));
    const projectUnknown = unreadable(t, f, 'project');
    if (!dateUnknown && !projectUnknown && !unreadable(t, f, 'granted')) continue;
    const when = f.decidedOn ?? f.filedOn;
    // A row without a date or a project counts in no total, whatever its amount.
    if ((!dateUnknown && when === null) || (!projectUnknown && !f.project)) continue;
    out.add({ year: dateUnknown || when === null ? null : ctx.fiscalYear(when), key: f.project, account: null });
  }
  return out;
}

/** What the Journal shows per year, project and account (`budgetVsActual`): a line with an unreadable date, account, amount or project. */
export function unknownActuals(ctx: CheckContext): UnknownTotals {
  const t = ctx.book.ledger;
  const out = new UnknownTotals();
  for (const r of t.records) {
    if (!unreadable(t, r, 'date', 'account', 'income', 'expense', 'project')) continue;
    // A line with a blank date or account counts in no total.
    if ((r.date === null && !unreadable(t, r, 'date')) || (r.account === null && !unreadable(t, r, 'account'))) continue;
    out.add({
      year: r.date === null ? null : ctx.fiscalYear(r.date),
      key: unreadable(t, r, 'project') ? null : (r.project ?? ''),
      account: r.account,
    });
  }
  return out;
}

/** What each convention received and spent per year (`subsidiesOfYear`): a line with an unreadable date, amount or convention. */
export function unknownFlows(ctx: CheckContext): UnknownTotals {
  const t = ctx.book.ledger;
  const out = new UnknownTotals();
  for (const r of t.records) {
    if (!unreadable(t, r, 'date', 'income', 'expense', 'convention')) continue;
    if ((r.date === null && !unreadable(t, r, 'date')) || (!r.convention && !unreadable(t, r, 'convention'))) continue;
    out.add({ year: r.date === null ? null : ctx.fiscalYear(r.date), key: r.convention || null, account: null });
  }
  return out;
}

/** The project budgets of the period checked whose totals no unreadable Budget cell leaves unknown. */
export function knownBudgets(ctx: CheckContext): ProjectBudget[] {
  const unknown = unknownBudgets(ctx);
  return projectBudgets(ctx.book).filter(
    (b) => (ctx.options.year === null || b.year === ctx.options.year) && !unknown.touches(b.year, b.project),
  );
}
