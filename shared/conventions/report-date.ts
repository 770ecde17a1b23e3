import type { IsoDate } from '../values/dates';

/**
 * Compte rendu financier (CERFA 15059, docs/domain.md "Budgets"): due within 6 months after
 * the end of the fiscal year of the last instalment.
 */
export function suggestedReportDate(lastInstalment: IsoDate, start: { month: number; day: number }): IsoDate {
  const y = Number(lastInstalment.slice(0, 4));
  const m = Number(lastInstalment.slice(5, 7));
  const d = Number(lastInstalment.slice(8, 10));
  const fy = m > start.month || (m === start.month && d >= start.day) ? y : y - 1;
  // Last day of the fiscal year, then six months later (the same day of the month, or the month's end).
  const endOfYear = new Date(Date.UTC(fy + 1, start.month - 1, start.day - 1));
  const target = new Date(Date.UTC(endOfYear.getUTCFullYear(), endOfYear.getUTCMonth() + 7, 0));
  return target.toISOString().slice(0, 10) as IsoDate;
}
