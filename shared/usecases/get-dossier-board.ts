/**
 * rpc getDossierBoard: the dossier pipeline on today's date (docs/domain.md, "Dossier pipeline"):
 * the board by stage, what is late, who reviews what.
 */
import { dossierBoard, type DossierBoard } from '../dossiers/pipeline';
import { readWorkbook } from '../sheets/parsed-workbook';
import type { WorkbookReader } from '../sheets/ports';
import { TABLES } from '../sheets/schema/tables';
import type { Clock } from './ports';

export type { DossierBoard };

/** What the board reads: the dossiers, their index terms, the committees and their members. */
export const DOSSIER_TABLES = [TABLES.dossiers, TABLES.contentIndex, TABLES.groups, TABLES.memberships, TABLES.persons];

export function getDossierBoard(p: { readonly workbook: WorkbookReader; readonly clock: Clock }): DossierBoard {
  return dossierBoard(readWorkbook(p.workbook, 'fr', DOSSIER_TABLES), p.clock.today());
}
