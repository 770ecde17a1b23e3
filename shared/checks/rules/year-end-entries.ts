/**
 * The accepted year-end entries as the sheet « Écritures d'inventaire » holds them (docs/domain.md,
 * "Year end"): the sheet is the user's, so a hand edit that would change the books without a word
 * is said. `yearend.entry` flags a negative amount, the same line twice, an entry whose lines do not
 * balance, and a date that is not its entry's (the closing of its Exercice, or the next year's first
 * day for a reversal `…-EXT`).
 */
import { fiscalYearBounds } from '../../ledger/fiscal-years';
import { REVERSAL_SUFFIX } from '../../ledger/year-end-accepted';
import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';
import { unreadable } from '../unknown';

type Row = CheckContext['book']['yearEnd']['records'][number];

/** The date a row of entry `id` in Exercice `year` must carry. */
function expectedDate(ctx: CheckContext, id: string, year: number): string {
  const bounds = fiscalYearBounds(year, ctx.book.settings.fiscalYearStart);
  return id.endsWith(REVERSAL_SUFFIX) ? bounds.first : bounds.last;
}

function entryFindings(ctx: CheckContext, id: string, rows: readonly Row[]): Finding[] {
  const t = ctx.book.yearEnd;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if ((r.debit ?? 0) < 0 || (r.credit ?? 0) < 0)
      out.push(ctx.finding('yearend.entry', 'error', t, r, (r.debit ?? 0) < 0 ? 'debit' : 'credit', ctx.msg.yearEndNegative(id)));
    const key = [r.year, r.account, r.debit, r.credit, r.date].join('|');
    if (seen.has(key)) out.push(ctx.finding('yearend.entry', 'error', t, r, 'id', ctx.msg.yearEndTwice(id)));
    seen.add(key);
    if (r.year !== null && r.date !== null && r.date !== expectedDate(ctx, id, r.year))
      out.push(ctx.finding('yearend.entry', 'error', t, r, 'date', ctx.msg.yearEndDate(id, r.year, expectedDate(ctx, id, r.year))));
  }
  if (!rows.some((r) => unreadable(t, r, 'debit', 'credit'))) {
    const debit = rows.reduce((s, r) => s + (r.debit ?? 0), 0);
    const credit = rows.reduce((s, r) => s + (r.credit ?? 0), 0);
    if (debit !== credit)
      out.push(ctx.finding('yearend.entry', 'error', t, rows[0], 'debit', ctx.msg.yearEndUnbalanced(id, debit, credit)));
  }
  return out;
}

export const yearEndEntry: Rule = {
  id: 'yearend.entry',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const byId = new Map<string, Row[]>();
    for (const r of ctx.book.yearEnd.records) {
      if (r.id === null || (ctx.options.year !== null && r.year !== ctx.options.year)) continue;
      byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    }
    return [...byId].flatMap(([id, rows]) => entryFindings(ctx, id, rows));
  },
};
