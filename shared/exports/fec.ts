/**
 * The Fichier des Écritures Comptables (LPF art. A47 A-1): 18 fields in this order, a header
 * line, tab-separated, dates AAAAMMJJ, decimal comma, named `<SIREN>FEC<AAAAMMJJ>.txt` with the
 * closing date. A declarative column map fed by a row generator, written by one writer.
 */
import type { IsoDate } from '../values/dates';
import { fiscalYearBounds } from '../ledger/fiscal-years';
import type { Settings } from '../sheets/settings/parse-settings';
import { decimalComma, type Cents } from '../values/money';
import { refusal } from '../i18n/refusal';
import { neutralizeFormula } from './csv';
import type { Entry, EntryLine } from '../ledger/booking';

type FecRow = { entry: Entry; line: EntryLine };

const compact = (d: IsoDate) => d.replace(/-/g, '');
/**
 * A text field never holds the separator or a line break, which would shift every column after
 * it, and never starts as a formula (`= + - @`): accountants open FECs in spreadsheets too, so it
 * is neutralised as in the CSVs, with a leading `'` (docs/domain.md, FEC).
 */
const clean = (s: string) => neutralizeFormula(s.replace(/[\t\r\n]+/g, ' ').trim());

export const FEC_COLUMNS: readonly { readonly name: string; readonly value: (r: FecRow) => string }[] = [
  { name: 'JournalCode', value: (r) => clean(r.entry.journal.code) },
  { name: 'JournalLib', value: (r) => clean(r.entry.journal.label) },
  { name: 'EcritureNum', value: (r) => clean(r.entry.number) },
  { name: 'EcritureDate', value: (r) => compact(r.entry.date) },
  { name: 'CompteNum', value: (r) => clean(r.line.account) },
  { name: 'CompteLib', value: (r) => clean(r.line.accountLabel) },
  { name: 'CompAuxNum', value: () => '' },
  { name: 'CompAuxLib', value: () => '' },
  { name: 'PieceRef', value: (r) => clean(r.entry.voucher) || `L${r.entry.row}` },
  { name: 'PieceDate', value: (r) => compact(r.entry.date) },
  { name: 'EcritureLib', value: (r) => clean(r.entry.label) || clean(r.line.accountLabel) },
  { name: 'Debit', value: (r) => decimalComma(r.line.debit) },
  { name: 'Credit', value: (r) => decimalComma(r.line.credit) },
  { name: 'EcritureLet', value: () => '' },
  { name: 'DateLet', value: () => '' },
  { name: 'ValidDate', value: (r) => compact(r.entry.date) },
  { name: 'Montantdevise', value: () => '' },
  { name: 'Idevise', value: () => '' },
];

/** Why an FEC would be wrong; the refusal `fecRefused` says it in words. */
export type FecProblem =
  | { readonly kind: 'unbalanced'; readonly entry: string; readonly row: number; readonly debit: Cents; readonly credit: Cents }
  | { readonly kind: 'numbering'; readonly journal: string; readonly entry: string; readonly expected: number }
  | { readonly kind: 'outsideYear'; readonly entry: string; readonly date: IsoDate; readonly first: IsoDate; readonly last: IsoDate };

/** Why an FEC would be wrong: each entry balanced, numbering continuous per journal, dates inside the year. */
export function fecProblems(entries: readonly Entry[], first: IsoDate, last: IsoDate): FecProblem[] {
  const problems: FecProblem[] = [];
  const expected = new Map<string, number>();
  for (const e of entries) {
    const debit = e.lines.reduce((s, l) => s + l.debit, 0);
    const credit = e.lines.reduce((s, l) => s + l.credit, 0);
    if (debit !== credit) problems.push({ kind: 'unbalanced', entry: e.number, row: e.row, debit, credit });
    const next = (expected.get(e.journal.code) ?? 0) + 1;
    if (e.sequence !== next) problems.push({ kind: 'numbering', journal: e.journal.code, entry: e.number, expected: next });
    expected.set(e.journal.code, e.sequence);
    if (e.date < first || e.date > last) problems.push({ kind: 'outsideYear', entry: e.number, date: e.date, first, last });
  }
  return problems;
}

export interface FecFile {
  readonly name: string;
  readonly content: string;
  readonly lines: number;
}

/** Writes the FEC of a fiscal year, or refuses (`fecNoSiren`, `fecRefused`) with the reasons. */
export function writeFec(entries: readonly Entry[], year: number, settings: Settings): FecFile {
  if (!settings.siren) throw refusal('fecNoSiren');
  const { first, last } = fiscalYearBounds(year, settings.fiscalYearStart);
  const problems = fecProblems(entries, first, last);
  if (problems.length > 0) throw refusal('fecRefused', year, problems);
  const lines = [FEC_COLUMNS.map((c) => c.name).join('\t')];
  for (const entry of entries) for (const line of entry.lines) lines.push(FEC_COLUMNS.map((c) => c.value({ entry, line })).join('\t'));
  return { name: `${settings.siren}FEC${compact(last)}.txt`, content: `${lines.join('\r\n')}\r\n`, lines: lines.length - 1 };
}
