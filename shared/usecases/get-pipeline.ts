/** rpc getPipeline: the « Opportunités » sidebar's funnel, this week's actions and the moves allowed (shared/network/pipeline.ts). */
import { pipeline, type Pipeline } from '../network/pipeline';
import { readWorkbook } from '../sheets/parsed-workbook';
import type { WorkbookReader } from '../sheets/ports';
import { opportunities } from '../sheets/schema/network-tables';
import { partners } from '../sheets/schema/tables';
import type { Clock } from './ports';
import type { IsoDate } from '../values/dates';

/** Only the tables the pipeline shows are read: Opportunités and Partenaires (for the partners' names). */
export const PIPELINE_TABLES = [opportunities, partners];

export function pipelineNow(wb: WorkbookReader, today: IsoDate): Pipeline {
  return pipeline(readWorkbook(wb, 'fr', PIPELINE_TABLES), today);
}

export function getPipeline(p: { readonly workbook: WorkbookReader; readonly clock: Clock }): Pipeline {
  return pipelineNow(p.workbook, p.clock.today());
}
