/**
 * rpc generateCerfa15059 (and the menu's one click on a Conventions row): the compte rendu
 * financier de subvention (CERFA n° 15059, docs/domain.md) of one convention written as a document
 * in the convention's folder — created once per convention and year, then rewritten in place.
 */
import type { Lang } from '../i18n/lang';
import { catalogue } from '../i18n/catalogue';
import { refusal } from '../i18n/refusal';
import type { ReportDoc } from '../reports/doc';
import { buildCerfa15059 } from '../reports/cerfa15059/build';
import { cerfaFigures } from '../reports/cerfa15059/figures';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { parseConventionId, parseLang, parseYearArg } from './args';
import { associationFolder, ensureFolder, folderIn } from './folders';
import { KEYS } from './keys';
import { writeKeptDocument } from './kept-doc';
import type { Ports } from './ports';
import type { CerfaResult } from './rpc';

/** The CERFA 15059 of convention `id` for `year` (by default the last closed year of its period); also what `citego cerfa15059` writes. */
export function cerfa15059Of(
  book: ParsedWorkbook,
  id: unknown,
  year: number | null,
  today: IsoDate,
  lang: Lang,
): { convention: string; year: number; doc: ReportDoc; reportDue: IsoDate | null } {
  if (typeof id !== 'string' || id.trim() === '') throw refusal('cerfaNoConvention');
  const convention = parseConventionId(id.trim());
  if (convention === null) throw refusal('cerfaUnknownConvention', id.trim().slice(0, 40));
  const figures = cerfaFigures(book, convention, year, today);
  return { convention, year: figures.year, doc: buildCerfa15059(figures, lang), reportDue: figures.reportDue };
}

/**
 * The convention's folder: the one its Dossier cell links to when the store still sees it, else
 * `<Association>/Conventions/<ID — intitulé>/` as the convention form makes it (save-convention.ts).
 */
function conventionFolder(p: Ports, book: ParsedWorkbook, id: string): string {
  const c = book.conventions.records.find((r) => r.id === id);
  const linked = p.files.folderFromSetting(c?.folder ?? null);
  if (linked && p.files.exists(linked)) return linked;
  const root = associationFolder(p, book.settings);
  const parent = ensureFolder(p, catalogue(book.settings.language).server.conventionsFolder(), root, KEYS.conventionsFolder);
  const name = `${id} — ${c?.title ?? ''}`.slice(0, 120);
  return folderIn(p, parent, name);
}

/**
 * As the annual report (docs/architecture.md, "The report Doc"): the lock is held only around the
 * stored ids — the convention's folder, the year's document made empty once and remembered — never
 * while the document is rendered and uploaded.
 */
function generate(p: Ports, id: unknown, year: number | null, lang: Lang): CerfaResult {
  const book = readWorkbook(p.workbook, lang);
  // Built before any folder is made: a refused convention leaves nothing behind.
  const report = cerfa15059Of(book, id, year, p.clock.today(), lang);
  const key = KEYS.cerfa15059(report.convention, report.year);
  const { folder, written: doc } = writeKeptDocument(p, report.doc, key, () => conventionFolder(p, book, report.convention));
  return {
    convention: report.convention,
    year: report.year,
    url: doc.url,
    title: report.doc.title,
    folderUrl: p.files.folderUrl(folder),
    reportDue: report.reportDue,
  };
}

export function generateCerfa15059(p: Ports, convention: unknown, year: unknown, lang: unknown): CerfaResult {
  const valid = parseYearArg(year, true);
  const language = parseLang(lang);
  return generate(p, convention, valid, language);
}
