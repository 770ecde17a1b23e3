/**
 * Synthetic workbooks of any size for benchmarks: the demo's structure with N Journal lines.
 */
import * as T from '../../shared/sheets/schema/tables';
import { prng } from '../../examples/fixtures/ledger';
import { kindsOf, writeWorkbookFile, type PlainCell, type SheetToWrite } from '../xlsx/write';
import type { TableDef } from '../../shared/sheets/schema/columns';
import { networkSheets, syntheticPartnerCount } from './synthetic-network';

const ACCOUNTS: [string, 'charge' | 'produit', string][] = [
  ['6064', 'charge', 'Fournitures'],
  ['613', 'charge', 'Loyer'],
  ['616', 'charge', 'Assurance'],
  ['6226', 'charge', 'Honoraires'],
  ['6228', 'charge', 'Traductions'],
  ['6251', 'charge', 'Déplacements'],
  ['6257', 'charge', 'Réceptions'],
  ['626', 'charge', 'Télécom'],
  ['627', 'charge', 'Frais bancaires'],
  ['6411', 'charge', 'Salaires'],
  ['6451', 'charge', 'URSSAF'],
  ['706', 'produit', 'Prestations'],
  ['741', 'produit', 'Subvention'],
  ['7541', 'produit', 'Don'],
  ['7561', 'produit', 'Cotisation'],
];

function table(def: TableDef, rows: readonly Record<string, PlainCell>[]): SheetToWrite {
  const header = Object.keys(rows[0]);
  return { name: def.sheet, header, rows: rows.map((r) => header.map((h) => r[h])), kinds: kindsOf(def, header) };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The random draws every table shares: one seeded generator, so a size always gives the same workbook. */
interface Draw {
  rand(): number;
  pick<T>(xs: readonly T[]): T;
  /** A day of 2025, `YYYY-MM-DD`. */
  day(): string;
}

function draws(seed: number): Draw {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const day = () => `2025-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
  return { rand, pick, day };
}

type Row = Record<string, PlainCell>;

function partnerRows(d: Draw, lines: number): Row[] {
  return Array.from({ length: syntheticPartnerCount(lines) }, (_, i) => ({
    ID: `P-${pad(i + 1, 4)}`,
    Nom: `Partenaire ${i + 1}`,
    Type: d.pick(T.PARTNER_TYPES.map((t) => t.label)),
    Pays: d.pick(['France', 'Belgique', 'Sénégal', 'Brésil']),
    Contact: `Contact ${i + 1}`,
    'E-mail': `contact${i + 1}@example.org`,
    Statut: 'actif',
  }));
}

function conventionRows(d: Draw, partners: readonly Row[], projects: readonly string[]): Row[] {
  return Array.from({ length: 30 }, (_, i) => ({
    ID: `C-2025-${pad(i + 1, 3)}`,
    Intitulé: `Convention ${i + 1}`,
    Partenaire: partners[i % partners.length].ID,
    Type: d.pick(['partenariat', 'subvention', 'prestation', 'mécénat']),
    Projet: projects[i % projects.length],
    'Signée le': '2025-01-15',
    Début: '2025-01-01',
    Fin: '2025-12-31',
    Montant: 1000 * (1 + Math.floor(d.rand() * 30)),
    Sens: 'recette',
  }));
}

/** The Journal: `lines` entries on random accounts, a third of them tied to a convention. */
function journalRows(
  d: Draw,
  lines: number,
  ctx: { projects: readonly string[]; partners: readonly Row[]; conventions: readonly Row[] },
): Row[] {
  return Array.from({ length: lines }, (_, i) => {
    const [account, side, label] = d.pick(ACCOUNTS);
    const amount = Math.round(d.rand() * 200000) / 100;
    return {
      Date: d.day(),
      Pièce: `2025-${pad(i + 1, 6)}`,
      Libellé: `${label} ${i + 1}`,
      Compte: Number(account),
      Projet: d.pick(ctx.projects),
      Convention: d.rand() < 0.3 ? d.pick(ctx.conventions).ID : null,
      Tiers: d.pick(ctx.partners).Nom,
      Recette: side === 'produit' ? amount : null,
      Dépense: side === 'charge' ? amount : null,
      Moyen: d.rand() < 0.9 ? 'banque' : 'caisse',
      Justificatif: `https://drive.google.com/file/d/synthetic-${i + 1}`,
    };
  });
}

function budgetRows(projects: readonly string[]): Row[] {
  return projects.flatMap((p) =>
    ACCOUNTS.map(([account, side, label]) => ({
      Année: 2025,
      Projet: p,
      Compte: Number(account),
      Libellé: label,
      Charge: side === 'charge' ? 1000 : null,
      Produit: side === 'produit' ? 2750 : null,
      Financeur: null,
    })),
  );
}

function projectRows(d: Draw, projects: readonly string[]): Row[] {
  return projects.map((p, i) => ({
    Code: p,
    Intitulé: `Projet ${i + 1}`,
    Action: d.pick(T.ACTIONS.map((a) => a.label)),
    Responsable: 'Bureau',
    Début: '2025-01-01',
    Fin: '2025-12-31',
  }));
}

/** The tables after the Journal, whose size hardly matters: fundings, volunteering, schedule, memory, groups, dossiers, atlas. */
function otherTables(
  d: Draw,
  lines: number,
  ctx: { projects: readonly string[]; partners: readonly Row[]; conventions: readonly Row[] },
): SheetToWrite[] {
  const n = (count: number, row: (i: number) => Row) => Array.from({ length: count }, (_, i) => row(i));
  return [
    table(
      T.fundings,
      n(20, (i) => ({
        ID: `F-${pad(i + 1, 4)}`,
        Financeur: d.pick(ctx.partners).Nom,
        Projet: d.pick(ctx.projects),
        Demandé: 10000,
        Accordé: 8000,
        Reçu: 4000,
        'Déposé le': '2024-11-01',
      })),
    ),
    table(
      T.volunteering,
      n(Math.max(10, Math.floor(lines / 10)), (i) => ({
        Date: d.day(),
        Bénévole: `Bénévole ${i % 40}`,
        Projet: d.pick(ctx.projects),
        Heures: 1 + Math.floor(d.rand() * 8),
        Activité: 'Animation',
      })),
    ),
    table(
      T.schedule,
      ctx.conventions.flatMap((c) => [
        { Convention: c.ID, Date: '2025-06-30', Type: 'versement', Montant: (c.Montant as number) / 2, Fait: 'oui' },
        { Convention: c.ID, Date: '2026-06-30', Type: 'rapport', Montant: null, Fait: 'non' },
      ]),
    ),
    table(
      T.memory,
      n(30, (i) => ({
        Date: d.day(),
        Type: d.pick(['AG', 'bureau', 'décision', 'événement']),
        Titre: `Événement ${i + 1}`,
        Description: 'Synthétique',
      })),
    ),
    table(
      T.groups,
      n(5, (i) => ({
        ID: `G-${pad(i + 1, 4)}`,
        Nom: `Groupe ${i + 1}`,
        Type: 'groupe de travail',
        Projet: d.pick(ctx.projects),
        Membres: 'A, B, C',
      })),
    ),
    table(
      T.dossiers,
      n(20, (i) => ({
        ID: `D-${pad(i + 1, 4)}`,
        Titre: `Dossier ${i + 1}`,
        Type: 'fiche de cas',
        Statut: 'publié',
        'Mots-clés': 'gouvernance',
        URL: 'https://example.org',
        'Publié le': d.day(),
      })),
    ),
    table(
      T.atlas,
      n(50, (i) => ({ Terme: `Terme ${i + 1}`, Domaine: 'Gouvernance', 'Lié à': `Terme ${Math.max(1, i)}`, Relation: 'lié à' })),
    ),
  ];
}

/** The demo's structure with `lines` Journal lines; the same size and seed always give the same workbook. */
export function syntheticSheets(lines: number, seed = 7): SheetToWrite[] {
  const d = draws(seed);
  const projects = Array.from({ length: 10 }, (_, i) => `PRJ-${pad(i + 1, 2)}`);
  const partners = partnerRows(d, lines);
  const conventions = conventionRows(d, partners, projects);
  const journal = journalRows(d, lines, { projects, partners, conventions });
  const settings: SheetToWrite = {
    name: 'Paramètres',
    header: ['Paramètre', 'Valeur'],
    rows: [
      ["Nom de l'association", `Association synthétique (${lines} lignes)`],
      ['SIREN', '123456789'],
    ],
  };
  return [
    settings,
    table(T.partners, partners),
    table(T.conventions, conventions),
    table(T.projects, projectRows(d, projects)),
    table(T.budget, budgetRows(projects)),
    table(T.ledger, journal),
    ...otherTables(d, lines, { projects, partners, conventions }),
    ...networkSheets(lines, partners, projects, 5),
  ];
}

export async function writeSynthetic(lines: number, file: string): Promise<void> {
  await writeWorkbookFile(file, syntheticSheets(lines));
}
