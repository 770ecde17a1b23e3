/**
 * The bank reconciliation of a year (docs/domain.md, "Bank reconciliation"): the Relevés lines
 * matched with the booked bank lines, what is left on either side, the statement's closing
 * balance against the books' (opening balance + movements to that date) with the gap explained,
 * and Journal lines proposed for bank fees and interest. Pure: the use cases read and write.
 */
import { accountLabel } from '../ledger/accounts';
import { fiscalYearBounds } from '../ledger/fiscal-years';
import type { OpeningSource } from '../ledger/opening';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { normalizeLabel } from '../values/text';
import { bookBankLines, pointerOf, type BookBank, type BookBankLine } from './book-lines';
import { matchLines } from './match';
import { DEFAULT_BANK_ACCOUNT, statementLines, type StatementLine } from './statement';

export interface BankLineView {
  /** The row in Relevés (statement side) or in the Journal (book side). */
  readonly row: number;
  readonly date: string;
  readonly label: string;
  /** Signed cents: + money in. */
  readonly amount: number;
  /** The Journal line's pièce (book side), '' on the statement side. */
  readonly voucher: string;
}

/** A Journal line proposed for a bank line with no counterpart (bank fees, interest). */
export interface BankProposal {
  /** The statement line's identity (shared/bank/statement.ts). */
  readonly id: string;
  readonly row: number;
  readonly date: string;
  readonly label: string;
  readonly amount: number;
  readonly account: string;
  readonly accountLabel: string;
  /** The pièce the Journal line gets. */
  readonly voucher: string;
}

/** Statement balance against the books at the statement's last date, and why they differ. */
export interface BalanceCheck {
  /** The statement's last date in the year. */
  readonly date: string;
  /** Solde of the statement's last line; null when the statement has no Solde. */
  readonly statementClosing: number | null;
  /** The statement's opening (first line's Solde − its amount); null without a Solde there. */
  readonly statementOpening: number | null;
  /** The account's opening balance of the year (typed or carried: shared/ledger/opening.ts) + booked bank movements to `date`. */
  readonly bookClosing: number;
  readonly bookOpening: number;
  /** Where the books' opening comes from; 'none' when nothing is typed and no earlier year has data. */
  readonly bookOpeningSource: OpeningSource;
  /** The books the day before the statement's first line, without the lines the statement shows: what its opening is compared with. */
  readonly bookStart: number;
  /** statementClosing − bookClosing. */
  readonly gap: number | null;
  /**
   * Statement opening − bookStart. It explains the gap only when the books have no opening
   * (source none: the opening is not typed yet); otherwise it stays in `unexplained`.
   */
  readonly openingDifference: number | null;
  /** Sum of the statement lines not in the books. */
  readonly unmatchedBank: number;
  /** Sum of the Journal lines to `date` not on the statement. */
  readonly unmatchedBook: number;
  /** What the above do not explain (an opening that differs from the books', a Solde that does not follow the lines, a missing line in the export): 0 when all is explained. */
  readonly unexplained: number | null;
}

export interface Reconciliation {
  readonly year: number;
  readonly account: string;
  /** Statement lines of the year read. */
  readonly statementCount: number;
  readonly matched: number;
  /** Relevés rows without a readable date or amount. */
  readonly unreadableRows: readonly number[];
  readonly unmatchedBank: readonly BankLineView[];
  readonly unmatchedBook: readonly BankLineView[];
  readonly balance: BalanceCheck | null;
  readonly proposals: readonly BankProposal[];
}

/** A statement line ticked (or to tick) with its Journal line. */
export interface Tick {
  readonly key: string;
  readonly row: number;
  readonly pointer: string;
  /** Pointé already says so. */
  readonly done: boolean;
}

/** Words of bank fees and interest (labels compared without case and accents), and the account proposed. */
const FEE_WORDS = ['frais', 'commission', 'cotisation carte', 'cotis carte', 'tenue de compte', 'abonnement'];
const INTEREST_WORDS = ['interet', 'interets', 'agios'];

function proposedAccount(s: StatementLine): string | null {
  const words = ` ${normalizeLabel(s.label)} `;
  const has = (list: readonly string[]) => list.some((w) => words.includes(` ${w} `) || words.includes(` ${w}`));
  if (s.amount > 0 && has(INTEREST_WORDS)) return '768';
  if (s.amount < 0 && has(INTEREST_WORDS)) return '661';
  if (s.amount < 0 && has(FEE_WORDS)) return '627';
  return null;
}

function proposalFor(s: StatementLine, extra: Readonly<Record<string, string>>): BankProposal | null {
  const account = proposedAccount(s);
  if (!account) return null;
  const voucher = s.reference !== '' ? s.reference : `RB-${s.date.replace(/-/g, '')}-${Math.abs(s.amount)}`;
  const label = accountLabel(account, extra) ?? account;
  return { id: s.key, row: s.row, date: s.date, label: s.label, amount: s.amount, account, accountLabel: label, voucher };
}

/** The statement lines of the year on the bank account, oldest first (a newest-first export is read backwards). */
function chronological(lines: readonly StatementLine[], first: IsoDate, last: IsoDate): StatementLine[] {
  const mine = lines.filter((l) => l.date >= first && l.date <= last && l.account.startsWith(DEFAULT_BANK_ACCOUNT));
  const newestFirst = mine.length > 1 && mine[0].date > mine[mine.length - 1].date;
  return mine.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : newestFirst ? b.row - a.row : a.row - b.row));
}

function view(l: StatementLine | BookBankLine): BankLineView {
  return { row: l.row, date: l.date, label: l.label, amount: l.amount, voucher: 'voucher' in l ? l.voucher : '' };
}

function balanceCheck(
  statement: readonly StatementLine[],
  book: BookBank,
  matchedS: ReadonlySet<number>,
  matchedB: ReadonlySet<number>,
): BalanceCheck {
  const first = statement[0];
  const last = statement[statement.length - 1];
  let bookClosing = book.opening;
  // The books the day before the statement starts, leaving out what the statement shows (matched lines).
  let before = book.opening;
  let unmatchedBook = 0;
  // A Journal line after the statement's last date matched with one of its lines: counted by the bank, not yet by the books.
  let matchedLater = 0;
  book.lines.forEach((b, i) => {
    if (b.date > last.date) {
      if (matchedB.has(i)) matchedLater += b.amount;
      return;
    }
    bookClosing += b.amount;
    if (matchedB.has(i)) return;
    if (b.date < first.date) before += b.amount;
    else unmatchedBook += b.amount;
  });
  let unmatchedBank = 0;
  statement.forEach((s, i) => (unmatchedBank += matchedS.has(i) ? 0 : s.amount));
  const statementClosing = last.balance;
  const statementOpening = first.balance === null ? null : first.balance - first.amount;
  const gap = statementClosing === null ? null : statementClosing - bookClosing;
  const openingDifference = statementOpening === null ? null : statementOpening - before;
  // An opening the books have (typed or carried) that the statement does not start from is not explained.
  const explainedOpening = book.openingSource === 'none' ? (openingDifference ?? 0) : 0;
  const unexplained = gap === null ? null : gap - explainedOpening - unmatchedBank + unmatchedBook - matchedLater;
  return {
    date: last.date,
    statementClosing,
    statementOpening,
    bookClosing,
    bookOpening: book.opening,
    bookOpeningSource: book.openingSource,
    bookStart: before,
    gap,
    openingDifference,
    unmatchedBank,
    unmatchedBook,
    unexplained,
  };
}

/**
 * The reconciliation of `year` on the bank account: the statement lines of the year matched with
 * the booked ones, and the ticks to write (Pointé) for the matched lines.
 */
export function reconcile(book: ParsedWorkbook, year: number): { report: Reconciliation; ticks: Tick[] } {
  const { first, last } = fiscalYearBounds(year, book.settings.fiscalYearStart);
  const read = statementLines(book);
  const statement = chronological(read.lines, first, last);
  const bank = bookBankLines(book, year);
  const pairs = matchLines(statement, bank.lines);
  const matchedS = new Set(pairs.map((p) => p.statement));
  const matchedB = new Set(pairs.map((p) => p.book));
  const ticks = pairs
    .map((p) => {
      const s = statement[p.statement];
      const pointer = pointerOf(bank.lines[p.book]);
      return { key: s.key, row: s.row, pointer, done: s.ticked !== '' };
    })
    .sort((a, b) => a.row - b.row);
  const unmatchedS = statement.filter((_, i) => !matchedS.has(i));
  const end = statement.length > 0 ? statement[statement.length - 1].date : last;
  const startDay = statement.length > 0 ? statement[0].date : first;
  const report: Reconciliation = {
    year,
    account: DEFAULT_BANK_ACCOUNT,
    statementCount: statement.length,
    matched: pairs.length,
    unreadableRows: read.unreadable,
    unmatchedBank: unmatchedS.map(view),
    unmatchedBook: bank.lines.filter((b, i) => !matchedB.has(i) && b.date >= startDay && b.date <= end).map(view),
    balance: statement.length > 0 ? balanceCheck(statement, bank, matchedS, matchedB) : null,
    proposals: unmatchedS.map((s) => proposalFor(s, book.settings.extraAccounts)).filter((p): p is BankProposal => p !== null),
  };
  return { report, ticks };
}

/** The fiscal year a reconciliation looks at by default: the one of the statement's latest line, else `fallback`. */
export function latestStatementYear(book: ParsedWorkbook, fallback: number, yearOf: (d: IsoDate) => number): number {
  let latest: IsoDate | null = null;
  for (const r of book.bankStatement.records) if (r.date && (latest === null || r.date > latest)) latest = r.date;
  return latest === null ? fallback : yearOf(latest);
}
