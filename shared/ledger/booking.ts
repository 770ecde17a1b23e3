/**
 * Booking the Journal of a fiscal year: the one source of every figure of every document
 * (docs/domain.md, "Everything the report shows must tie"). The compte de résultat, budget vs
 * actual, the subsidy table, the FEC and the accountant's tables all read `bookYear`, so a
 * Journal line that cannot be booked is counted nowhere and listed with its reason.
 */
import { accountLabel, isCvnAccount } from './accounts';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { fiscalYearOf } from './fiscal-years';
import type { Cents } from '../values/money';

/**
 * The journals: the bank (512) and the cash box (530: an FEC account starts with three digits,
 * never `53`) for the Journal's lines; the opening balances (AN, the year's first day) and the
 * year-end entries (OD), which have no treasury side (docs/domain.md, "The books").
 */
export const JOURNALS = {
  banque: { code: 'BQ', label: 'Banque', account: '512', accountLabel: 'Banque' },
  caisse: { code: 'CA', label: 'Caisse', account: '530', accountLabel: 'Caisse' },
  opening: { code: 'AN', label: 'À nouveaux', account: null, accountLabel: null },
  yearEnd: { code: 'OD', label: 'Opérations diverses', account: null, accountLabel: null },
} as const;

export type Journal = (typeof JOURNALS)[keyof typeof JOURNALS];
export type JournalCode = Journal['code'];
/** The journals of the cash book (the Journal sheet): each line against its treasury account. */
export type TreasuryJournal = (typeof JOURNALS)['banque' | 'caisse'];

export interface EntryLine {
  readonly account: string;
  readonly accountLabel: string;
  readonly debit: Cents;
  readonly credit: Cents;
  /** A year-end (OD) line's own label, the sheet's Libellé: its EcritureLib in the FEC. */
  readonly label?: string;
}

/** One balanced accounting entry: made from one Journal line (BQ, CA), the opening balances (AN) or a year-end entry (OD). */
export interface Entry {
  readonly journal: Journal;
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
  /** The row it comes from: in the Journal (BQ, CA), Soldes d'ouverture (AN, its first line), the year-end sheet (OD); 0 when computed (a carried opening). */
  readonly row: number;
  readonly lines: readonly EntryLine[];
}

/** Why a Journal line was not booked, one reason per line; the catalogue (`report.exclusionReasons`) says it in words. */
export type ExclusionReason =
  | 'dateMissing'
  | 'dateUnreadable'
  | 'accountMissing'
  | 'accountUnreadable'
  | 'inKind'
  | 'amountUnreadable'
  | 'meansUnreadable'
  | 'bothAmounts'
  | 'noAmount'
  | 'negativeAmount';

export interface Excluded {
  readonly row: number;
  readonly reason: ExclusionReason;
}

/** One line of a booked entry, carrying what its Journal line said (project, convention, party, row). */
export interface BookedLine extends EntryLine {
  /** The entry's number (EcritureNum of the FEC). */
  readonly entry: string;
  readonly row: number;
  readonly date: IsoDate;
  readonly project: string;
  readonly convention: string;
  readonly party: string;
  /** The bank or cash side of a Journal line's entry (512, 530); false on its own account, and on AN and OD lines. */
  readonly treasury: boolean;
  /** Set on AN and OD lines (a Journal line's come from its Entry): the entry's label (EcritureLib) and voucher (PieceRef). */
  readonly label?: string;
  readonly voucher?: string;
}

/** A fiscal year of the Journal, booked: entries (BQ, CA), their lines flattened, and the lines left out. */
export interface BookedYear {
  readonly year: number;
  readonly entries: readonly (Entry & { readonly journal: TreasuryJournal })[];
  readonly lines: readonly BookedLine[];
  readonly excluded: readonly Excluded[];
}

type LedgerRecord = ParsedWorkbook['ledger']['records'][number];
type Candidate = {
  readonly r: LedgerRecord;
  readonly date: IsoDate;
  readonly account: string;
  readonly amount: Cents;
  readonly income: boolean;
};

type Ledger = ParsedWorkbook['ledger'];

/** True when the cell was typed but could not be read (`cell.invalid` with a value), false when it is blank. */
function typedButUnreadable(ledger: Ledger, r: LedgerRecord, key: 'date' | 'account' | 'income' | 'expense' | 'means'): boolean {
  return (ledger.invalidText.get(r.row)?.get(key) ?? '') !== '';
}

/**
 * A Journal line of the year that can be booked, the one reason it cannot, or null (another
 * year, or a zero amount). The reason is the cause the user fixes (docs/domain.md, "The books").
 */
function screen(
  ledger: Ledger,
  r: LedgerRecord,
  year: number,
  start: ParsedWorkbook['settings']['fiscalYearStart'],
): Candidate | ExclusionReason | null {
  // A line without a readable date belongs to no year: every year lists it.
  if (r.date === null) return typedButUnreadable(ledger, r, 'date') ? 'dateUnreadable' : 'dateMissing';
  if (fiscalYearOf(r.date, start) !== year) return null;
  if (r.account === null) return typedButUnreadable(ledger, r, 'account') ? 'accountUnreadable' : 'accountMissing';
  // Contributions in kind (86/87) move no money: they come from Bénévolat, never from the cash book.
  if (isCvnAccount(r.account)) return 'inKind';
  // An unreadable amount is unknown, not missing: the line is neither "without amount" nor "with both".
  if (typedButUnreadable(ledger, r, 'income') || typedButUnreadable(ledger, r, 'expense')) return 'amountUnreadable';
  if (r.income !== null && r.expense !== null) return 'bothAmounts';
  if (r.income === null && r.expense === null) return 'noAmount';
  const income = r.income !== null;
  const amount = (income ? r.income : r.expense) as Cents;
  if (amount < 0) return 'negativeAmount';
  // Bank or cash decides the journal and the treasury account: an unreadable Moyen is not guessed as the bank.
  if (amount > 0 && typedButUnreadable(ledger, r, 'means')) return 'meansUnreadable';
  return amount > 0 ? { r, date: r.date, account: r.account, amount, income } : null;
}

/** The nature account against 512 (banque) or 530 (caisse), numbered in its journal. */
function toEntry(c: Candidate, sequence: number, extraAccounts: Readonly<Record<string, string>>): Entry & { journal: TreasuryJournal } {
  const { r, account, amount, income } = c;
  const journal = JOURNALS[r.means ?? 'banque'];
  const nature: EntryLine = {
    account,
    accountLabel: accountLabel(account, extraAccounts) ?? `Compte ${account}`,
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
    date: c.date,
    voucher: r.voucher ?? '',
    label: r.label ?? '',
    party: r.party ?? '',
    receipt: r.receipt ?? '',
    project: r.project ?? '',
    convention: r.convention ?? '',
    row: r.row,
    lines: income ? [treasury, nature] : [nature, treasury],
  };
}

/**
 * The entry's lines with what its Journal line said; the treasury line comes first on a receipt
 * (see toEntry). A plain loop with literal objects: flatMap with spreads took seconds at 100k lines.
 */
function flatten(e: Entry, income: boolean, into: BookedLine[]): void {
  const treasuryIndex = income ? 0 : 1;
  for (let i = 0; i < e.lines.length; i++) {
    const l = e.lines[i];
    into.push({
      account: l.account,
      accountLabel: l.accountLabel,
      debit: l.debit,
      credit: l.credit,
      entry: e.number,
      row: e.row,
      date: e.date,
      project: e.project,
      convention: e.convention,
      party: e.party,
      treasury: i === treasuryIndex,
    });
  }
}

function bookOnce(book: ParsedWorkbook, year: number): BookedYear {
  const excluded: Excluded[] = [];
  const candidates: Candidate[] = [];
  for (const r of book.ledger.records) {
    const c = screen(book.ledger, r, year, book.settings.fiscalYearStart);
    if (typeof c === 'string') excluded.push({ row: r.row, reason: c });
    else if (c) candidates.push(c);
  }
  candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.r.row - b.r.row));
  const counters = { BQ: 0, CA: 0 };
  const entries = candidates.map((c) => {
    const code = JOURNALS[c.r.means ?? 'banque'].code;
    counters[code] += 1;
    return toEntry(c, counters[code], book.settings.extraAccounts);
  });
  const lines: BookedLine[] = [];
  entries.forEach((e, i) => flatten(e, candidates[i].income, lines));
  return { year, entries, lines, excluded };
}

/** A ParsedWorkbook is read once and never changed afterwards: its booked years are kept with it. */
const BOOKED = new WeakMap<ParsedWorkbook, Map<number, BookedYear>>();

/**
 * The Journal of a fiscal year as balanced double entries: the nature account against 512
 * (banque) or 530 (caisse). Lines that cannot be booked are listed, not guessed. Booked once
 * per ParsedWorkbook and year, however many documents ask.
 */
export function bookYear(book: ParsedWorkbook, year: number): BookedYear {
  let years = BOOKED.get(book);
  if (!years) {
    years = new Map();
    BOOKED.set(book, years);
  }
  let booked = years.get(year);
  if (!booked) {
    booked = bookOnce(book, year);
    years.set(year, booked);
  }
  return booked;
}

/** The entries of a year and the Journal lines left out (see `bookYear`). */
export function journalEntries(book: ParsedWorkbook, year: number): { entries: readonly Entry[]; excluded: readonly Excluded[] } {
  const { entries, excluded } = bookYear(book, year);
  return { entries, excluded };
}
