/**
 * The year-end entries the user accepted (docs/domain.md, "Year end"): a proposal written as the
 * rows of « Écritures d'inventaire » (at the closing, then its reversal at the next opening), the
 * IDs already there, and those rows read back as booked lines — the statement's basis « après
 * écritures d'inventaire ». The proposals themselves are computed in year-end.ts.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import { accountLabel } from './accounts';
import type { BookedLine } from './booking';
import type { YearEndLines } from './opening';
import { CASH_BASIS, type StatementBasis } from './statement';
import type { YearEndProposal } from './year-end';
/** The ID suffix of a reversal, dated the first day of the next year. */
export const REVERSAL_SUFFIX = '-EXT';

/** A proposal's entry as the rows of « Écritures d'inventaire »: at the closing date, then its reversal at the next opening. */
export function yearEndRows(p: YearEndProposal, label: string, reversalLabel: string): YearEndRow[] {
  const rows: YearEndRow[] = p.lines.map((l) => ({
    year: p.year,
    id: p.id,
    date: p.date,
    account: l.account,
    label,
    debit: l.debit,
    credit: l.credit,
    convention: p.convention,
  }));
  if (p.reversal)
    for (const l of p.lines)
      rows.push({
        year: p.year + 1,
        id: `${p.id}${REVERSAL_SUFFIX}`,
        date: p.reversal,
        account: l.account,
        label: reversalLabel,
        debit: l.credit,
        credit: l.debit,
        convention: p.convention,
      });
  return rows;
}

export interface YearEndRow {
  readonly year: number;
  readonly id: string;
  readonly date: IsoDate;
  readonly account: string;
  readonly label: string;
  readonly debit: Cents;
  readonly credit: Cents;
  readonly convention: string;
}

/** The IDs already in « Écritures d'inventaire »: a proposal whose ID is there is accepted. */
export function acceptedIds(book: ParsedWorkbook): Set<string> {
  return new Set(book.yearEnd.records.map((r) => r.id).filter((x): x is string => !!x));
}

/**
 * The accepted year-end entries of a fiscal year (its OD at closing and the reversals of the
 * previous year's, read from « Écritures d'inventaire ») as booked lines, the shape of
 * `bookYear(...).lines`: the statement's basis « après écritures d'inventaire » adds them.
 */
export function yearEndLines(book: ParsedWorkbook, year: number | null): BookedLine[] {
  const extra = book.settings.extraAccounts;
  const projectOf = new Map(book.conventions.records.map((c) => [c.id, c.project ?? '']));
  const out: BookedLine[] = [];
  for (const r of book.yearEnd.records) {
    if ((year !== null && r.year !== year) || r.account === null || r.id === null || r.date === null) continue;
    out.push({
      account: r.account,
      accountLabel: accountLabel(r.account, extra) ?? `Compte ${r.account}`,
      debit: r.debit ?? 0,
      credit: r.credit ?? 0,
      entry: r.id,
      row: r.row,
      date: r.date,
      project: (r.convention && projectOf.get(r.convention)) || '',
      convention: r.convention ?? '',
      party: '',
      treasury: false,
      // The sheet's Libellé and ID: the OD line's EcritureLib and PieceRef (docs/domain.md, FEC).
      ...(r.label ? { label: r.label } : {}),
      voucher: r.id,
    });
  }
  return out;
}

/**
 * The basis of a year's accounts (docs/domain.md, "Year end"): after year-end entries when the user
 * accepted that year's closing entries (rows of its Exercice other than the reversals `…-EXT` of the
 * year before) — then every accepted line of every year, each counted in the year of its date;
 * otherwise undefined, the cash book alone.
 */
export function acceptedYearEnd(book: ParsedWorkbook, year: number): BookedLine[] | undefined {
  const closed = book.yearEnd.records.some((r) => r.year === year && r.id !== null && !r.id.endsWith(REVERSAL_SUFFIX));
  return closed ? yearEndLines(book, null) : undefined;
}

/**
 * The basis a year's accounts are on: after year-end entries when given `yearEnd`, or when the
 * user accepted that year's (`acceptedYearEnd`); the cash book alone otherwise. The report, its
 * preview and the pack all ask here, so they never disagree.
 */
export function accountsBasis(book: ParsedWorkbook, year: number, yearEnd?: YearEndLines): StatementBasis {
  const accepted = yearEnd ?? acceptedYearEnd(book, year);
  return accepted ? { basis: 'accrual', yearEnd: accepted } : CASH_BASIS;
}
