/**
 * rpc generateAgPack (the menu's « Préparer l'AG » and the report sidebar's button): the AG pack of
 * a closed year (docs/domain.md, "The AG pack") written as a document beside the annual reports —
 * made once per year, then rewritten in place, like the report (shared/usecases/kept-doc.ts).
 */
import type { Lang } from '../i18n/lang';
import { catalogue } from '../i18n/catalogue';
import { lastClosedYear } from '../ledger/fiscal-years';
import type { ReportDoc } from '../reports/doc';
import { buildAgPack } from '../reports/ag/build';
import { agFigures } from '../reports/ag/figures';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { parseLang, parseYearArg } from './args';
import { associationFolder, ensureFolder } from './folders';
import { KEYS } from './keys';
import { writeKeptDocument } from './kept-doc';
import type { Ports } from './ports';
import type { ReportResult } from './rpc';
import { fiscalYearBounds } from '../ledger/fiscal-years';
import { annualFigures } from '../reports/annual/figures';
import { refusal } from '../i18n/refusal';

/** The AG pack of `year`, the last closed year by default (also what `citego ag` writes). */
export function agPackOf(book: ParsedWorkbook, year: number | null, today: IsoDate, lang: Lang): { year: number; doc: ReportDoc } {
  const chosen = year ?? lastClosedYear(book, today);
  // The AG approves closed accounts with something in them: the same refusals as the annual report it presents.
  const closing = fiscalYearBounds(chosen, book.settings.fiscalYearStart).last;
  if (closing > today) throw refusal('agYearNotClosed', chosen, closing);
  annualFigures(book, chosen, today);
  const f = agFigures(book, chosen, today);
  const r = catalogue(lang).report;
  const reportTitle = r.title(f.associationName || r.defaultName, f.label);
  return { year: chosen, doc: buildAgPack(f, lang, { today, reportTitle }) };
}

export function generateAgPack(p: Ports, year: unknown, lang: unknown): ReportResult {
  const chosen = parseYearArg(year, true);
  const language = parseLang(lang);
  const book = readWorkbook(p.workbook, language);
  const pack = agPackOf(book, chosen, p.clock.today(), language);
  const { folder, written } = writeKeptDocument(p, pack.doc, KEYS.agPack(pack.year), () => {
    const root = associationFolder(p, book.settings);
    return ensureFolder(p, catalogue(language).server.reportsFolder(), root, KEYS.reportsFolder);
  });
  return { year: pack.year, url: written.url, title: pack.doc.title, folderUrl: p.files.folderUrl(folder) };
}
