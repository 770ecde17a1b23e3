/**
 * The booked bank lines of a year, the reconciliation's other side: each entry of `bookYear`
 * (shared/ledger/booking.ts) with a line on the bank account, signed + for money in (a debit of
 * 512). An opening entry (journal AN, the accountant's opening balances) is the book's opening
 * balance, not a movement to tick (docs/domain.md, "Bank reconciliation").
 */
import { bookYear } from '../ledger/booking';
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
  /** The bank account's balance at the start of the year (its AN lines; 0 when there are none). */
  readonly opening: Cents;
  readonly lines: readonly BookBankLine[];
}

/** The journal code of opening balances (docs/domain.md). */
const OPENING_JOURNAL = 'AN';

export function bookBankLines(book: ParsedWorkbook, year: number, account = DEFAULT_BANK_ACCOUNT): BookBank {
  let opening = 0;
  const lines: BookBankLine[] = [];
  for (const e of bookYear(book, year).entries) {
    let amount: Cents | null = null;
    for (const l of e.lines) if (l.account === account) amount = (amount ?? 0) + l.debit - l.credit;
    if (amount === null) continue;
    if ((e.journal.code as string) === OPENING_JOURNAL) {
      opening += amount;
      continue;
    }
    lines.push({ row: e.row, date: e.date, amount, label: e.label, voucher: e.voucher, entry: e.number });
  }
  return { opening, lines };
}

/** What Pointé says of a Journal line: its pièce, else its row. */
export function pointerOf(line: Pick<BookBankLine, 'voucher' | 'row'>): string {
  return line.voucher !== '' ? line.voucher : `Journal ligne ${line.row}`;
}
