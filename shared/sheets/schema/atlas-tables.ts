import { choice, date, ref, required, table, text } from './columns';

/**
 * The relational atlas as data (docs/domain.md, "Relational atlas"): typed relations between terms
 * (the SKOS vocabulary), the index of contents by term, and the watch on emerging themes.
 */
export const RELATION_TYPES = [
  { label: 'plus large', synonyms: ['générique', 'generique', 'broader', 'terme générique'] },
  { label: 'plus précis', synonyms: ['plus precis', 'spécifique', 'specifique', 'narrower', 'terme spécifique'] },
  { label: 'associé', synonyms: ['associe', 'related', 'lié', 'lie', 'terme associé'] },
  { label: 'voir aussi', synonyms: ['voir', 'see also', 'cf'] },
] as const;

export const relations = table({
  key: 'relations',
  sheet: 'Relations',
  sheetSynonyms: ['Relation', 'Relations atlas', "Relations de l'atlas"],
  idColumn: null,
  idPrefix: null,
  columns: {
    from: required(text('De', ['De (terme)', 'Terme', 'Source'])),
    relation: required(choice('Relation', RELATION_TYPES, ['Type', 'Type de relation'])),
    to: required(text('Vers', ['Vers (terme)', 'Terme lié', 'Cible'])),
    note: text('Note', ['Notes', 'Commentaire']),
  },
});

export const contentIndex = table({
  key: 'contentIndex',
  sheet: 'Index',
  sheetSynonyms: ['Indexation', 'Index des contenus'],
  idColumn: null,
  idPrefix: null,
  columns: {
    content: required(ref('Contenu', ['Dossier', 'Fiche', 'ID contenu', 'Contenu (ID)'])),
    term: required(text('Terme', ['Mot-clé', 'Concept'])),
  },
});

export const watch = table({
  key: 'watch',
  sheet: 'Veille',
  sheetSynonyms: ['Veille thématique', 'Thèmes émergents'],
  idColumn: null,
  idPrefix: null,
  columns: {
    date: required(date('Date')),
    subject: required(text('Sujet', ['Thème', 'Titre', 'Objet'])),
    source: text('Source', ['Source (URL)', 'URL', 'Lien']),
    terms: text('Termes', ['Mots-clés', 'Termes de l’atlas', "Termes de l'atlas"]),
    note: text('Note', ['Notes', 'Commentaire']),
  },
});

export const atlasTables = { relations, contentIndex, watch } as const;
