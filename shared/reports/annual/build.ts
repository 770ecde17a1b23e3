/**
 * The annual report (activity + financial) of a fiscal year, as a ReportDoc: its figures
 * (figures.ts, from the ledger layer), then one builder per section in the user's language.
 * The renderers (Google Docs in apps-script/, .docx in scripts/) only lay it out.
 */
import type { ParsedWorkbook } from '../../sheets/parsed-workbook';
import type { IsoDate } from '../../values/dates';
import type { Lang } from '../../i18n/lang';
import { catalogue } from '../../i18n/catalogue';
import type { ReportDoc } from '../doc';
import { annualFigures } from './figures';
import type { YearEndLines } from '../../ledger/opening';
import { activitySection } from './sections/activity';
import { annexSection } from './sections/annex';
import { cashPlanSection } from './sections/cash-plan';
import { budgetSection } from './sections/budget';
import { coverSection } from './sections/cover';
import { keyFiguresSection } from './sections/key-figures';
import { statementSection } from './sections/statement';
import { subsidiesSection } from './sections/subsidies';

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
  return {
    title: m.title(f.associationName || m.defaultName, f.label),
    lang: opts.lang,
    blocks: [
      ...coverSection(f, m),
      ...keyFiguresSection(f, m),
      ...activitySection(f.activity, m),
      ...statementSection(f, m),
      ...budgetSection(f, m),
      ...subsidiesSection(f, m),
      ...cashPlanSection(book, year, opts.lang),
      ...annexSection(f, m),
    ],
  };
}
