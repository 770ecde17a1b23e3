/**
 * rpc getAtlasCoverage and `citego atlas --coverage`: the atlas's coverage by the site's contents
 * (docs/domain.md, "Relational atlas", Coverage) for a fiscal year, the current one by default.
 */
import { atlasCoverage, type AtlasCoverage } from '../atlas/coverage';
import { readAtlas } from '../atlas/terms';
import { fiscalYearOf } from '../ledger/fiscal-years';
import { readWorkbook } from '../sheets/parsed-workbook';
import { TABLES } from '../sheets/schema/tables';
import { parseYearArg } from './args';
import type { WorkbookReader } from '../sheets/ports';
import type { Clock } from './ports';

export type { AtlasCoverage };

/** What the coverage reads: the atlas, its relations, the Index, the Veille and the dossiers' stages. */
export const ATLAS_TABLES = [TABLES.atlas, TABLES.relations, TABLES.contentIndex, TABLES.watch, TABLES.dossiers];

export interface AtlasCoverageView extends AtlasCoverage {
  readonly associationName: string;
  readonly termCount: number;
}

export function getAtlasCoverage(p: { readonly workbook: WorkbookReader; readonly clock: Clock }, year: unknown): AtlasCoverageView {
  const wanted = parseYearArg(year, true);
  const book = readWorkbook(p.workbook, 'fr', ATLAS_TABLES);
  const y = wanted ?? fiscalYearOf(p.clock.today(), book.settings.fiscalYearStart);
  const coverage = atlasCoverage(book, y);
  return { ...coverage, associationName: book.settings.associationName, termCount: readAtlas(book).byKey.size };
}
