/**
 * The demo's Journal and Soldes d'ouverture read from raw cells, independently of the code under
 * test: a line counts when its date is a date cell, exactly one of Recette/Dépense holds a number
 * and its account is not 86/87 (contributions in kind are never booked).
 */
import type { CellValue } from '../../shared/sheets/ports';
import type { BookedLine } from '../../shared/ledger/booking';
import type { IsoDate } from '../../shared/values/dates';
import type { XlsxSnapshot } from '../../scripts/xlsx/read';

export interface RawLine {
  readonly date: string;
  readonly account: string;
  /** + for a receipt, − for a payment, in cents. */
  readonly signed: number;
  readonly cash: boolean;
  readonly label: string;
}

const filled = (c: CellValue) => c !== '' && c !== null && c !== undefined;

export function rawJournal(snap: XlsxSnapshot): RawLine[] {
  const rows = snap.readSheet('Journal');
  const header = rows[1];
  const col = (h: string) => header.indexOf(h);
  const out: RawLine[] = [];
  for (const r of rows.slice(2)) {
    const d = r[col('Date')];
    const inc = r[col('Recette')];
    const exp = r[col('Dépense')];
    const account = String(r[col('Compte')]);
    if (!(d instanceof Date) || filled(inc) === filled(exp) || /^8[67]/.test(account)) continue;
    const cents = Math.round(Number(filled(inc) ? inc : exp) * 100);
    out.push({
      date: d.toISOString().slice(0, 10),
      account,
      signed: filled(inc) ? cents : -cents,
      cash: r[col('Moyen')] === 'caisse',
      label: String(r[col('Libellé')]),
    });
  }
  return out;
}

/** Soldes d'ouverture of a year, debit − credit by account, in cents. */
export function rawOpening(snap: XlsxSnapshot, year: number): Map<string, number> {
  const [header, ...rows] = snap.readSheet("Soldes d'ouverture");
  const col = (h: string) => header.indexOf(h);
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r[col('Exercice')] !== year) continue;
    const value = Math.round(Number(r[col('Débit')] || 0) * 100) - Math.round(Number(r[col('Crédit')] || 0) * 100);
    out.set(String(r[col('Compte')]), value);
  }
  return out;
}

/** A year's result from raw lines: receipts − payments on classes 6 and 7. */
export function rawResult(lines: readonly RawLine[], year: number): number {
  return lines.filter((l) => l.date.startsWith(String(year)) && /^[67]/.test(l.account)).reduce((s, l) => s + l.signed, 0);
}

/** The bank (or cash) movement of a year from raw lines. */
export function rawTreasury(lines: readonly RawLine[], year: number, cash: boolean): number {
  return lines.filter((l) => l.date.startsWith(String(year)) && l.cash === cash).reduce((s, l) => s + l.signed, 0);
}

/** A year's opening carried from the previous year's typed balances and raw movements, its result in 110 (or 119). */
export function rawCarriedOpening(snap: XlsxSnapshot, lines: readonly RawLine[], year: number): Map<string, number> {
  const o = rawOpening(snap, year - 1);
  const result = rawResult(lines, year - 1);
  const out = new Map(o);
  out.set('512', (o.get('512') ?? 0) + rawTreasury(lines, year - 1, false));
  out.set('530', (o.get('530') ?? 0) + rawTreasury(lines, year - 1, true));
  if (result >= 0) out.set('110', (o.get('110') ?? 0) - result);
  else out.set('119', (o.get('119') ?? 0) - result);
  return out;
}

/**
 * An accepted year-end entry as the year-end layer hands it over (journal OD): a 26 000 € subsidy
 * of 2025 paid in 2026, debit 4411, credit 741, dated the 2025 closing.
 */
export const SUBSIDY_RECEIVABLE: BookedLine[] = [
  { account: '4411', accountLabel: 'Subventions à recevoir', debit: 2_600_000, credit: 0 },
  { account: '741', accountLabel: "Subventions d'exploitation", debit: 0, credit: 2_600_000 },
].map((l) => ({
  ...l,
  entry: 'PAR-1',
  row: 2,
  date: '2025-12-31' as IsoDate,
  project: 'ATLAS',
  convention: 'C-2025-001',
  party: '',
  treasury: false,
  label: 'Subvention Région 2025 à recevoir',
  voucher: 'INV-2025-01',
}));
