/** rpc getOverview, `citego overview`: what each table holds and every cell that could not be read. */
import { readWorkbook } from '../sheets/parsed-workbook';
import { buildOverview, type Overview } from '../sheets/overview';
import type { WorkbookReader } from '../sheets/ports';
import { parseLang } from './args';

export function getOverview(p: { readonly workbook: WorkbookReader }, lang: unknown): Overview {
  return buildOverview(readWorkbook(p.workbook, parseLang(lang)));
}
