import { accountLabel } from './accounts';
import type { Book } from '../sheets/book';
import type { IsoDate } from '../values/dates';
import { fiscalYearOf } from './fiscal-years';
import type { Cents } from '../values/money';

/** Journals of a cash book: the bank (512) and the cash box (53). */
export const JOURNALS = {
  banque: { code: 'BQ', label: 'Banque', account: '512', accountLabel: 'Banque' },
  caisse: { code: 'CA', label: 'Caisse', account: '53', accountLabel: 'Caisse' },
} as const;

export interface EntryLine {
  readonly account: string;
  readonly accountLabel: string;
  readonly debit: Cents;
  readonly credit: Cents;
}

/** One balanced accounting entry made from one Journal line. */
export interface Entry {
  readonly journal: (typeof JOURNALS)[keyof typeof JOURNALS];
  /** Continuous within its journal, in date order: BQ-000001, BQ-000002… */
  readonly number: string;
  readonly sequence: number;
  readonly date: IsoDate;
  readonly voucher: string;
  readonly label: string;
  readonly party: string;
  readonly receipt: string;
  readonly project: string;
  readonly convention: string;
  /** The Journal row it comes from. */
  readonly row: number;
  readonly lines: readonly EntryLine[];
}

export interface Excluded {
  readonly row: number;
  readonly reason: string;
}

/**
 * Turns the Journal of a fiscal year into balanced double entries: the nature account
 * against 512 (banque) or 53 (caisse). Lines that cannot be booked are listed, not guessed.
 */
export function journalEntries(book: Book, year: number): { entries: Entry[]; excluded: Excluded[] } {
  const start = book.settings.fiscalYearStart;
  const excluded: Excluded[] = [];
  const candidates: { r: (typeof book.ledger.records)[number]; date: IsoDate; account: string; amount: Cents; income: boolean }[] = [];
  for (const r of book.ledger.records) {
    if (r.date === null) {
      excluded.push({ row: r.row, reason: 'date illisible' });
      continue;
    }
    if (fiscalYearOf(r.date, start) !== year) continue;
    if (r.account === null) excluded.push({ row: r.row, reason: 'compte illisible' });
    else if (r.income !== null && r.expense !== null) excluded.push({ row: r.row, reason: 'recette et dépense sur la même ligne' });
    else if (r.income === null && r.expense === null) excluded.push({ row: r.row, reason: 'ni recette ni dépense' });
    else {
      const income = r.income !== null;
      const amount = (income ? r.income : r.expense) as Cents;
      if (amount < 0) excluded.push({ row: r.row, reason: 'montant négatif' });
      else if (amount > 0) candidates.push({ r, date: r.date, account: r.account, amount, income });
    }
  }
  candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.r.row - b.r.row));
  const counters = { BQ: 0, CA: 0 };
  const entries = candidates.map(({ r, date, account, amount, income }) => {
    const journal = JOURNALS[r.means ?? 'banque'];
    counters[journal.code] += 1;
    const sequence = counters[journal.code];
    const nature: EntryLine = {
      account,
      accountLabel: accountLabel(account, book.settings.extraAccounts) ?? `Compte ${account}`,
      debit: income ? 0 : amount,
      credit: income ? amount : 0,
    };
    const treasury: EntryLine = {
      account: journal.account,
      accountLabel: journal.accountLabel,
      debit: income ? amount : 0,
      credit: income ? 0 : amount,
    };
    return {
      journal,
      number: `${journal.code}-${String(sequence).padStart(6, '0')}`,
      sequence,
      date,
      voucher: r.voucher ?? '',
      label: r.label ?? '',
      party: r.party ?? '',
      receipt: r.receipt ?? '',
      project: r.project ?? '',
      convention: r.convention ?? '',
      row: r.row,
      lines: income ? [treasury, nature] : [nature, treasury],
    };
  });
  return { entries, excluded };
}
