/** The atlas's and the dossier pipeline's rules, in the order their findings are listed (docs/domain.md). */
import type { Rule } from '../context';
import { atlasBroaderCycle, atlasDuplicate, atlasOrphan, atlasRelationUnknown, atlasTermUnknown } from './atlas';
import { dossierCommittee, dossierOrphan, dossierPublished } from './dossiers';

export const ATLAS_RULES: readonly Rule[] = [
  atlasRelationUnknown,
  atlasBroaderCycle,
  atlasTermUnknown,
  atlasDuplicate,
  atlasOrphan,
  dossierPublished,
  dossierCommittee,
  dossierOrphan,
];
