/**
 * rpc generateAnnualReport (and the menu's one click): the annual report of shared/reports
 * written as a document in `<Association>/Rapports annuels/` — created once per year, then
 * rewritten in place. Under the lock: two clicks at once never make two documents.
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

/** The report of `year`, the last closed year by default (also what `citego report` writes). */
export function annualReportOf(book: ParsedWorkbook, year: number | null, today: IsoDate, lang: Lang): { year: number; doc: ReportDoc } {
  const chosen = year ?? lastClosedYear(book, today);
  return { year: chosen, doc: buildAnnualReport(book, chosen, { lang, generatedOn: today }) };
}

function generate(p: Ports, year: number | null, lang: Lang): ReportResult {
  const book = readWorkbook(p.workbook, lang);
  // Built before any folder is made: a year without data leaves nothing behind.
  const report = annualReportOf(book, year, p.clock.today(), lang);
  const root = associationFolder(p, book.settings);
  const folder = ensureFolder(p, catalogue(lang).server.reportsFolder(), root, KEYS.reportsFolder);
  const known = p.requests.get(KEYS.report(report.year));
  const doc = p.documents.write(report.doc, folder, known);
  if (doc.id !== known) p.requests.set(KEYS.report(report.year), doc.id);
  return { year: report.year, url: doc.url, title: report.doc.title, folderUrl: p.files.folderUrl(folder) };
}

export function generateAnnualReport(p: Ports, year: unknown, lang: unknown): ReportResult {
  const valid = parseYearArg(year, true);
  const language = parseLang(lang);
  return p.lock.withLock(() => generate(p, valid, language));
}
