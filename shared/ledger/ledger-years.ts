import type { Book } from '../sheets/book';
import type { IsoDate } from '../values/dates';
import { fiscalYearOf } from './fiscal-years';

/** The fiscal years that have Journal lines, most recent first. */
export function ledgerYears(book: Book): number[] {
  const years = new Set<number>();
  for (const r of book.ledger.records) if (r.date) years.add(fiscalYearOf(r.date as IsoDate, book.settings.fiscalYearStart));
  return [...years].sort((a, b) => b - a);
}

/** The last closed fiscal year on a given day. */
export function lastClosedYear(book: Book, today: IsoDate): number {
  return fiscalYearOf(today, book.settings.fiscalYearStart) - 1;
}
