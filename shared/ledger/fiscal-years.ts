/** Fiscal years: which one a date belongs to, its bounds and label, and the years the Journal holds. */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { Settings } from '../sheets/settings/parse-settings';
import type { IsoDate } from '../values/dates';

/** The fiscal year a date belongs to, named by the calendar year in which it starts. */
export function fiscalYearOf(date: IsoDate, start: Settings['fiscalYearStart']): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return m > start.month || (m === start.month && d >= start.day) ? y : y - 1;
}

/** First and last day of a fiscal year. */
export function fiscalYearBounds(year: number, start: Settings['fiscalYearStart']): { first: IsoDate; last: IsoDate } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const first = `${year}-${pad(start.month)}-${pad(start.day)}` as IsoDate;
  const next = new Date(Date.UTC(year + 1, start.month - 1, start.day - 1));
  const last = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}` as IsoDate;
  return { first, last };
}

/** A fiscal year's label: `2025`, or `2025-2026` when it does not start on 1 January. */
export function fiscalYearLabel(year: number, start: Settings['fiscalYearStart']): string {
  return start.month === 1 && start.day === 1 ? String(year) : `${year}-${year + 1}`;
}

/** The fiscal years that have Journal lines, most recent first. */
export function ledgerYears(book: ParsedWorkbook): number[] {
  const years = new Set<number>();
  for (const r of book.ledger.records) if (r.date) years.add(fiscalYearOf(r.date, book.settings.fiscalYearStart));
  return [...years].sort((a, b) => b - a);
}

/** The last closed fiscal year on a given day. */
export function lastClosedYear(book: ParsedWorkbook, today: IsoDate): number {
  return fiscalYearOf(today, book.settings.fiscalYearStart) - 1;
}
