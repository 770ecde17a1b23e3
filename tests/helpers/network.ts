/**
 * A small realistic partnership network for the pipeline and the groups sidebars' tests (until the
 * demo's own network lands): partners of every kind, 15 opportunities at every stage, resource
 * persons, working groups and committees with their mandates. Today is 2026-11-29 in these tests.
 */
import type { CellValue } from '../../shared/sheets/ports';
import type { IsoDate } from '../../shared/values/dates';
import { CallLog } from '../fakes/calls';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { FakeSpreadsheet } from '../fakes/spreadsheet';

export const NETWORK_TODAY = '2026-11-29' as IsoDate;

export const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const OPPORTUNITY_HEADER = [
  'ID',
  'Intitulé',
  'Partenaire',
  'Type',
  'Projet',
  'Montant visé',
  'Étape',
  'Prochaine action',
  'Échéance',
  'Convention',
  'Notes',
];

/** 15 opportunities: 3 repérée, 3 contact, 2 dossier en cours, 2 déposée, 2 accordée (one already a convention), 2 refusée, 1 abandonnée. */
export const OPPORTUNITIES: CellValue[][] = [
  OPPORTUNITY_HEADER,
  ['O-0001', 'Atlas — volet andin', 'P-0001', 'subvention', 'ATLAS', 18000, 'repérée', 'Lire l’appel', '04/12/2026', '', ''],
  ['O-0002', 'Formation des élus Sahel', 'P-0002', 'appel à projets', 'FORM', 45000, 'repérée', '', '', '', ''],
  ['O-0003', 'Fondation pour les villes', 'P-0004', 'mécénat', '', 10000, 'repérée', 'Trouver le bon contact', '15/01/2027', '', ''],
  [
    'O-0004',
    'Dossiers thématiques eau',
    'P-0003',
    'partenariat',
    'DOSS',
    6000,
    'contact',
    'Relancer par mail',
    '20/11/2026',
    '',
    'Premier échange au colloque',
  ],
  ['O-0005', 'Réseau Amérique latine', 'P-0005', 'partenariat', 'ATLAS', '', 'contact', 'Visio de cadrage', '06/12/2026', '', ''],
  ['O-0006', HOSTILE, 'P-0002', 'subvention', 'FORM', 2500, 'contact', HOSTILE, '01/12/2026', '', ''],
  ['O-0007', 'Université d’été 2027', 'P-0003', 'subvention', 'FORM', 30000, 'dossier en cours', 'Budget à finir', '10/12/2026', '', ''],
  [
    'O-0008',
    'Site ressources — traduction',
    'P-0004',
    'mécénat',
    'SITE',
    8000,
    'dossier en cours',
    'Relire le dossier',
    '28/11/2026',
    '',
    '',
  ],
  [
    'O-0009',
    'Programme européen villes',
    'P-0001',
    'appel à projets',
    'ATLAS',
    120000,
    'déposée',
    'Attendre la décision',
    '15/03/2027',
    '',
    '',
  ],
  ['O-0010', 'Fonds régional coopération', 'P-0002', 'subvention', 'FORM', 15000, 'déposée', 'Audition', '03/12/2026', '', ''],
  ['O-0011', 'Atlas — cartographie Afrique', 'P-0001', 'subvention', 'ATLAS', 24000, 'accordée', 'Signer la convention', '', '', ''],
  ['O-0012', 'Revue — numéro spécial', 'P-0003', 'partenariat', 'DOSS', 4000, 'accordée', '', '', 'C-2026-001', ''],
  ['O-0013', 'Appel Fondation 2026', 'P-0004', 'mécénat', 'SITE', 12000, 'refusée', '', '', '', ''],
  ['O-0014', 'Coopération décentralisée', 'P-0002', 'subvention', 'FORM', 9000, 'refusée', '', '', '', ''],
  ['O-0015', 'Jumelage numérique', 'P-0005', 'partenariat', '', 3000, 'abandonnée', '', '', '', ''],
  ['', '', '', '', '', '', '', '', '', '', ''],
  ['O-0016', 'Étape mal saisie', 'P-0001', 'subvention', 'ATLAS', 5000, 'gagné peut-être', '', '', '', ''],
  ['Total', '', '', '', '', 311500, '', '', '', '', ''],
];

export function networkSheets(): Record<string, CellValue[][]> {
  return {
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ["Nom de l'association", 'Citego'],
    ],
    Partenaires: [
      ['ID', 'Nom', 'Type', 'Pays', 'Contact', 'E-mail', 'Statut', 'Notes'],
      ['P-0001', 'Région Auvergne-Rhône-Alpes', 'collectivité', 'France', '', '', 'actif', ''],
      ['P-0002', 'Agence française de développement', 'autre', 'France', '', '', 'actif', ''],
      ['P-0003', 'Université de Lausanne', 'université', 'Suisse', '', '', 'actif', ''],
      ['P-0004', 'Fondation Charles Léopold Mayer', 'fondation', 'Suisse', '', '', 'actif', ''],
      ['P-0005', 'Red de Ciudades', 'réseau de villes', 'Argentine', '', '', 'actif', ''],
    ],
    Projets: [
      ['Code', 'Intitulé', 'Action'],
      ['ATLAS', 'Atlas relationnel', 'atlas relationnel'],
      ['FORM', 'Formation des élus', 'formation'],
      ['DOSS', 'Dossiers thématiques', 'dossiers thématiques'],
      ['SITE', 'Site ressources', 'site ressources'],
    ],
    Conventions: [
      [
        'ID',
        'Intitulé',
        'Partenaire',
        'Type',
        'Action',
        'Projet',
        'Signée le',
        'Début',
        'Fin',
        'Montant',
        'Sens',
        'Statut',
        'Dossier',
        'Notes',
      ],
      [
        'C-2026-001',
        'Revue — numéro spécial',
        'P-0003',
        'partenariat',
        '',
        'DOSS',
        '02/02/2026',
        '01/03/2026',
        '31/12/2026',
        4000,
        'recette',
        'signée',
        '',
        '',
      ],
    ],
    Échéances: [['Convention', 'Date', 'Type', 'Montant', 'Fait']],
    Opportunités: OPPORTUNITIES.map((r) => [...r]),
    Personnes: [
      ['ID', 'Nom', 'Organisation', 'Fonction', 'Expertise', 'Pays', 'E-mail', 'Notes'],
      ['PE-0001', 'Claire Martin', 'P-0003', 'Professeure', 'gouvernance urbaine', 'Suisse', '', ''],
      ['PE-0002', 'Ousmane Diallo', 'P-0005', 'Chargé de mission', 'décentralisation', 'Sénégal', '', ''],
      ['PE-0003', 'Lucía Gómez', 'P-0005', 'Coordinatrice', 'réseaux de villes', 'Argentine', '', ''],
      ['PE-0004', 'Marc Lefèvre', 'P-0001', 'Élu', 'finances locales', 'France', '', ''],
      ['PE-0005', 'Anna Weber', 'P-0004', 'Chargée de programme', 'gouvernance urbaine', 'Suisse', '', ''],
      ['PE-0006', HOSTILE, 'P-0002', '', 'eau', 'France', '', ''],
    ],
    Groupes: [
      ['ID', 'Nom', 'Type', 'Projet', 'Dossier', 'Membres'],
      ['G-001', 'Gouvernance urbaine', 'groupe de travail', 'DOSS', '', ''],
      ['G-002', 'Relecture — dossier eau', 'comité de relecture', '', 'D-0003', ''],
      ['G-003', 'Pilotage formation Sahel', 'comité de pilotage', 'FORM', '', ''],
    ],
    Membres: [
      ['Groupe', 'Personne', 'Rôle', 'Depuis', "Jusqu'au"],
      ['G-001', 'PE-0001', 'animateur', '01/01/2025', ''],
      ['G-001', 'PE-0005', 'membre', '01/01/2025', ''],
      ['G-001', 'PE-0004', 'membre', '01/01/2025', '30/06/2026'],
      ['G-002', 'PE-0001', 'relecteur', '01/09/2026', ''],
      ['G-002', 'PE-0002', 'animateur', '01/09/2026', ''],
      ['G-003', 'PE-0003', 'président', '15/03/2026', ''],
    ],
    Dossiers: [
      ['ID', 'Titre', 'Type', 'Statut'],
      ['D-0003', 'L’eau dans les villes', 'dossier thématique', 'rédaction'],
    ],
  };
}

/** The network as a fake Google spreadsheet (the built bundle's tests, the sidebars in Chromium). */
export function networkSpreadsheet(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(new CallLog());
  for (const [name, rows] of Object.entries(networkSheets())) ss.addSheetWith(name, rows);
  return ss;
}

/** The ports of the network's use cases over an in-memory workbook: a counted lock, today, a request cache. */
export function networkPorts(wb = new MemoryWorkbook(networkSheets())) {
  const map = new Map<string, string>();
  let locked = 0;
  return {
    workbook: wb,
    lock: {
      withLock: <T>(work: () => T): T => {
        locked++;
        return work();
      },
    },
    locks: () => locked,
    clock: { today: () => NETWORK_TODAY },
    cache: { map, get: (k: string) => map.get(k) ?? null, put: (k: string, v: string) => void map.set(k, v) },
  };
}
