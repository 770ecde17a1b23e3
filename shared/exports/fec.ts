/**
 * The Fichier des Écritures Comptables (LPF art. A47 A-1): 18 fields in this order, a header
 * line, tab-separated, dates AAAAMMJJ, decimal comma, named `<SIREN>FEC<AAAAMMJJ>.txt` with the
 * closing date, encoded in ISO 8859-15. A declarative column map fed by a row generator, written
 * by one writer. The choices (docs/domain.md, FEC): accounts of fewer than three digits padded
 * with zeros, an auxiliary account only on a third-party line (class 4), a ValidDate on every line
 * (an accepted entry's own date, else the day Citego froze it in the FEC).
 */
import type { IsoDate } from '../values/dates';
import { fiscalYearBounds } from '../ledger/fiscal-years';
import type { Settings } from '../sheets/settings/parse-settings';
import { decimalComma, type Cents } from '../values/money';
import { normalizeLabel } from '../values/text';
import { refusal } from '../i18n/refusal';
import { neutralizeFormula } from './csv';
import { toLatin9 } from './latin9';
import type { Entry, EntryLine, JournalCode } from '../ledger/booking';
import { isThirdPartyAccount } from '../ledger/accounts';

/** A Tiers of the Journal as an auxiliary account: the partner's ID and name when it is one, else a code made from the name. */
export interface Auxiliary {
  readonly num: string;
  readonly lib: string;
}

type FecRow = { readonly entry: Entry; readonly line: EntryLine; readonly aux: Auxiliary | null; readonly validDate: IsoDate };

const compact = (d: IsoDate) => d.replace(/-/g, '');
/**
 * A text field never holds the separator or a line break, which would shift every column after
 * it, and never starts as a formula (`= + - @`): accountants open FECs in spreadsheets too, so it
 * is neutralised as in the CSVs, with a leading `'` (docs/domain.md, FEC). It holds only latin-9.
 */
const clean = (s: string) => neutralizeFormula(toLatin9(s.replace(/[\t\r\n]+/g, ' ').trim()));

/** CompteNum starts with three digits (A47 A-1): `62` is written `620`, as accountants' software pads accounts with zeros. */
export function fecAccount(account: string): string {
  return account.length >= 3 ? account : account.padEnd(3, '0');
}

export const FEC_COLUMNS: readonly { readonly name: string; readonly value: (r: FecRow) => string }[] = [
  { name: 'JournalCode', value: (r) => clean(r.entry.journal.code) },
  { name: 'JournalLib', value: (r) => clean(r.entry.journal.label) },
  { name: 'EcritureNum', value: (r) => clean(r.entry.number) },
  { name: 'EcritureDate', value: (r) => compact(r.entry.date) },
  { name: 'CompteNum', value: (r) => clean(fecAccount(r.line.account)) },
  { name: 'CompteLib', value: (r) => clean(r.line.accountLabel) },
  { name: 'CompAuxNum', value: (r) => (r.aux ? clean(r.aux.num) : '') },
  { name: 'CompAuxLib', value: (r) => (r.aux ? clean(r.aux.lib) : '') },
  { name: 'PieceRef', value: (r) => clean(r.entry.voucher) || `L${r.entry.row}` },
  { name: 'PieceDate', value: (r) => compact(r.entry.date) },
  { name: 'EcritureLib', value: (r) => clean(r.line.label ?? '') || clean(r.entry.label) || clean(r.line.accountLabel) },
  { name: 'Debit', value: (r) => decimalComma(r.line.debit) },
  { name: 'Credit', value: (r) => decimalComma(r.line.credit) },
  { name: 'EcritureLet', value: () => '' },
  { name: 'DateLet', value: () => '' },
  { name: 'ValidDate', value: (r) => compact(r.validDate) },
  { name: 'Montantdevise', value: () => '' },
  { name: 'Idevise', value: () => '' },
];

/** Why an FEC would be wrong; the refusal `fecRefused` says it in words. */
export type FecProblem =
  | {
      readonly kind: 'unbalanced';
      readonly journal: JournalCode;
      readonly entry: string;
      readonly row: number;
      readonly debit: Cents;
      readonly credit: Cents;
    }
  | { readonly kind: 'numbering'; readonly journal: string; readonly entry: string; readonly expected: number }
  | { readonly kind: 'outsideYear'; readonly entry: string; readonly date: IsoDate; readonly first: IsoDate; readonly last: IsoDate };

/** Why an FEC would be wrong: each entry balanced, numbering continuous per journal, dates inside the year. */
export function fecProblems(entries: readonly Entry[], first: IsoDate, last: IsoDate): FecProblem[] {
  const problems: FecProblem[] = [];
  const expected = new Map<string, number>();
  for (const e of entries) {
    const debit = e.lines.reduce((s, l) => s + l.debit, 0);
    const credit = e.lines.reduce((s, l) => s + l.credit, 0);
    if (debit !== credit) problems.push({ kind: 'unbalanced', journal: e.journal.code, entry: e.number, row: e.row, debit, credit });
    const next = (expected.get(e.journal.code) ?? 0) + 1;
    if (e.sequence !== next) problems.push({ kind: 'numbering', journal: e.journal.code, entry: e.number, expected: next });
    expected.set(e.journal.code, e.sequence);
    if (e.date < first || e.date > last) problems.push({ kind: 'outsideYear', entry: e.number, date: e.date, first, last });
  }
  return problems;
}

export interface FecFile {
  readonly name: string;
  /** Only latin-9 characters: the writer encodes it in ISO 8859-15 (`encodeLatin9`). */
  readonly content: string;
  readonly lines: number;
}

/** A code for a Tiers that is not a partner: `T` and its letters and digits, upper case, at most 17 characters. */
function partyCode(party: string): string {
  return `T${normalizeLabel(party)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 16)}`;
}

type PartnerRecord = { readonly id: string | null; readonly name: string | null };
type ConventionRecord = { readonly id: string | null; readonly partner: string | null };

/**
 * The third party of an entry as an auxiliary account (docs/domain.md, FEC): a Journal line's
 * Tiers (BQ, CA) — a partner's ID (or name) gives its ID and name, any other Tiers a code made
 * from it —, a year-end entry's convention's partner (OD); none for the opening balances (AN).
 */
export function auxiliaryResolver(partners: readonly PartnerRecord[], conventions: readonly ConventionRecord[] = []) {
  const known = new Map<string, Auxiliary>();
  for (const p of partners) {
    if (!p.id) continue;
    const aux = { num: p.id, lib: p.name || p.id };
    for (const key of [p.id, p.name]) if (key && !known.has(normalizeLabel(key))) known.set(normalizeLabel(key), aux);
  }
  const partnerOf = new Map(conventions.map((c) => [c.id, c.partner]));
  const ofParty = (party: string): Auxiliary | null => {
    const t = party.trim();
    if (!t) return null;
    return known.get(normalizeLabel(t)) ?? { num: partyCode(t), lib: t };
  };
  return (entry: Entry): Auxiliary | null => {
    const code = entry.journal.code;
    if (code === 'BQ' || code === 'CA') return ofParty(entry.party);
    if (code !== 'OD' || !entry.convention) return null;
    const partner = partnerOf.get(entry.convention);
    return partner ? (known.get(normalizeLabel(partner)) ?? null) : null;
  };
}

/** Validated entries (docs/domain.md, FEC): the accountant's typed opening balances and the year-end entries the user accepted. */
function isValidated(e: Entry): boolean {
  return (e.journal.code === 'AN' && e.row > 0) || e.journal.code === 'OD';
}

/**
 * Writes the FEC of a fiscal year from its entries (AN, BQ, CA, OD), or refuses (`fecNoSiren`,
 * `fecRefused`) with the reasons. `today` is the day of the export, the ValidDate of what no one
 * validated before (docs/domain.md, FEC); `auxiliary` gives an entry's third party, written as
 * CompAuxNum/CompAuxLib on its class-4 lines only.
 */
export function writeFec(
  entries: readonly Entry[],
  year: number,
  settings: Settings,
  opts: { readonly today: IsoDate; readonly auxiliary?: (entry: Entry) => Auxiliary | null },
): FecFile {
  if (!settings.siren) throw refusal('fecNoSiren');
  const { first, last } = fiscalYearBounds(year, settings.fiscalYearStart);
  const problems = fecProblems(entries, first, last);
  if (problems.length > 0) throw refusal('fecRefused', year, problems);
  const lines = [FEC_COLUMNS.map((c) => c.name).join('\t')];
  for (const entry of entries) {
    const party = opts.auxiliary?.(entry) ?? null;
    const validDate = isValidated(entry) ? entry.date : opts.today;
    for (const line of entry.lines) {
      const aux = party && isThirdPartyAccount(line.account) ? party : null;
      lines.push(FEC_COLUMNS.map((c) => c.value({ entry, line, aux, validDate })).join('\t'));
    }
  }
  return { name: `${settings.siren}FEC${compact(last)}.txt`, content: `${lines.join('\r\n')}\r\n`, lines: lines.length - 1 };
}
