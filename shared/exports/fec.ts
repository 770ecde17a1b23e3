/**
 * The Fichier des Écritures Comptables (LPF art. A47 A-1): 18 fields in this order, a header
 * line, tab-separated, dates AAAAMMJJ, decimal comma, named `<SIREN>FEC<AAAAMMJJ>.txt` with the
 * closing date. A declarative column map fed by a row generator, written by one writer.
 */
import type { IsoDate } from '../values/dates';
import { fiscalYearBounds } from '../ledger/fiscal-years';
import type { Settings } from '../sheets/settings/read';
import { decimalComma } from '../values/money';
import type { Entry, EntryLine } from '../ledger/booking';

type FecRow = { entry: Entry; line: EntryLine };

const compact = (d: IsoDate) => d.replace(/-/g, '');
/** A field never holds the separator or a line break, which would shift every column after it. */
const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

export const FEC_COLUMNS: readonly { readonly name: string; readonly value: (r: FecRow) => string }[] = [
  { name: 'JournalCode', value: (r) => r.entry.journal.code },
  { name: 'JournalLib', value: (r) => r.entry.journal.label },
  { name: 'EcritureNum', value: (r) => r.entry.number },
  { name: 'EcritureDate', value: (r) => compact(r.entry.date) },
  { name: 'CompteNum', value: (r) => r.line.account },
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

export class ExportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportRefused';
  }
}

/** Why an FEC would be wrong: each entry balanced, numbering continuous per journal, dates inside the year. */
export function fecProblems(entries: readonly Entry[], first: IsoDate, last: IsoDate): string[] {
  const problems: string[] = [];
  const expected = new Map<string, number>();
  for (const e of entries) {
    const debit = e.lines.reduce((s, l) => s + l.debit, 0);
    const credit = e.lines.reduce((s, l) => s + l.credit, 0);
    if (debit !== credit)
      problems.push(
        `écriture ${e.number} (Journal ligne ${e.row}) déséquilibrée : débit ${decimalComma(debit)}, crédit ${decimalComma(credit)}`,
      );
    const next = (expected.get(e.journal.code) ?? 0) + 1;
    if (e.sequence !== next) problems.push(`numérotation du journal ${e.journal.code} interrompue : ${e.number} au lieu du n° ${next}`);
    expected.set(e.journal.code, e.sequence);
    if (e.date < first || e.date > last) problems.push(`écriture ${e.number} datée du ${e.date}, hors de l'exercice ${first} – ${last}`);
  }
  return problems;
}

export interface FecFile {
  readonly name: string;
  readonly content: string;
  readonly lines: number;
}

/** Writes the FEC of a fiscal year, or refuses with the reasons. */
export function writeFec(entries: readonly Entry[], year: number, settings: Settings): FecFile {
  if (!settings.siren)
    throw new ExportRefused(
      'SIREN manquant ou invalide dans Paramètres (9 chiffres) : le nom du FEC en a besoin. Ajoutez la ligne « SIREN ».',
    );
  const { first, last } = fiscalYearBounds(year, settings.fiscalYearStart);
  const problems = fecProblems(entries, first, last);
  if (problems.length > 0)
    throw new ExportRefused(
      `FEC ${year} non produit : ${problems.slice(0, 5).join(' ; ')}${problems.length > 5 ? ` (et ${problems.length - 5} autres)` : ''}.`,
    );
  const lines = [FEC_COLUMNS.map((c) => c.name).join('\t')];
  for (const entry of entries) for (const line of entry.lines) lines.push(FEC_COLUMNS.map((c) => c.value({ entry, line })).join('\t'));
  return { name: `${settings.siren}FEC${compact(last)}.txt`, content: `${lines.join('\r\n')}\r\n`, lines: lines.length - 1 };
}
