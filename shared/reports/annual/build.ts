/**
 * The annual report (activity + financial) of a fiscal year, as a ReportDoc: its figures
 * (figures.ts, from the ledger layer) and their commentary (commentary.ts), then one builder per
 * section in the user's language, a table of contents after the cover and a running footer
 * (docs/domain.md, "Annual report"). The renderers (Google Docs in apps-script/, .docx in
 * scripts/) only lay it out.
 */
import type { ParsedWorkbook } from '../../sheets/parsed-workbook';
import type { IsoDate } from '../../values/dates';
import type { Lang } from '../../i18n/lang';
import { catalogue } from '../../i18n/catalogue';
import type { ReportMessages } from '../../i18n/fr/report';
import type { ReportBlock, ReportDoc, ReportToc } from '../doc';
import { annualFigures, type AnnualFigures } from './figures';
import { annualCommentary, type Commentary } from './commentary';
import type { YearEndLines } from '../../ledger/opening';
import { activitySection } from './sections/activity';
import { annexSection } from './sections/annex';
import { atlasSection } from './sections/atlas';
import { cashPlanSection } from './sections/cash-plan';
import { budgetSection } from './sections/budget';
import { keyFiguresSection } from './sections/key-figures';
import { statementSection } from './sections/statement';
import { subsidiesSection } from './sections/subsidies';
import { coverSection } from './sections/cover';

/** What a section may read besides the figures: the workbook (for the network and the atlas), the year and the language. */
export interface SectionContext {
  readonly book: ParsedWorkbook;
  readonly year: number;
  readonly lang: Lang;
}

/** A section of the report: its blocks, from the year's figures and their commentary. */
export type ReportSection = (f: AnnualFigures, m: ReportMessages, c: Commentary, x: SectionContext) => ReportBlock[];

/** The sections after the cover and the table of contents, in order: add a section with one line here. */
export const SECTIONS: readonly ReportSection[] = [
  keyFiguresSection,
  (f, m, c) => activitySection(f.activity, m, c),
  (f, _m, _c, x) => networkSection(x.book, f, x.lang),
  (_f, _m, _c, x) => atlasSection(x.book, x.year, x.lang),
  (_f, _m, _c, x) => atlasPictureSection(x.book, x.lang),
  statementSection,
  budgetSection,
  subsidiesSection,
  (_f, _m, _c, x) => cashPlanSection(x.book, x.year, x.lang),
  annexSection,
];

/** The table of contents: every heading of levels 1 and 2, in order. */
export function tableOfContents(title: string, blocks: readonly ReportBlock[]): ReportToc {
  const entries: { level: 1 | 2; text: string }[] = [];
  for (const b of blocks) if (b.kind === 'heading' && b.level !== 3) entries.push({ level: b.level, text: b.text });
  return { kind: 'toc', title, entries };
}
import { networkSection } from './sections/network';
import { atlasPictureSection } from './sections/atlas-picture';

/**
 * Refuses (`reportYearEmpty`) a year without Journal line, event or volunteering. `yearEnd`, the
 * accepted year-end entries, puts the statement and the bilan after year-end entries.
 */
export function buildAnnualReport(
  book: ParsedWorkbook,
  year: number,
  opts: { lang: Lang; generatedOn: IsoDate; yearEnd?: YearEndLines },
): ReportDoc {
  const f = annualFigures(book, year, opts.generatedOn, opts.yearEnd);
  const m = catalogue(opts.lang).report;
  const c = annualCommentary(f, opts.lang);
  const name = f.associationName || m.defaultName;
  const body = SECTIONS.flatMap((section) => section(f, m, c, { book, year, lang: opts.lang }));
  return {
    title: m.title(name, f.label),
    lang: opts.lang,
    footer: { text: m.footer(name, f.label), page: m.page },
    blocks: [...coverSection(f, m), { kind: 'pageBreak' }, tableOfContents(m.contents, body), { kind: 'pageBreak' }, ...body],
  };
}
