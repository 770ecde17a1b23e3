/**
 * The pictures of the network and the atlas in French (docs/domain.md, "Pictures of the network
 * and the atlas"): titles, legends, the report's network and atlas sections, the command and the sidebar.
 */
import type { EdgeKind, NodeKind } from '../../graph/model';

export const graph = {
  networkTitle: (year: string | null) => (year === null ? 'Le réseau' : `Le réseau en ${year}`),
  atlasTitle: 'L’atlas relationnel',
  kinds: {
    partner: 'Partenaire',
    person: 'Personne',
    project: 'Projet',
    group: 'Groupe ou comité',
    dossier: 'Dossier relu',
    term: 'Terme',
  } satisfies Record<NodeKind, string>,
  edges: {
    affiliation: 'travaille pour',
    membership: 'membre de',
    scope: 'travaille sur',
    convention: 'convention',
    broader: 'plus large',
    narrower: 'plus précis',
    related: 'associé',
    seeAlso: 'voir aussi',
  } satisfies Record<EdgeKind, string>,
  community: (n: number, around: string) => `Communauté ${n} : autour de ${around}`,
  otherCommunities: 'Autres communautés',
  noDomain: 'Sans domaine',
  /** The picture's text alternative, and the line under it. */
  summary: (nodes: number, edges: number) => `${nodes} nœud${nodes > 1 ? 's' : ''}, ${edges} lien${edges > 1 ? 's' : ''}`,
  atlasSummary: (terms: number, relations: number, contents: number) =>
    `${terms} terme${terms > 1 ? 's' : ''}, ${relations} relation${relations > 1 ? 's' : ''}, ${contents} contenu${contents > 1 ? 's' : ''} indexé${contents > 1 ? 's' : ''} ; la taille d’un terme dit le nombre de contenus indexés.`,
  legend: 'Légende',

  // The annual report's network part (issue 14, item 6).
  newPartners: 'Nouveaux partenaires',
  noNewPartner: 'Aucun nouveau partenaire cette année.',
  type: 'Type',
  country: 'Pays',
  count: 'Nombre',
  names: 'Partenaires',
  groupsAndCommittees: 'Groupes et comités',
  group: 'Groupe ou comité',
  groupType: 'Type',
  members: 'Membres',
  meetings: 'Réunions de l’année',
  opportunities: 'Opportunités gagnées et perdues',
  opportunity: 'Opportunité',
  partner: 'Partenaire',
  project: 'Projet',
  amount: 'Montant visé',
  won: 'accordée',
  lost: 'refusée',
  stage: 'Étape',
  opportunitiesNote: (won: number, lost: number) =>
    `${won} gagnée${won > 1 ? 's' : ''}, ${lost} perdue${lost > 1 ? 's' : ''} (Étape accordée ou refusée, Échéance dans l’exercice).`,
  unknownCountry: 'non renseigné',
};

export type GraphMessages = typeof graph;
