/** A small relational atlas as the association keeps it: Atlas (one older row with Lié à), Relations, Paramètres › Site web. */
import type { CellValue } from '../../shared/sheets/ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';

export const ATLAS_ROWS: CellValue[][] = [
  ['Terme', 'Domaine', 'Définition', 'Terme (en)', 'Lié à', 'Relation'],
  [
    'Gouvernance territoriale',
    'Gouvernance',
    'Manière dont les acteurs d’un territoire décident « ensemble ».',
    'Territorial governance',
    '',
    '',
  ],
  ['Gouvernance locale', 'Gouvernance', 'La gouvernance à l’échelle d’une commune\nou d’une intercommunalité.', 'Local governance', '', ''],
  ['Démocratie participative', 'Gouvernance', 'Association des habitants aux décisions publiques.', 'Participatory democracy', '', ''],
  ['Budget participatif', 'Finances locales', 'Part du budget dont les habitants choisissent l’usage.', 'Participatory budgeting', '', ''],
  ['Finances locales', 'Finances locales', '', 'Local finance', '', ''],
  ['Fiscalité locale', 'Finances locales', 'Impôts perçus par les collectivités.', '', 'Finances locales', 'plus large'],
  ['Coopération décentralisée', 'Coopération', 'Action extérieure des collectivités territoriales.', 'Decentralised cooperation', '', ''],
  ['Jumelage', 'Coopération', '', 'Twinning', 'Coopération décentralisée; Gouvernance locale', 'voir aussi'],
  ['Économie sociale et solidaire', '', 'Entreprises fondées sur un principe de solidarité.', 'Social and solidarity economy', '', ''],
];

export const RELATION_ROWS: CellValue[][] = [
  ['De', 'Relation', 'Vers', 'Note'],
  ['Gouvernance locale', 'plus large', 'Gouvernance territoriale', ''],
  ['Gouvernance territoriale', 'plus précis', 'Démocratie participative', ''],
  ['Budget participatif', 'associé', 'Démocratie participative', 'cf. dossier D-2025-003'],
  ['Budget participatif', 'plus large', 'Finances locales', ''],
  ['Coopération décentralisée', 'associé', 'Gouvernance territoriale', ''],
  ['Économie sociale et solidaire', 'voir aussi', 'Coopération décentralisée', ''],
  ['Jumelage', 'plus large', 'Coopération décentralisée', ''],
  // A relation to a term the Atlas does not have (the atlas check reports it).
  ['Budget participatif', 'associé', 'Urbanisme tactique', ''],
];

export function atlasWorkbook(website = 'www.citego.org'): MemoryWorkbook {
  return new MemoryWorkbook({
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ["Nom de l'association", 'Citego — Cités, territoires, gouvernance'],
      ['Site web', website],
    ],
    Atlas: ATLAS_ROWS,
    Relations: RELATION_ROWS,
  });
}
