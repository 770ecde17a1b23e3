/**
 * A simple bilan at the closing of a fiscal year (docs/domain.md, "Compte de résultat and bilan"),
 * when the year has opening balances: every account of classes 1 to 5 after the opening (AN), the
 * Journal (BQ, CA) and, on the accrual basis, the accepted year-end entries (OD); the year's
 * result from classes 6 and 7. Its two sides are equal to the cent because every entry balances.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import { isChargeAccount, isIncomeAccount, isSubAccount, isUnderAny } from './accounts';
import { yearBooks, type Basis } from './books';
import { fiscalYearBounds } from './fiscal-years';
import { balancesOf, openingBalances, type OpeningSource } from './opening';
import { CASH_BASIS, type StatementBasis } from './statement';

export type BalanceRowKey =
  | 'fixedAssets'
  | 'stocks'
  | 'receivables'
  | 'bank'
  | 'cash'
  | 'totalAssets'
  | 'funds'
  | 'retained'
  | 'result'
  | 'totalFunds'
  | 'dedicated'
  | 'provisions'
  | 'debts'
  | 'totalLiabilities';

export interface BalanceSheet {
  readonly year: number;
  readonly basis: Basis;
  readonly closing: IsoDate;
  /** Where the opening balances come from (never 'none': there is no bilan without them). */
  readonly opening: Exclude<OpeningSource, 'none'>;
  readonly assets: {
    /** 2x net of 28/29 (amortissements, dépréciations). */
    readonly fixedAssets: Cents;
    readonly stocks: Cents;
    /** Accounts of class 4 with a debit balance (4411, 4687, 486…). */
    readonly receivables: Cents;
    /** 51 (512) with a debit balance. */
    readonly bank: Cents;
    /** 53 (530) and 50, with a debit balance. */
    readonly cash: Cents;
    readonly total: Cents;
  };
  readonly liabilities: {
    /** 10, 13 and 14: fonds associatifs, réserves, subventions d'investissement. */
    readonly funds: Cents;
    /** 11: report à nouveau (110 créditeur, 119 débiteur). */
    readonly retained: Cents;
    /** The year's result, with any 12 still awaiting allocation. */
    readonly result: Cents;
    readonly totalFunds: Cents;
    /** 19: fonds reportés et dédiés. */
    readonly dedicated: Cents;
    /** 15. */
    readonly provisions: Cents;
    /** 16, 17, class 4 with a credit balance (401, 4686, 487…), and a bank or cash account in credit (an overdraft). */
    readonly debts: Cents;
    readonly total: Cents;
  };
}

type Sides = { assets: Record<string, Cents>; liabilities: Record<string, Cents> };

/** Puts one account's closing balance (debit − credit) on its side of the bilan. */
function place(s: Sides, account: string, balance: Cents): void {
  const a = s.assets;
  const l = s.liabilities;
  if (isChargeAccount(account) || isIncomeAccount(account) || isSubAccount(account, '12')) l.result -= balance;
  else if (isSubAccount(account, '11')) l.retained -= balance;
  else if (isUnderAny(account, ['10', '13', '14'])) l.funds -= balance;
  else if (isSubAccount(account, '15')) l.provisions -= balance;
  else if (isSubAccount(account, '19')) l.dedicated -= balance;
  else if (isSubAccount(account, '1')) l.debts -= balance;
  else if (isSubAccount(account, '2')) a.fixedAssets += balance;
  else if (isSubAccount(account, '3')) a.stocks += balance;
  else if (isSubAccount(account, '4')) {
    if (balance > 0) a.receivables += balance;
    else l.debts -= balance;
  } else if (isSubAccount(account, '5')) {
    if (balance < 0) l.debts -= balance;
    else if (isSubAccount(account, '51')) a.bank += balance;
    else a.cash += balance;
  }
}

/** The bilan at the closing of a fiscal year, or null when the year has no opening balances (typed or carried). */
export function balanceSheet(book: ParsedWorkbook, year: number, on: StatementBasis = CASH_BASIS): BalanceSheet | null {
  const yearEnd = on.basis === 'accrual' ? on.yearEnd : undefined;
  const source = openingBalances(book, year, yearEnd).source;
  if (source === 'none') return null;
  const books = yearBooks(book, year, yearEnd);
  const s: Sides = {
    assets: { fixedAssets: 0, stocks: 0, receivables: 0, bank: 0, cash: 0 },
    liabilities: { funds: 0, retained: 0, result: 0, dedicated: 0, provisions: 0, debts: 0 },
  };
  for (const [account, balance] of balancesOf(books.lines)) place(s, account, balance);
  const a = s.assets;
  const l = s.liabilities;
  const totalFunds = l.funds + l.retained + l.result;
  return {
    year,
    basis: books.basis,
    closing: fiscalYearBounds(year, book.settings.fiscalYearStart).last,
    opening: source,
    assets: {
      fixedAssets: a.fixedAssets,
      stocks: a.stocks,
      receivables: a.receivables,
      bank: a.bank,
      cash: a.cash,
      total: a.fixedAssets + a.stocks + a.receivables + a.bank + a.cash,
    },
    liabilities: {
      funds: l.funds,
      retained: l.retained,
      result: l.result,
      totalFunds,
      dedicated: l.dedicated,
      provisions: l.provisions,
      debts: l.debts,
      total: totalFunds + l.dedicated + l.provisions + l.debts,
    },
  };
}
