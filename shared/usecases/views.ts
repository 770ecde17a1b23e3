/**
 * What the "Dossier expert-comptable" and "Rapport annuel" sidebars show before any write:
 * the same pure views on Google and in the offline preview (the shells add only links).
 */
import type { Book } from '../sheets/book';
import type { IsoDate } from '../values/dates';
import { buildAccountantPack } from '../exports/pack';
import { Refusal } from '../i18n/refusal';
import { fiscalYearOf, lastClosedYear, ledgerYears } from '../ledger/fiscal-years';

import { incomeStatement } from '../ledger/statement';
import type { AccountantStatus, ReportPreview } from './rpc';

/** The pack's checklist for a year — the last closed year with data by default. */
export function accountantView(
  book: Book,
  year: number | null,
  today: IsoDate,
  /** What the shell knows of a year: its folder link, the last sending, whether its report exists. */
  known: (year: number) => { folderUrl: string | null; lastSent: string | null; reportReady: boolean | undefined },
): AccountantStatus {
  const current = fiscalYearOf(today, book.settings.fiscalYearStart);
  const years = ledgerYears(book);
  const chosen = year ?? (years.includes(current - 1) ? current - 1 : (years[0] ?? current - 1));
  const extra = known(chosen);
  let checklist: AccountantStatus['checklist'] = [];
  let problem: string | null = null;
  try {
    checklist = buildAccountantPack(book, chosen, { reportReady: extra.reportReady }).checklist;
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    problem = e.message;
  }
  return {
    associationName: book.settings.associationName,
    email: book.settings.accountantEmail,
    year: chosen,
    years,
    folderUrl: extra.folderUrl,
    lastSent: extra.lastSent,
    checklist,
    problem,
  };
}

/** The totals of a year before its report is written — the last closed year by default. */
export function reportView(book: Book, year: number | null, today: IsoDate, existingUrl: (year: number) => string | null): ReportPreview {
  const chosen = year ?? lastClosedYear(book, today);
  const st = incomeStatement(book, chosen);
  return {
    year: chosen,
    years: ledgerYears(book),
    lines: st.lines,
    totalIncome: st.totalIncome,
    totalCharges: st.totalCharges,
    netResult: st.netResult,
    existingUrl: existingUrl(chosen),
  };
}
