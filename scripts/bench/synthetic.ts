/**
 * Synthetic workbooks of any size for benchmarks: the demo's structure with N Journal lines.
 */
import * as T from '../../shared/sheets/schema/tables';
import { prng } from '../../examples/fixtures/ledger';
import { kindsOf, writeWorkbookFile, type PlainCell, type SheetToWrite } from '../xlsx/write';
import type { TableDef } from '../../shared/sheets/schema/columns';

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

function table(def: TableDef, rows: Record<string, PlainCell>[]): SheetToWrite {
  const header = Object.keys(rows[0]);
  return { name: def.sheet, header, rows: rows.map((r) => header.map((h) => r[h])), kinds: kindsOf(def, header) };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function syntheticSheets(lines: number, seed = 7): SheetToWrite[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const day = () => `2025-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
  const projects = Array.from({ length: 10 }, (_, i) => `PRJ-${pad(i + 1, 2)}`);
  const partners = Array.from({ length: 50 }, (_, i) => ({
    ID: `P-${pad(i + 1, 4)}`,
    Nom: `Partenaire ${i + 1}`,
    Type: pick(T.PARTNER_TYPES.map((t) => t.label)),
    Pays: pick(['France', 'Belgique', 'Sénégal', 'Brésil']),
    Contact: `Contact ${i + 1}`,
    'E-mail': `contact${i + 1}@example.org`,
    Statut: 'actif',
  }));
  const conventions = Array.from({ length: 30 }, (_, i) => ({
    ID: `C-2025-${pad(i + 1, 3)}`,
    Intitulé: `Convention ${i + 1}`,
    Partenaire: partners[i % partners.length].ID,
    Type: pick(['partenariat', 'subvention', 'prestation', 'mécénat']),
    Projet: projects[i % projects.length],
    'Signée le': '2025-01-15',
    Début: '2025-01-01',
    Fin: '2025-12-31',
    Montant: 1000 * (1 + Math.floor(rand() * 30)),
    Sens: 'recette',
  }));
  const journal = Array.from({ length: lines }, (_, i) => {
    const [account, side, label] = pick(ACCOUNTS);
    const amount = Math.round(rand() * 200000) / 100;
    return {
      Date: day(),
      Pièce: `2025-${pad(i + 1, 6)}`,
      Libellé: `${label} ${i + 1}`,
      Compte: Number(account),
      Projet: pick(projects),
      Convention: rand() < 0.3 ? pick(conventions).ID : null,
      Tiers: pick(partners).Nom,
      Recette: side === 'produit' ? amount : null,
      Dépense: side === 'charge' ? amount : null,
      Moyen: rand() < 0.9 ? 'banque' : 'caisse',
      Justificatif: `https://drive.google.com/file/d/synthetic-${i + 1}`,
    };
  });
  const budget = projects.flatMap((p) =>
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
  return [
    {
      name: 'Paramètres',
      header: ['Paramètre', 'Valeur'],
      rows: [
        ["Nom de l'association", `Association synthétique (${lines} lignes)`],
        ['SIREN', '123456789'],
      ],
    },
    table(T.partners, partners),
    table(T.conventions, conventions),
    table(
      T.projects,
      projects.map((p, i) => ({
        Code: p,
        Intitulé: `Projet ${i + 1}`,
        Action: pick(T.ACTIONS.map((a) => a.label)),
        Responsable: 'Bureau',
        Début: '2025-01-01',
        Fin: '2025-12-31',
      })),
    ),
    table(T.budget, budget),
    table(T.ledger, journal),
    table(
      T.fundings,
      Array.from({ length: 20 }, (_, i) => ({
        ID: `F-${pad(i + 1, 4)}`,
        Financeur: pick(partners).Nom,
        Projet: pick(projects),
        Demandé: 10000,
        Accordé: 8000,
        Reçu: 4000,
        'Déposé le': '2024-11-01',
      })),
    ),
    table(
      T.volunteering,
      Array.from({ length: Math.max(10, Math.floor(lines / 10)) }, (_, i) => ({
        Date: day(),
        Bénévole: `Bénévole ${i % 40}`,
        Projet: pick(projects),
        Heures: 1 + Math.floor(rand() * 8),
        Activité: 'Animation',
      })),
    ),
    table(
      T.schedule,
      conventions.flatMap((c) => [
        { Convention: c.ID, Date: '2025-06-30', Type: 'versement', Montant: c.Montant / 2, Fait: 'oui' },
        { Convention: c.ID, Date: '2026-06-30', Type: 'rapport', Montant: null, Fait: 'non' },
      ]),
    ),
    table(
      T.memory,
      Array.from({ length: 30 }, (_, i) => ({
        Date: day(),
        Type: pick(['AG', 'bureau', 'décision', 'événement']),
        Titre: `Événement ${i + 1}`,
        Description: 'Synthétique',
      })),
    ),
    table(
      T.groups,
      Array.from({ length: 5 }, (_, i) => ({
        ID: `G-${pad(i + 1, 4)}`,
        Nom: `Groupe ${i + 1}`,
        Type: 'groupe de travail',
        Projet: pick(projects),
        Membres: 'A, B, C',
      })),
    ),
    table(
      T.dossiers,
      Array.from({ length: 20 }, (_, i) => ({
        ID: `D-${pad(i + 1, 4)}`,
        Titre: `Dossier ${i + 1}`,
        Type: 'fiche de cas',
        Statut: 'publié',
        'Mots-clés': 'gouvernance',
        URL: 'https://example.org',
        'Publié le': day(),
      })),
    ),
    table(
      T.atlas,
      Array.from({ length: 50 }, (_, i) => ({
        Terme: `Terme ${i + 1}`,
        Domaine: 'Gouvernance',
        'Lié à': `Terme ${Math.max(1, i)}`,
        Relation: 'lié à',
      })),
    ),
  ];
}

export async function writeSynthetic(lines: number, file: string): Promise<void> {
  await writeWorkbookFile(file, syntheticSheets(lines));
}
