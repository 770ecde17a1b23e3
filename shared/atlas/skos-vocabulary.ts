/**
 * The SKOS words the atlas uses and how its sheet maps onto them (docs/domain.md, "Atlas as SKOS"):
 * the relation labels, the IRIs of concepts and domains, the base taken from Paramètres › Site web.
 */
import type { RelationLabel } from './skos-atlas';

export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const RDFS_SEE_ALSO = 'http://www.w3.org/2000/01/rdf-schema#seeAlso';
export const DCT = 'http://purl.org/dc/terms/';

/** The base of the IRIs when Paramètres › Site web is empty: a reserved name that resolves nowhere. */
export const DEFAULT_SKOS_BASE = 'https://citego.invalid/atlas/';

/** Each relation of the Relations sheet as its SKOS (or RDFS) property. */
export const RELATION_PREDICATES: Readonly<Record<RelationLabel, string>> = {
  'plus large': `${SKOS}broader`,
  'plus précis': `${SKOS}narrower`,
  associé: `${SKOS}related`,
  'voir aussi': RDFS_SEE_ALSO,
};

/** The relation a SKOS property stands for, the other way round. */
export function relationOfPredicate(iri: string): RelationLabel | null {
  return RELATION_OF.get(iri) ?? null;
}
const RELATION_OF = new Map(Object.entries(RELATION_PREDICATES).map(([label, predicate]) => [predicate, label as RelationLabel]));

/** `Gouvernance locale` -> `gouvernance-locale`; a term with no Latin letter or digit gets a short stable hash. */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (s !== '') return s;
  // FNV-1a over the UTF-16 units: the same term always gets the same IRI.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `t-${h.toString(16).padStart(8, '0')}`;
}

/**
 * The base of the atlas' IRIs: `<Site web>/atlas/` (https assumed when the cell has no scheme), or
 * the default when the cell is empty or not a web address.
 */
export function skosBase(website: string | null): string {
  const typed = website?.trim() ?? '';
  if (typed === '') return DEFAULT_SKOS_BASE;
  const withScheme = /^https?:\/\//i.test(typed) ? typed : `https://${typed}`;
  if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~%/-]*)?$/i.test(withScheme)) return DEFAULT_SKOS_BASE;
  return `${withScheme.replace(/\/+$/, '')}/atlas/`;
}
