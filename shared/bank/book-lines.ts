/**
 * The booked bank lines of a year, the reconciliation's other side: each entry of `bookYear`
 * (shared/ledger/booking.ts) with a line on the bank account, signed + for money in (a debit of
 * 512). The books' opening balance is the account's in the year's opening balances (typed in
 * Soldes d'ouverture or carried from the previous year: shared/ledger/opening.ts), not a movement
 * to tick (docs/domain.md, "Bank reconciliation").
 */
import { bookYear } from '../ledger/booking';
import { openingBalances, type OpeningSource } from '../ledger/opening';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import { DEFAULT_BANK_ACCOUNT } from './statement';

export interface BookBankLine {
  /** 1-based Journal row. */
  readonly row: number;
  readonly date: IsoDate;
  /** Signed: + money in, − money out. */
  readonly amount: Cents;
  readonly label: string;
  readonly voucher: string;
  /** The entry number (BQ-000031). */
  readonly entry: string;
}

export interface BookBank {
  /** The bank account's balance at the start of the year (its opening balance; 0 when there is none). */
  readonly opening: Cents;
  /** Where the opening comes from: typed, carried, or none (no earlier data, nothing typed). */
  readonly openingSource: OpeningSource;
  readonly lines: readonly BookBankLine[];
}

export function bookBankLines(book: ParsedWorkbook, year: number, account = DEFAULT_BANK_ACCOUNT): BookBank {
  const start = openingBalances(book, year);
  let opening = 0;
  for (const l of start.lines) if (l.account === account) opening += l.debit - l.credit;
  const lines: BookBankLine[] = [];
  for (const e of bookYear(book, year).entries) {
    let amount: Cents | null = null;
    for (const l of e.lines) if (l.account === account) amount = (amount ?? 0) + l.debit - l.credit;
    if (amount === null) continue;
    lines.push({ row: e.row, date: e.date, amount, label: e.label, voucher: e.voucher, entry: e.number });
  }
  return { opening, openingSource: start.source, lines };
}

/** What Pointé says of a Journal line: its pièce, else its row. */
export function pointerOf(line: Pick<BookBankLine, 'voucher' | 'row'>): string {
  return line.voucher !== '' ? line.voucher : `Journal ligne ${line.row}`;
}
