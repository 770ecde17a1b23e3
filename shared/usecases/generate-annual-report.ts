/**
 * rpc generateAnnualReport (and the menu's one click): the annual report of shared/reports
 * written as a document in `<Association>/Rapports annuels/` — created once per year, then
 * rewritten in place.
 */
import type { Lang } from '../i18n/lang';
import { catalogue } from '../i18n/catalogue';
import { lastClosedYear } from '../ledger/fiscal-years';
import type { ReportDoc } from '../reports/doc';
import { buildAnnualReport } from '../reports/annual/build';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { parseLang, parseYearArg } from './args';
import { associationFolder, ensureFolder } from './folders';
import { KEYS } from './keys';
import type { Ports } from './ports';
import type { ReportResult } from './rpc';
import { writeKeptDocument } from './kept-doc';

/** The report of `year`, the last closed year by default (also what `citego report` writes). */
export function annualReportOf(book: ParsedWorkbook, year: number | null, today: IsoDate, lang: Lang): { year: number; doc: ReportDoc } {
  const chosen = year ?? lastClosedYear(book, today);
  return { year: chosen, doc: buildAnnualReport(book, chosen, { lang, generatedOn: today }) };
}

/**
 * The lock is held only around the stored ids (folders, the year's document made empty once and
 * remembered), never while the document is rendered and uploaded (docs/architecture.md, "The
 * report Doc"): two clicks at once write the same Doc twice, never make two.
 */
function generate(p: Ports, year: number | null, lang: Lang): ReportResult {
  const book = readWorkbook(p.workbook, lang);
  // Built before any folder is made: a year without data leaves nothing behind.
  const report = annualReportOf(book, year, p.clock.today(), lang);
  const { folder, written: doc } = writeKeptDocument(p, report.doc, KEYS.report(report.year), () => {
    const root = associationFolder(p, book.settings);
    return ensureFolder(p, catalogue(lang).server.reportsFolder(), root, KEYS.reportsFolder);
  });
  return { year: report.year, url: doc.url, title: report.doc.title, folderUrl: p.files.folderUrl(folder) };
}

export function generateAnnualReport(p: Ports, year: unknown, lang: unknown): ReportResult {
  const valid = parseYearArg(year, true);
  const language = parseLang(lang);
  return generate(p, valid, language);
}
