/**
 * The relational atlas and the dossier pipeline in French: the findings of their checks
 * (docs/domain.md, "Relational atlas", "Dossier pipeline"), the coverage as the CLI, the report
 * and the sidebars say it. The English file has the same keys and signatures.
 */
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatNumber } from '../../values/numbers';

const day = formatDateFr;
const n = formatNumber;
const plural = (k: number, word: string, words = `${word}s`) => `${n(k)} ${k > 1 ? words : word}`;

export type RelationWord = 'broader' | 'narrower' | 'related' | 'seeAlso';

const RELATION: Record<RelationWord, string> = {
  broader: 'plus large',
  narrower: 'plus précis',
  related: 'associé',
  seeAlso: 'voir aussi',
};

export const atlas = {
  relation: (kind: RelationWord) => RELATION[kind],

  // atlas.* findings
  relationUnknown: (from: string, kind: RelationWord, to: string, missing: string) =>
    `Relation « ${from} » ${RELATION[kind]} « ${to} » : le terme « ${missing} » n'est pas dans la feuille Atlas. Corrigez l'orthographe ou ajoutez le terme.`,
  broaderCycle: (terms: readonly string[]) =>
    `Boucle de « plus large » : ${terms.map((t) => `« ${t} »`).join(' → ')}. Un terme ne peut pas être plus large que lui-même : retirez ou inversez l'une de ces relations.`,
  indexUnknown: (content: string, term: string) =>
    `${content} est indexé par « ${term} », absent de l'atlas : corrigez le terme ou ajoutez-le à la feuille Atlas.`,
  watchUnknown: (subject: string, term: string) =>
    `Veille « ${subject} » : le terme « ${term} » n'est pas dans l'atlas. Ajoutez-le à la feuille Atlas, ou corrigez-le.`,
  orphan: (term: string) => `Terme « ${term} » isolé : aucune relation et aucun contenu indexé. Reliez-le à l'atlas ou indexez un contenu.`,
  duplicate: (term: string, first: string, firstRow: number) =>
    `« ${term} » et « ${first} » (ligne ${firstRow}) ne diffèrent que par les majuscules ou les accents : gardez un seul terme et reportez ses relations et son index.`,

  // dossier.* findings
  publishedNoUrl: (id: string) => `${id} est publié sans URL : indiquez l'adresse de la page sur le site.`,
  publishedNoTerms: (id: string) => `${id} est publié sans terme d'index : indexez-le dans la feuille Index avec des termes de l'atlas.`,
  reviewNoCommittee: (id: string) => `${id} est en relecture sans comité : indiquez le groupe qui le relit (colonne Comité).`,
  committeeUnknown: (id: string, group: string) =>
    `${id} est relu par le comité ${group}, absent de la feuille Groupes : corrigez l'identifiant.`,
  ficheNoDossier: (id: string) =>
    `La fiche ${id} n'est rattachée à aucun dossier : indiquez son dossier thématique (colonne Dossier parent).`,
  ficheUnknownDossier: (id: string, parent: string) =>
    `La fiche ${id} est rattachée au dossier ${parent}, absent de la feuille Dossiers : corrigez l'identifiant.`,

  // coverage (CLI, report, sidebar)
  coverageTitle: (year: number) => `Couverture de l'atlas (${year})`,
  domainsHeading: 'Domaines',
  domain: 'Domaine',
  terms: 'Termes',
  contents: 'Contenus publiés',
  pending: 'En préparation',
  relations: 'Relations',
  pair: 'Domaines croisés',
  gapsHeading: 'Ce que le site ne dit pas encore',
  gapsNone: 'Chaque paire de domaines est documentée par au moins un contenu publié.',
  gap: (a: string, b: string, relations: number, pending: number) =>
    `${a} × ${b} : aucun contenu publié${relations > 0 ? ` (${plural(relations, "relation dans l'atlas", "relations dans l'atlas")})` : ''}${pending > 0 ? `, ${plural(pending, 'en préparation', 'en préparation')}` : ''}`,
  topTermsHeading: (year: number) => `Termes les plus utilisés en ${year}`,
  topTermsNone: 'Aucun contenu publié ni entrée de veille indexés cette année.',
  uses: 'Utilisations',
  term: 'Terme',
  watchHeading: 'Thèmes de la veille sans terme dans l’atlas',
  watchNone: 'Chaque entrée de la veille nomme un terme de l’atlas.',
  watchItem: (date: IsoDate | null, subject: string) => `${date ? `${day(date)} — ` : ''}${subject}`,
  coverageNote:
    'Un contenu publié documente un domaine quand l’Index lui donne un terme de ce domaine, et une paire de domaines quand il lui donne des termes des deux.',
  noAtlas: 'Le classeur n’a pas d’atlas (feuille Atlas absente ou vide).',
};

export type AtlasMessages = typeof atlas;
