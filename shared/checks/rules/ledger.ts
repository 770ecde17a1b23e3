import { isChargeAccount, isCvnAccount, isIncomeAccount } from '../../ledger/accounts';
import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';
import { unreadable } from '../unknown';

/**
 * `ledger.amount`: a Journal line needs exactly one of Recette / Dépense, and no negative amount.
 * An unreadable amount is unknown, not empty: the line is neither "without amount" nor "with both".
 */
export const ledgerAmount: Rule = {
  id: 'ledger.amount',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    for (const r of t.records) {
      // A line on 86/87 is ledger.inkind's: whatever its amount, it leaves the Journal.
      if (!ctx.inScope(r.date) || (r.account !== null && isCvnAccount(r.account))) continue;
      const known = !unreadable(t, r, 'income', 'expense');
      if (known && r.income !== null && r.expense !== null) {
        out.push(ctx.finding('ledger.amount', 'error', t, r, 'expense', ctx.msg.amountBoth(r.income, r.expense)));
      } else if (known && r.income === null && r.expense === null) {
        out.push(ctx.finding('ledger.amount', 'error', t, r, 'income', ctx.msg.amountMissing()));
      } else {
        for (const key of ['income', 'expense'] as const) {
          const value = r[key];
          if (value !== null && value < 0) out.push(ctx.finding('ledger.amount', 'error', t, r, key, ctx.msg.amountNegative(value)));
        }
      }
    }
    return out;
  },
};

/**
 * `ledger.inkind`: a Journal line on 86/87 (contributions volontaires en nature). No money moves:
 * booking leaves it out, and volunteer time is valued from Bénévolat (docs/domain.md, "The books").
 */
export const ledgerInKind: Rule = {
  id: 'ledger.inkind',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    return t.records
      .filter((r) => ctx.inScope(r.date) && r.account !== null && isCvnAccount(r.account))
      .map((r) => ctx.finding('ledger.inkind', 'error', t, r, 'account', ctx.msg.inKindInJournal(r.account as string)));
  },
};

/** `ledger.side`: an expense on a class 7 account or an income on a class 6 account. */
export const ledgerSide: Rule = {
  id: 'ledger.side',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    for (const r of t.records) {
      if (!ctx.inScope(r.date) || r.account === null || (r.income !== null && r.expense !== null)) continue;
      // With one amount unreadable, the line may hold both: ledger.amount's case, not this one.
      if (unreadable(t, r, 'income', 'expense')) continue;
      if (r.expense !== null && isIncomeAccount(r.account))
        out.push(ctx.finding('ledger.side', 'warning', t, r, 'account', ctx.msg.expenseOnIncomeAccount(r.expense, r.account)));
      if (r.income !== null && isChargeAccount(r.account))
        out.push(ctx.finding('ledger.side', 'warning', t, r, 'account', ctx.msg.incomeOnChargeAccount(r.income, r.account)));
    }
    return out;
  },
};

/** `ledger.voucher`: a missing voucher number, or a number used twice in a fiscal year. */
export const ledgerVoucher: Rule = {
  id: 'ledger.voucher',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    for (const r of t.records) {
      if (!ctx.inScope(r.date) || r.date === null || unreadable(t, r, 'voucher')) continue;
      if (!r.voucher) {
        out.push(ctx.finding('ledger.voucher', 'warning', t, r, 'voucher', ctx.msg.voucherMissing()));
        continue;
      }
      const key = `${ctx.fiscalYear(r.date)}|${r.voucher}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r.row);
      else out.push(ctx.finding('ledger.voucher', 'warning', t, r, 'voucher', ctx.msg.voucherReused(r.voucher, first), [r.voucher]));
    }
    return out;
  },
};

/** `ledger.duplicate`: two lines with the same date, amount, account and label (an unreadable one is compared with none). */
export const ledgerDuplicate: Rule = {
  id: 'ledger.duplicate',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    for (const r of t.records) {
      if (!ctx.inScope(r.date) || r.date === null || unreadable(t, r, 'account', 'income', 'expense', 'label')) continue;
      const key = [r.date, r.account, r.income, r.expense, (r.label ?? '').toLowerCase()].join('|');
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r.row);
      else out.push(ctx.finding('ledger.duplicate', 'warning', t, r, 'label', ctx.msg.lineDuplicate(first)));
    }
    return out;
  },
};
