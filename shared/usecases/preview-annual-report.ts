/** rpc previewAnnualReport: the years with data and a year's totals, before its report is written. */
import { lastClosedYear, ledgerYears } from '../ledger/fiscal-years';
import { incomeStatement } from '../ledger/statement';
import { accountsBasis } from '../ledger/year-end-accepted';
import { readWorkbook } from '../sheets/parsed-workbook';
import { parseLang, parseYearArg } from './args';
import { KEYS } from './keys';
import type { Ports } from './ports';
import type { ReportPreview } from './rpc';

/** The last closed year by default; `existingUrl` links the year's report when one was written. */
export function previewAnnualReport(
  p: Pick<Ports, 'workbook' | 'clock' | 'requests' | 'documents'>,
  year: unknown,
  lang: unknown,
): ReportPreview {
  const book = readWorkbook(p.workbook, parseLang(lang));
  const chosen = parseYearArg(year, true) ?? lastClosedYear(book, p.clock.today());
  // The same basis as the report it previews: after year-end entries once that year's are accepted.
  const st = incomeStatement(book, chosen, accountsBasis(book, chosen));
  const known = p.requests.get(KEYS.report(chosen));
  return {
    year: chosen,
    years: ledgerYears(book),
    lines: st.lines,
    totalIncome: st.totalIncome,
    totalCharges: st.totalCharges,
    netResult: st.netResult,
    existingUrl: known ? p.documents.urlOf(known) : null,
  };
}
