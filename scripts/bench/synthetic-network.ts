/**
 * The synthetic workbook's partnership network (docs/domain.md, "Partnership network"), grown with
 * the Journal: at 100 000 lines, 2 000 partners (synthetic.ts) and 10 000 persons, their mandates
 * on the groups, and opportunities.
 */
import * as T from '../../shared/sheets/schema/tables';
import { prng } from '../../examples/fixtures/ledger';
import { kindsOf, type PlainCell, type SheetToWrite } from '../xlsx/write';
import type { TableDef } from '../../shared/sheets/schema/columns';

type Row = Record<string, PlainCell>;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** How many partners a synthetic workbook of `lines` Journal lines has: 2 000 at 100 000 lines. */
export const syntheticPartnerCount = (lines: number): number => Math.max(50, Math.floor(lines / 50));

function sheet(def: TableDef, rows: readonly Row[]): SheetToWrite {
  const header = Object.keys(rows[0]);
  return { name: def.sheet, header, rows: rows.map((r) => header.map((h) => r[h])), kinds: kindsOf(def, header) };
}

export function networkSheets(lines: number, partners: readonly Row[], projects: readonly string[], groups: number): SheetToWrite[] {
  const rand = prng(11);
  const pick = <X>(xs: readonly X[]): X => xs[Math.floor(rand() * xs.length)];
  const persons = Array.from({ length: Math.max(40, Math.floor(lines / 10)) }, (_, i) => ({
    ID: `PE-${pad(i + 1, 5)}`,
    Nom: `Personne ${i + 1}`,
    Organisation: partners[i % partners.length].ID,
    Fonction: pick(['Chercheuse', 'Élu', 'Chargé de mission', 'Formatrice']),
    Expertise: pick(['eau', 'gouvernance', 'formation', 'foncier']),
    Pays: pick(['France', 'Sénégal', 'Brésil', 'Belgique']),
  }));
  const memberships = persons
    .filter((_, i) => i % 4 === 0)
    .map((p, i) => ({
      Groupe: `G-${pad(1 + (i % groups), 4)}`,
      Personne: p.ID,
      Rôle: i < groups ? 'animateur' : 'membre',
      Depuis: '2025-01-01',
      "Jusqu'au": i % 7 === 0 ? '2025-06-30' : null,
    }));
  const opportunities = Array.from({ length: Math.max(15, Math.floor(lines / 1000)) }, (_, i) => ({
    ID: `O-${pad(i + 1, 4)}`,
    Intitulé: `Opportunité ${i + 1}`,
    Partenaire: partners[i % partners.length].ID,
    Type: pick(['partenariat', 'subvention', 'mécénat', 'appel à projets']),
    Projet: pick(projects),
    'Montant visé': 1000 * (1 + Math.floor(rand() * 50)),
    Étape: pick(T.TABLES.opportunities.columns.stage.choices?.map((c) => c.label) ?? ['repérée']),
    Échéance: `2026-${pad(1 + Math.floor(rand() * 12), 2)}-15`,
  }));
  return [sheet(T.TABLES.persons, persons), sheet(T.TABLES.memberships, memberships), sheet(T.TABLES.opportunities, opportunities)];
}
