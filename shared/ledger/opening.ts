/**
 * Opening balances (journal AN, the fiscal year's first day) and a year's books from them
 * (docs/domain.md, "Opening balances"): the accountant's Soldes d'ouverture when the sheet has the
 * year, otherwise the previous year's computed closing — balances of classes 1 to 5 after that
 * year's result is brought to report à nouveau (110 créditeur / 119 débiteur).
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { Cents } from '../values/money';
import type { IsoDate } from '../values/dates';
import {
  accountLabel,
  isBalanceSheetAccount,
  isChargeAccount,
  isIncomeAccount,
  isResultAccount,
  RETAINED_DEFICIT,
  RETAINED_SURPLUS,
} from './accounts';
import { bookYear, JOURNALS, type BookedLine, type Entry } from './booking';
import { fiscalYearBounds, fiscalYearOf, ledgerYears } from './fiscal-years';

/** Typed in Soldes d'ouverture, carried from the previous year's computed closing, or none (no earlier data). */
export type OpeningSource = 'typed' | 'carried' | 'none';

export interface OpeningBalances {
  readonly year: number;
  readonly source: OpeningSource;
  /** The AN entry dated the year's first day; null when nothing opens. */
  readonly entry: Entry | null;
  /** Its lines, as booked lines (journal AN, no project, no treasury side). */
  readonly lines: readonly BookedLine[];
  /**
   * The previous year's computed closing by account (debit − credit, zero balances left out),
   * whether carried or not: what typed bank and cash balances are compared with. Null when no
   * earlier year has data.
   */
  readonly carried: ReadonlyMap<string, Cents> | null;
}

/**
 * Accepted year-end entries (journal OD), handed over by the year-end layer: lines of balanced
 * entries grouped by `entry`, of any years (each counts in the fiscal year of its `date`). Their
 * `label` and `voucher` become EcritureLib and PieceRef.
 */
export type YearEndLines = readonly BookedLine[];

type OpeningRecord = ParsedWorkbook['openingBalances']['records'][number];

/** The typed rows of a year that open an account of the balance sheet: classes 6 to 8 are not opened (`opening.account`). */
export function typedOpeningRows(book: ParsedWorkbook, year: number): OpeningRecord[] {
  return book.openingBalances.records.filter((r) => r.year === year && r.account !== null && isBalanceSheetAccount(r.account));
}

/** The first fiscal year with data (a Journal line or a typed opening balance), or null. */
function firstYear(book: ParsedWorkbook): number | null {
  const years = [...ledgerYears(book), ...book.openingBalances.records.map((r) => r.year).filter((y): y is number => y !== null)];
  return years.length === 0 ? null : Math.min(...years);
}

type AnHead = { readonly year: number; readonly first: IsoDate; readonly label: string };

function openingLine(an: AnHead, row: number, account: string, label: string, balance: Cents): BookedLine {
  return {
    account,
    accountLabel: label,
    debit: balance > 0 ? balance : 0,
    credit: balance < 0 ? -balance : 0,
    entry: 'AN-000001',
    row,
    date: an.first,
    project: '',
    convention: '',
    party: '',
    treasury: false,
    label: an.label,
    voucher: `AN${an.year}`,
  };
}

function anEntry(an: AnHead, lines: readonly BookedLine[]): Entry | null {
  if (lines.length === 0) return null;
  return {
    journal: JOURNALS.opening,
    number: 'AN-000001',
    sequence: 1,
    date: an.first,
    voucher: `AN${an.year}`,
    label: an.label,
    party: '',
    receipt: '',
    project: '',
    convention: '',
    row: lines[0].row,
    lines: lines.map((l) => ({ account: l.account, accountLabel: l.accountLabel, debit: l.debit, credit: l.credit })),
  };
}

const byAccount = (a: BookedLine, b: BookedLine) => a.account.localeCompare(b.account);

function compute(
  book: ParsedWorkbook,
  year: number,
  yearEnd: YearEndLines | undefined,
  memo: Map<number, OpeningBalances>,
): OpeningBalances {
  const known = memo.get(year);
  if (known) return known;
  const { first } = fiscalYearBounds(year, book.settings.fiscalYearStart);
  const start = firstYear(book);
  const carried = start !== null && year - 1 >= start ? closing(book, year - 1, yearEnd, memo) : null;
  const extra = book.settings.extraAccounts;
  const typed = typedOpeningRows(book, year);
  let result: OpeningBalances;
  if (typed.length > 0) {
    const an = { year, first, label: "Soldes d'ouverture" };
    const lines = typed
      .map((r) => {
        const account = r.account as string;
        const label = r.label || accountLabel(account, extra) || `Compte ${account}`;
        return openingLine(an, r.row, account, label, (r.debit ?? 0) - (r.credit ?? 0));
      })
      .filter((l) => l.debit !== 0 || l.credit !== 0);
    lines.sort(byAccount);
    result = { year, source: 'typed', entry: anEntry(an, lines), lines, carried };
  } else if (carried && carried.size > 0) {
    const an = { year, first, label: `Soldes reportés de la clôture ${year - 1}` };
    const lines = [...carried].map(([account, balance]) =>
      openingLine(an, 0, account, accountLabel(account, extra) ?? `Compte ${account}`, balance),
    );
    lines.sort(byAccount);
    result = { year, source: 'carried', entry: anEntry(an, lines), lines, carried };
  } else result = { year, source: 'none', entry: null, lines: [], carried };
  memo.set(year, result);
  return result;
}

/** Debit − credit by account over some booked lines. */
export function balancesOf(lines: Iterable<BookedLine>, into = new Map<string, Cents>()): Map<string, Cents> {
  for (const l of lines) into.set(l.account, (into.get(l.account) ?? 0) + l.debit - l.credit);
  return into;
}

/** The accepted year-end lines dated in a fiscal year. */
export function yearEndOf(book: ParsedWorkbook, year: number, yearEnd: YearEndLines | undefined): BookedLine[] {
  return (yearEnd ?? []).filter((l) => fiscalYearOf(l.date, book.settings.fiscalYearStart) === year);
}

/**
 * A year's computed closing: opening + the Journal's lines + its accepted year-end lines, its
 * result (classes 6/7, and any 12 awaiting allocation) brought to 110 (excédent) or 119 (déficit);
 * the balance-sheet accounts only, zero balances left out.
 */
function closing(book: ParsedWorkbook, year: number, yearEnd: YearEndLines | undefined, memo: Map<number, OpeningBalances>) {
  const all = balancesOf(compute(book, year, yearEnd, memo).lines);
  balancesOf(bookYear(book, year).lines, all);
  balancesOf(yearEndOf(book, year, yearEnd), all);
  let result = 0;
  const out = new Map<string, Cents>();
  for (const [account, balance] of all) {
    if (isChargeAccount(account) || isIncomeAccount(account) || isResultAccount(account)) result -= balance;
    else if (isBalanceSheetAccount(account)) out.set(account, (out.get(account) ?? 0) + balance);
  }
  const to = result >= 0 ? RETAINED_SURPLUS : RETAINED_DEFICIT;
  out.set(to, (out.get(to) ?? 0) - result);
  for (const [account, balance] of out) if (balance === 0) out.delete(account);
  return out;
}

/** The cash-basis openings of a book, computed once per book and year. */
const MEMO = new WeakMap<ParsedWorkbook, Map<number, OpeningBalances>>();

/**
 * The opening balances of a fiscal year. With `yearEnd` (the accepted year-end entries), a carried
 * opening includes the earlier years' entries too; without, it is the cash book's.
 */
export function openingBalances(book: ParsedWorkbook, year: number, yearEnd?: YearEndLines): OpeningBalances {
  if (yearEnd) return compute(book, year, yearEnd, new Map());
  let memo = MEMO.get(book);
  if (!memo) {
    memo = new Map();
    MEMO.set(book, memo);
  }
  return compute(book, year, undefined, memo);
}
