/** The relational atlas and the dossier pipeline in English: same keys and signatures as the French file. */
import type { AtlasMessages, RelationWord } from '../fr/atlas';
import { formatNumberEn } from '../../values/numbers';

const n = formatNumberEn;
const plural = (k: number, word: string, words = `${word}s`) => `${n(k)} ${k > 1 ? words : word}`;

const RELATION: Record<RelationWord, string> = { broader: 'broader', narrower: 'narrower', related: 'related', seeAlso: 'see also' };

export const atlas: AtlasMessages = {
  relation: (kind) => RELATION[kind],

  relationUnknown: (from, kind, to, missing) =>
    `Relation "${from}" ${RELATION[kind]} "${to}": the term "${missing}" is not in the Atlas sheet. Fix the spelling or add the term.`,
  broaderCycle: (terms) =>
    `Loop of "broader": ${terms.map((t) => `"${t}"`).join(' → ')}. A term cannot be broader than itself: remove or reverse one of these relations.`,
  indexUnknown: (content, term) =>
    `${content} is indexed by "${term}", which is not in the atlas: fix the term or add it to the Atlas sheet.`,
  watchUnknown: (subject, term) => `Watch "${subject}": the term "${term}" is not in the atlas. Add it to the Atlas sheet, or fix it.`,
  orphan: (term) => `Term "${term}" stands alone: no relation and no indexed content. Link it to the atlas or index a content with it.`,
  duplicate: (term, first, firstRow) =>
    `"${term}" and "${first}" (row ${firstRow}) differ only by case or accents: keep one term and move its relations and index to it.`,

  publishedNoUrl: (id) => `${id} is published without a URL: give the address of its page on the site.`,
  publishedNoTerms: (id) => `${id} is published without index terms: index it in the Index sheet with terms of the atlas.`,
  reviewNoCommittee: (id) => `${id} is in review without a committee: name the group reviewing it (Comité column).`,
  committeeUnknown: (id, group) => `${id} is reviewed by committee ${group}, which is not in the Groupes sheet: fix the ID.`,
  ficheNoDossier: (id) => `Fiche ${id} belongs to no dossier: name its thematic dossier (Dossier parent column).`,
  ficheUnknownDossier: (id, parent) => `Fiche ${id} belongs to dossier ${parent}, which is not in the Dossiers sheet: fix the ID.`,

  coverageTitle: (year) => `Atlas coverage (${year})`,
  domainsHeading: 'Domains',
  domain: 'Domain',
  terms: 'Terms',
  contents: 'Published contents',
  pending: 'In preparation',
  relations: 'Relations',
  pair: 'Domains crossed',
  gapsHeading: 'What the site does not say yet',
  gapsNone: 'Every pair of domains is documented by at least one published content.',
  gap: (a, b, relations, pending) =>
    `${a} × ${b}: no published content${relations > 0 ? ` (${plural(relations, 'relation in the atlas', 'relations in the atlas')})` : ''}${pending > 0 ? `, ${n(pending)} in preparation` : ''}`,
  topTermsHeading: (year) => `Terms most used in ${year}`,
  topTermsNone: 'No published content or watch entry indexed this year.',
  uses: 'Uses',
  term: 'Term',
  watchHeading: 'Watch themes without a term in the atlas',
  watchNone: 'Every watch entry names a term of the atlas.',
  watchItem: (date, subject) => `${date ? `${date} — ` : ''}${subject}`,
  coverageNote:
    'A published content documents a domain when the Index gives it a term of that domain, and a pair of domains when it gives it terms of both.',
  noAtlas: 'The workbook has no atlas (Atlas sheet missing or empty).',
};
