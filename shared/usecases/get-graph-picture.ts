/**
 * rpc getGraphPicture, the sidebar « Réseau et atlas »: the picture of the whole network or of the
 * atlas, laid out (docs/domain.md, "Pictures of the network and the atlas"). Reads only the sheets
 * the picture needs; anything but 'atlas' asks for the network.
 */
import { atlasPicture, networkPicture, type GraphPicture } from '../graph/picture';
import { readWorkbook } from '../sheets/parsed-workbook';
import type { WorkbookReader } from '../sheets/ports';
import * as T from '../sheets/schema/tables';
import { parseLang } from './args';

const { TABLES } = T;
const NETWORK_SHEETS = [
  TABLES.partners,
  TABLES.projects,
  TABLES.conventions,
  TABLES.groups,
  TABLES.dossiers,
  TABLES.persons,
  TABLES.memberships,
];
const ATLAS_SHEETS = [TABLES.atlas, TABLES.relations, TABLES.contentIndex];

export function getGraphPicture(p: { readonly workbook: WorkbookReader }, which: unknown, lang: unknown): GraphPicture {
  const l = parseLang(lang);
  if (which === 'atlas') return atlasPicture(readWorkbook(p.workbook, l, ATLAS_SHEETS), l);
  return networkPicture(readWorkbook(p.workbook, l, NETWORK_SHEETS), null, l);
}
