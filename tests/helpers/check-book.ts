import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { runChecks } from '../../shared/checks/run-checks';
import type { Lang } from '../../shared/i18n/lang';
import type { IsoDate } from '../../shared/values/dates';
import type { CellValue } from '../../shared/sheets/ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';

/** A small association's workbook for the consistency rules' tests: each test adds the sheets it is about. */
export type Sheets = Record<string, CellValue[][]>;

export const PROJECTS: CellValue[][] = [
  ['Code', 'Intitulé', 'Action'],
  ['ATLAS', 'Atlas relationnel', 'atlas'],
  ['FORM', 'Formation', 'formation'],
];
export const PARTNERS: CellValue[][] = [
  ['ID', 'Nom', 'Type'],
  ['P-0001', 'Région', 'collectivité'],
  ['P-0002', 'Fondation', 'fondation'],
];
export const CONVENTIONS: CellValue[][] = [
  ['ID', 'Intitulé', 'Partenaire', 'Type', 'Projet', 'Signée le', 'Début', 'Fin', 'Montant', 'Sens'],
  ['C-2025-001', 'Atlas', 'P-0001', 'subvention', 'ATLAS', '20/03/2025', '01/01/2025', '31/12/2025', '28 000', 'recette'],
  ['C-2025-002', 'Formation', 'P-0002', 'prestation', 'FORM', '01/02/2025', '01/02/2025', '30/11/2025', '7 200', 'recette'],
];
const JOURNAL_HEADER = ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Recette', 'Dépense', 'Moyen'];

export function journal(...rows: CellValue[][]): CellValue[][] {
  return [JOURNAL_HEADER, ...rows];
}

/** ATLAS 2025, balanced: charges 29 600 € = produits 29 600 € (25 600 € from the Région, 4 000 € own funds). */
export const BALANCED_BUDGET: CellValue[][] = [
  ['Année', 'Projet', 'Compte', 'Libellé', 'Charge', 'Produit', 'Financeur'],
  [2025, 'ATLAS', '611', 'Développement', '21 600', '', ''],
  [2025, 'ATLAS', '6226', 'Chercheurs', '6 000', '', ''],
  [2025, 'ATLAS', '864', 'Bénévolat', '2 000', '', ''],
  [2025, 'ATLAS', '741', 'Région', '', '25 600', 'Région'],
  [2025, 'ATLAS', '7561', 'Fonds propres', '', '2 000', ''],
  [2025, 'ATLAS', '875', 'Bénévolat', '', '2 000', ''],
];

export const FUNDING_HEADER = ['ID', 'Financeur', 'Projet', 'Demandé', 'Accordé', 'Reçu', 'Décision le'];

export interface CheckRun {
  readonly year?: number | null;
  readonly today?: string;
  readonly lang?: Lang;
}

/** Reads the workbook (projects, partners and conventions above, plus `sheets`) and runs every rule. */
export function check(sheets: Sheets, opts: CheckRun = {}) {
  const lang = opts.lang ?? 'fr';
  const book = readWorkbook(new MemoryWorkbook({ Projets: PROJECTS, Partenaires: PARTNERS, Conventions: CONVENTIONS, ...sheets }), lang);
  return runChecks(book, { year: opts.year ?? null, today: (opts.today ?? '2026-01-15') as IsoDate, lang });
}
