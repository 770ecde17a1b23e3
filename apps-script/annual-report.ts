/** "Générer le rapport annuel": the ReportDoc of shared/reports rendered as a Google Doc in the association's Drive folder. */
import { lastClosedYear } from '../shared/ledger/fiscal-years';
import { readBook } from '../shared/sheets/book';
import { reportView } from '../shared/usecases/views';
import { dateInTimeZone, type IsoDate } from '../shared/values/dates';
import type { Lang } from '../shared/i18n/lang';
import { buildAnnualReport } from '../shared/reports/annual/build';
import { Refusal } from '../shared/i18n/refusal';
import type { ReportPreview, ReportResult } from '../shared/usecases/rpc';
import { reportKey } from './accountant';
import { ensureFolder, folderIdFromSetting, folderUrl, moveToFolder } from './drive';
import { renderGoogleDoc } from './report-doc';
import { withDocumentLock } from './lock';
import { SpreadsheetWorkbook } from './workbook';

function context() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const wb = new SpreadsheetWorkbook(ss);
  return { ss, wb, today: dateInTimeZone(new Date(), wb.timeZone) as IsoDate };
}

/** Years with data and the figures the sidebar shows before writing the Doc. */
export function previewReport(year: number | null, lang: Lang): ReportPreview {
  const { wb, today } = context();
  const props = PropertiesService.getDocumentProperties();
  return reportView(readBook(wb, lang), year, today, (y) => {
    const existing = props.getProperty(reportKey(y));
    return existing ? `https://docs.google.com/document/d/${existing}/edit` : null;
  });
}

/** Builds the report and writes it into the year's Doc (created once, then rewritten in place). */
export function generateReport(year: number | null, lang: Lang): ReportResult {
  // Under the document lock: two clicks at once never make two Docs.
  return withDocumentLock(() => generate(year, lang));
}

function generate(year: number | null, lang: Lang): ReportResult {
  const { ss, wb, today } = context();
  const book = readBook(wb, lang);
  const chosen = year ?? lastClosedYear(book, today);
  let report;
  try {
    report = buildAnnualReport(book, chosen, { lang, generatedOn: today });
  } catch (e) {
    if (e instanceof Refusal) throw new Error(e.text(lang));
    throw e;
  }
  const props = PropertiesService.getDocumentProperties();
  const name = book.settings.associationName || ss.getName();
  const root = ensureFolder(name, folderIdFromSetting(book.settings.driveFolder), 'associationFolder');
  const folder = ensureFolder(`Rapports annuels`, root, 'reportsFolder');
  let doc: GoogleAppsScript.Document.Document | null = null;
  const known = props.getProperty(reportKey(chosen));
  if (known) {
    try {
      doc = DocumentApp.openById(known);
    } catch {
      doc = null; // deleted meanwhile: make a new one
    }
  }
  if (!doc) {
    doc = DocumentApp.create(report.title);
    moveToFolder(doc.getId(), folder);
    props.setProperty(reportKey(chosen), doc.getId());
  }
  renderGoogleDoc(doc, report);
  return { year: chosen, url: `https://docs.google.com/document/d/${doc.getId()}/edit`, title: report.title, folderUrl: folderUrl(folder) };
}
