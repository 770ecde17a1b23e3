/**
 * rpc reconcileBank and `citego reconcile`: the bank reconciliation of a year (shared/bank/),
 * its matches ticked in Relevés › Pointé under the document lock. Running it again writes nothing.
 */
import { writeTicks } from '../bank/ticks';
import { latestStatementYear, reconcile, type Reconciliation } from '../bank/reconcile';
import { fiscalYearOf, ledgerYears } from '../ledger/fiscal-years';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import { bankStatement, ledger, openingBalances } from '../sheets/schema/tables';
import type { Workbook } from '../sheets/ports';
import type { IsoDate } from '../values/dates';
import { parseYearArg } from './args';
import type { Ports } from './ports';

/** The reconciliation as a shell shows it. */
export interface BankReconciliation extends Reconciliation {
  /** Pointé cells written by this run. */
  readonly ticked: number;
  /** Years with Journal or statement lines, most recent first. */
  readonly years: readonly number[];
  /** After an accepted proposal: the row of the Total the Journal ended with, the line now below it (its SUM to extend). */
  readonly journalTotalRow?: number;
}

/** The tables a reconciliation reads (with Paramètres, always read): Soldes d’ouverture gives the books’ opening. */
export const BANK_TABLES = [ledger, bankStatement, openingBalances];

function yearsOf(book: ParsedWorkbook): number[] {
  const years = new Set(ledgerYears(book));
  for (const r of book.bankStatement.records) if (r.date) years.add(fiscalYearOf(r.date, book.settings.fiscalYearStart));
  return [...years].sort((a, b) => b - a);
}

/** Reads, reconciles and ticks; to be called under the lock. */
export function reconcileNow(wb: Workbook, year: number | null, today: string): BankReconciliation {
  const book = readWorkbook(wb, 'fr', BANK_TABLES);
  const start = book.settings.fiscalYearStart;
  // By default the year of the statement's latest line, else of the Journal's, else this year.
  const fallback = ledgerYears(book)[0] ?? fiscalYearOf(today as IsoDate, start);
  const chosen = year ?? latestStatementYear(book, fallback, (d) => fiscalYearOf(d, start));
  const { report, ticks } = reconcile(book, chosen);
  const ticked = writeTicks(wb, ticks);
  return { ...report, ticked, years: yearsOf(book) };
}

export function reconcileBank(p: Pick<Ports, 'workbook' | 'lock' | 'clock'>, year: unknown): BankReconciliation {
  const chosen = parseYearArg(year, true);
  return p.lock.withLock(() => reconcileNow(p.workbook, chosen, p.clock.today()));
}
