import type { Lang } from '../../../i18n/lang';
import { cashPlan } from '../../../ledger/cash-plan';
import { fiscalYearBounds } from '../../../ledger/fiscal-years';
import type { ParsedWorkbook } from '../../../sheets/parsed-workbook';
import { cashPlanBlocks } from '../../cash-plan/blocks';
import type { ReportBlock } from '../../doc';

/**
 * The twelve months after the closing (docs/domain.md, "Twelve-month cash plan"): from bank and
 * cash at the year's end, the instalments still expected and next year's budget.
 */
export function cashPlanSection(book: ParsedWorkbook, year: number, lang: Lang): ReportBlock[] {
  const next = fiscalYearBounds(year + 1, book.settings.fiscalYearStart).first;
  return cashPlanBlocks(cashPlan(book, next.slice(0, 7)), lang, 2);
}
