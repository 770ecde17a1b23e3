/**
 * The opening balances (Soldes d'ouverture, journal AN; docs/domain.md, "Opening balances"): a
 * year's typed balances balance, open only balance-sheet accounts, and agree on bank and cash with
 * the previous year's computed closing.
 */
import { isBalanceSheetAccount, isTreasuryAccount } from '../../ledger/accounts';
import { openingBalances, typedOpeningRows } from '../../ledger/opening';
import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';
import { unreadable } from '../unknown';

/** The years typed in Soldes d'ouverture that the check looks at. */
function typedYears(ctx: CheckContext): number[] {
  const years = new Set<number>();
  for (const r of ctx.book.openingBalances.records) if (r.year !== null) years.add(r.year);
  return [...years].filter((y) => ctx.options.year === null || y === ctx.options.year).sort((a, b) => a - b);
}

/** `opening.unbalanced`: a year's typed opening balances whose debits ≠ credits (an unreadable amount makes the year unknown). */
export const openingUnbalanced: Rule = {
  id: 'opening.unbalanced',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.openingBalances;
    const out: Finding[] = [];
    for (const year of typedYears(ctx)) {
      if (t.records.some((r) => r.year === year && unreadable(t, r, 'debit', 'credit', 'account'))) continue;
      const rows = typedOpeningRows(ctx.book, year);
      const debit = rows.reduce((s, r) => s + (r.debit ?? 0), 0);
      const credit = rows.reduce((s, r) => s + (r.credit ?? 0), 0);
      if (debit !== credit)
        out.push(ctx.finding('opening.unbalanced', 'error', t, null, 'debit', ctx.msg.openingUnbalanced(year, debit, credit)));
    }
    return out;
  },
};

/** `opening.account`: a typed opening balance on an account outside classes 1 to 5, left out of the AN entry. */
export const openingAccount: Rule = {
  id: 'opening.account',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.openingBalances;
    return t.records
      .filter((r) => r.year !== null && (ctx.options.year === null || r.year === ctx.options.year))
      .filter((r) => r.account !== null && !isBalanceSheetAccount(r.account))
      .map((r) => ctx.finding('opening.account', 'error', t, r, 'account', ctx.msg.openingAccount(r.year as number, r.account as string)));
  },
};

/**
 * `opening.carried`: a typed bank or cash opening balance (51, 53) that differs from the previous
 * year's computed closing — compared only when that year has openings itself, so that its closing means something.
 */
export const openingCarried: Rule = {
  id: 'opening.carried',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.openingBalances;
    const out: Finding[] = [];
    for (const year of typedYears(ctx)) {
      const opening = openingBalances(ctx.book, year);
      if (!opening.carried || openingBalances(ctx.book, year - 1).source === 'none') continue;
      const typed = typedOpeningRows(ctx.book, year).filter((r) => isTreasuryAccount(r.account as string));
      const accounts = new Set([...typed.map((r) => r.account as string), ...[...opening.carried.keys()].filter(isTreasuryAccount)]);
      for (const account of [...accounts].sort()) {
        const rows = typed.filter((r) => r.account === account);
        const value = rows.reduce((s, r) => s + (r.debit ?? 0) - (r.credit ?? 0), 0);
        const carried = opening.carried.get(account) ?? 0;
        if (value === carried) continue;
        const msg = ctx.msg.openingCarried({ year, account, typed: value, carried });
        out.push(ctx.finding('opening.carried', 'warning', t, rows[0] ?? null, 'debit', msg));
      }
    }
    return out;
  },
};
