/** rpc getAccountantStatus: what the "Dossier expert-comptable" sidebar shows of a year before any write. */
import { buildAccountantPack } from '../exports/pack';
import { fiscalYearOf } from '../ledger/fiscal-years';
import { ledgerYears } from '../ledger/fiscal-years';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { parseYearArg } from './args';
import { KEYS } from './keys';
import type { Ports } from './ports';
import { refusalText } from '../i18n/refusal';
import type { AccountantStatus } from './rpc';

/** The year asked for, else the last closed year when it has data, else the latest year with data. */
function chosenYear(book: ParsedWorkbook, year: number | null, today: IsoDate): number {
  const current = fiscalYearOf(today, book.settings.fiscalYearStart);
  const years = ledgerYears(book);
  return year ?? (years.includes(current - 1) ? current - 1 : (years[0] ?? current - 1));
}

export function getAccountantStatus(p: Pick<Ports, 'workbook' | 'files' | 'clock' | 'requests'>, year: unknown): AccountantStatus {
  const book = readWorkbook(p.workbook);
  const chosen = chosenYear(book, parseYearArg(year, true), p.clock.today());
  const folder = p.requests.get(KEYS.accountantYear(chosen));
  let checklist: AccountantStatus['checklist'] = [];
  let problem: string | null = null;
  try {
    checklist = buildAccountantPack(book, chosen, {
      today: p.clock.today(),
      reportReady: p.requests.get(KEYS.report(chosen)) !== null,
    }).checklist;
  } catch (e) {
    // Why no pack can be made for that year is shown in the sidebar, not thrown.
    problem = refusalText(e, book.settings.language);
    if (problem === null) throw e;
  }
  return {
    associationName: book.settings.associationName,
    email: book.settings.accountantEmail,
    year: chosen,
    years: ledgerYears(book),
    folderUrl: folder ? p.files.folderUrl(folder) : null,
    lastSent: p.requests.get(KEYS.accountantSent(chosen)),
    checklist,
    problem,
  };
}
