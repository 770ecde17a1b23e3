/**
 * A fiscal year's whole books: the opening balances (AN), the Journal's entries (BQ, CA) and, on
 * the accrual basis, the accepted year-end entries (OD). What the FEC, the general ledger, the
 * trial balance, the compte de résultat and the bilan read (docs/domain.md, "Opening balances").
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { bookYear, JOURNALS, type BookedLine, type Entry } from './booking';
import { openingBalances, yearEndOf, type OpeningBalances, type YearEndLines } from './opening';

/** The cash book alone (« comptabilité de trésorerie »), or with the accepted year-end entries (« après écritures d'inventaire »). */
export type Basis = 'cash' | 'accrual';

export interface YearBooks {
  readonly year: number;
  readonly basis: Basis;
  readonly opening: OpeningBalances;
  /** AN, BQ/CA and OD entries in date order (AN first on the first day), each journal numbered continuously. */
  readonly entries: readonly Entry[];
  /** Every line of those entries; an OD line's `entry` is its number here. */
  readonly lines: readonly BookedLine[];
}

/** Groups accepted year-end lines into OD entries, in date order, numbered OD-000001… */
function yearEndEntries(lines: readonly BookedLine[]): { entries: Entry[]; lines: BookedLine[] } {
  const groups = new Map<string, BookedLine[]>();
  for (const l of lines) {
    const group = groups.get(l.entry);
    if (group) group.push(l);
    else groups.set(l.entry, [l]);
  }
  const sorted = [...groups.values()].sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : 0));
  const entries: Entry[] = [];
  const out: BookedLine[] = [];
  sorted.forEach((group, i) => {
    const head = group[0];
    const number = `OD-${String(i + 1).padStart(6, '0')}`;
    entries.push({
      journal: JOURNALS.yearEnd,
      number,
      sequence: i + 1,
      date: head.date,
      voucher: head.voucher || head.entry,
      label: head.label || head.accountLabel,
      party: head.party,
      receipt: '',
      project: head.project,
      convention: head.convention,
      row: head.row,
      lines: group.map((l) => ({
        account: l.account,
        accountLabel: l.accountLabel,
        debit: l.debit,
        credit: l.credit,
        ...(l.label ? { label: l.label } : {}),
      })),
    });
    for (const l of group) out.push({ ...l, entry: number });
  });
  return { entries, lines: out };
}

/**
 * The AN entry first, then the Journal's entries (already in date order) and the OD entries merged
 * by date, an OD entry after the Journal's of the same day: linear, as the Journal may hold 100k lines.
 */
function inOrder(an: Entry | null, journal: readonly Entry[], od: readonly Entry[]): Entry[] {
  const out: Entry[] = an ? [an] : [];
  let j = 0;
  for (const e of od) {
    while (j < journal.length && journal[j].date <= e.date) out.push(journal[j++]);
    out.push(e);
  }
  while (j < journal.length) out.push(journal[j++]);
  return out;
}

function compute(book: ParsedWorkbook, year: number, yearEnd: YearEndLines | undefined): YearBooks {
  const opening = openingBalances(book, year, yearEnd);
  const journal = bookYear(book, year);
  const od = yearEndEntries(yearEndOf(book, year, yearEnd));
  return {
    year,
    basis: yearEnd ? 'accrual' : 'cash',
    opening,
    entries: inOrder(opening.entry, journal.entries, od.entries),
    lines: [...opening.lines, ...journal.lines, ...od.lines],
  };
}

/** The cash-basis books of a ParsedWorkbook (read once, never changed), computed once per year. */
const CASH = new WeakMap<ParsedWorkbook, Map<number, YearBooks>>();

/**
 * The books of a fiscal year on a basis: `yearEnd` (the accepted year-end entries, any years)
 * makes it the accrual basis, and counts in the carried opening too.
 */
export function yearBooks(book: ParsedWorkbook, year: number, yearEnd?: YearEndLines): YearBooks {
  if (yearEnd) return compute(book, year, yearEnd);
  let years = CASH.get(book);
  if (!years) {
    years = new Map();
    CASH.set(book, years);
  }
  let books = years.get(year);
  if (!books) {
    books = compute(book, year, undefined);
    years.set(year, books);
  }
  return books;
}
