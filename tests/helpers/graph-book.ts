import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';

/**
 * A small association's network and atlas, as the secretary-general keeps them: 7 partners
 * (one with a hostile name), 8 persons, 3 projects, 4 groups and committees, their memberships,
 * conventions, opportunities, Mémoire meetings; an atlas of 9 terms in 3 domains with relations
 * and an Index. Until the demo's network and atlas sheets land, the pictures' tests read this.
 */
export const GRAPH_SHEETS: Record<string, CellValue[][]> = {
  Partenaires: [
    ['ID', 'Nom', 'Type', 'Pays', 'Statut'],
    ['P-0001', 'Cités Unies France', 'réseau de villes', 'France', 'actif'],
    ['P-0002', 'Université de Lausanne', 'université', 'Suisse', 'actif'],
    ['P-0003', 'Région Bretagne', 'collectivité', 'France', 'actif'],
    ['P-0004', 'Fondation Charles Léopold Mayer', 'fondation', 'Suisse', 'nouveau'],
    ['P-0005', 'IRD <script>alert("x")</script> & co', 'centre de recherche', 'Sénégal', 'actif'],
    ['P-0006', 'Ville de Dakar', 'collectivité', 'Sénégal', 'nouveau'],
    ['P-0007', 'Ville de Saint-Louis', 'collectivité', 'Sénégal', 'nouveau'],
  ],
  Projets: [
    ['Code', 'Intitulé', 'Action'],
    ['ATLAS', 'Atlas relationnel', 'atlas relationnel'],
    ['FORM', 'Formation en ligne', 'formation'],
    ['DOSS', 'Dossiers thématiques', 'dossiers thématiques'],
  ],
  Conventions: [
    ['ID', 'Intitulé', 'Partenaire', 'Projet', 'Début', 'Fin', 'Montant', 'Sens', 'Signée le'],
    ['C-2025-001', 'Soutien atlas', 'P-0004', 'ATLAS', '01/01/2025', '31/12/2025', '12 000,00', 'reçu', '15/01/2025'],
    ['C-2025-002', 'Cours en ligne', 'P-0002', 'FORM', '01/03/2025', '28/02/2026', '8 000,00', 'reçu', '01/03/2025'],
    ['C-2024-004', 'Étude Dakar', 'P-0006', 'DOSS', '01/01/2024', '31/12/2024', '3 000,00', 'versé', '10/01/2024'],
  ],
  Personnes: [
    ['ID', 'Nom', 'Organisation', 'Fonction', 'Pays'],
    ['PE-0001', 'Claire Martin', 'P-0001', 'chargée de mission', 'France'],
    ['PE-0002', 'Ousmane Diop', 'P-0006', 'urbaniste', 'Sénégal'],
    ['PE-0003', 'Anne Dubois', 'P-0002', 'professeure', 'Suisse'],
    ['PE-0004', 'Marc Keller', 'P-0002', 'doctorant', 'Suisse'],
    ['PE-0005', 'Fatou Sow', 'P-0005', 'chercheuse', 'Sénégal'],
    ['PE-0006', 'Jean Le Goff', 'P-0003', 'élu', 'France'],
    ['PE-0007', 'Lucie Bernard', '', 'consultante', 'France'],
    ['PE-0008', 'Paul Girard', 'P-0004', 'chargé de programme', 'Suisse'],
  ],
  Groupes: [
    ['ID', 'Nom', 'Type', 'Projet', 'Dossier'],
    ['G-0001', 'Groupe gouvernance urbaine', 'groupe de travail', 'ATLAS', ''],
    ['G-0002', 'Comité de relecture foncier', 'comité de relecture', '', 'D-0001'],
    ['G-0003', 'Comité de pilotage formation', 'comité de pilotage', 'FORM', ''],
    ['G-0004', 'Groupe eau et assainissement', 'groupe de travail', 'DOSS', ''],
  ],
  Membres: [
    ['Groupe', 'Personne', 'Rôle', 'Depuis', "Jusqu'au"],
    ['G-0001', 'PE-0001', 'animateur', '01/01/2024', ''],
    ['G-0001', 'PE-0002', 'membre', '01/01/2024', ''],
    ['G-0001', 'PE-0005', 'membre', '01/06/2025', ''],
    ['G-0002', 'PE-0003', 'président', '01/02/2025', ''],
    ['G-0002', 'PE-0004', 'relecteur', '01/02/2025', ''],
    ['G-0003', 'PE-0003', 'animateur', '01/01/2025', ''],
    ['G-0003', 'PE-0006', 'membre', '01/01/2023', '31/12/2024'],
    ['G-0003', 'PE-0008', 'membre', '01/01/2025', ''],
    ['G-0004', 'PE-0007', 'animateur', '01/01/2025', ''],
    ['G-0004', 'PE-0002', 'membre', '01/01/2025', ''],
  ],
  Dossiers: [
    ['ID', 'Titre', 'Type', 'Statut', 'Comité'],
    ['D-0001', 'Le foncier urbain', 'dossier thématique', 'relecture', 'G-0002'],
    ['D-0002', 'Budget participatif à Dakar', 'fiche de cas', 'publié', ''],
  ],
  Mémoire: [
    ['Date', 'Type', 'Titre', 'Groupe'],
    ['12/02/2025', 'événement', 'Réunion du groupe gouvernance', 'G-0001'],
    ['15/06/2025', 'événement', 'Séminaire gouvernance', 'G-0001'],
    ['20/03/2025', 'événement', 'Relecture foncier, première lecture', 'G-0002'],
    ['10/10/2024', 'événement', 'Réunion 2024 gouvernance', 'G-0001'],
    ['05/05/2025', 'décision', 'Budget de la formation', ''],
  ],
  Opportunités: [
    ['ID', 'Intitulé', 'Partenaire', 'Projet', 'Montant visé', 'Étape', 'Échéance'],
    ['O-0001', 'Appel Fondation', 'P-0004', 'ATLAS', '15 000,00', 'accordée', '30/04/2025'],
    ['O-0002', 'Région formation', 'P-0003', 'FORM', '10 000,00', 'refusée', '30/06/2025'],
    ['O-0003', 'Dakar eau', 'P-0006', 'DOSS', '5 000,00', 'déposée', '15/01/2026'],
    ['O-0004', 'Europe 2024', 'P-0001', 'ATLAS', '20 000,00', 'refusée', '15/03/2024'],
  ],
  Atlas: [
    ['Terme', 'Domaine', 'Définition'],
    ['Gouvernance urbaine', 'Gouvernance', 'La conduite des affaires de la ville'],
    ['Démocratie locale', 'Gouvernance', ''],
    ['Budget participatif', 'Gouvernance', ''],
    ['Foncier', 'Territoire', ''],
    ['Urbanisme', 'Territoire', ''],
    ['Eau & <assainissement>', 'Territoire', ''],
    ['Économie sociale', 'Économie', ''],
    ['Monnaie locale', 'Économie', ''],
    ['Terme orphelin', '', ''],
  ],
  Relations: [
    ['De', 'Relation', 'Vers'],
    ['Budget participatif', 'plus large', 'Démocratie locale'],
    ['Démocratie locale', 'plus large', 'Gouvernance urbaine'],
    ['Gouvernance urbaine', 'plus précis', 'Démocratie locale'],
    ['Foncier', 'associé', 'Urbanisme'],
    ['Urbanisme', 'voir aussi', 'gouvernance URBAINE'],
    ['Monnaie locale', 'plus large', 'Économie sociale'],
    ['Économie sociale', 'associé', 'Démocratie locale'],
    ['Eau & <assainissement>', 'associé', 'Urbanisme'],
    ['Urbanisme', 'associé', 'Terme inconnu'],
  ],
  Index: [
    ['Contenu', 'Terme'],
    ['D-0001', 'Foncier'],
    ['D-0001', 'Urbanisme'],
    ['D-0002', 'Budget participatif'],
    ['D-0002', 'Démocratie locale'],
    ['D-0002', 'Gouvernance urbaine'],
    ['D-0003', 'budget participatif'],
    ['D-0003', 'Budget participatif'],
    ['D-0004', 'Gouvernance urbaine'],
  ],
};

export function graphBook(extra: Record<string, CellValue[][]> = {}): ParsedWorkbook {
  return readWorkbook(new MemoryWorkbook({ ...GRAPH_SHEETS, ...extra }));
}
