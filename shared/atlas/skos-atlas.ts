/**
 * The relational atlas as the SKOS interchange sees it (docs/domain.md, "Atlas as SKOS"): the terms
 * of Atlas (domain, definition, English label) and the typed relations of Relations, plus those an
 * older Atlas sheet keeps on the term's own row (Lié à / Relation). Read-only and pure.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { RELATION_TYPES } from '../sheets/schema/atlas-tables';
import { normalizeLabel } from '../values/text';

/** A relation label of the Relations sheet (`plus large`, `plus précis`, `associé`, `voir aussi`). */
export type RelationLabel = (typeof RELATION_TYPES)[number]['label'];

export interface AtlasTerm {
  readonly term: string;
  readonly domain: string | null;
  readonly definition: string | null;
  readonly english: string | null;
  /** Its Atlas row. */
  readonly row: number;
}

/** A relation from one term (or concept IRI) to another. */
export interface TypedRelation {
  readonly from: string;
  readonly relation: RelationLabel;
  readonly to: string;
}

export interface AtlasRelation extends TypedRelation {
  /** Where it is written: a Relations row, or the Lié à cell of an Atlas row (older sheets). */
  readonly at: { readonly sheet: 'relations' | 'atlas'; readonly row: number };
}

export interface AtlasData {
  readonly terms: readonly AtlasTerm[];
  readonly relations: readonly AtlasRelation[];
}

const KEYS = new Map<string, string>();

/**
 * How two spellings of a term are known to be the same term: case, accents and spacing aside
 * (the atlas check reports such twins; the interchange never makes a second one).
 */
export function termKey(term: string): string {
  let key = KEYS.get(term);
  if (key === undefined) {
    key = term
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
    // The same few thousand terms are keyed again and again (relations, imports): remembered, within a bound.
    if (KEYS.size >= 50_000) KEYS.clear();
    KEYS.set(term, key);
  }
  return key;
}

/** The relation label a typed text names (`broader`, `générique`, `plus large`…); null when none. */
export function relationLabel(text: string): RelationLabel | null {
  const typed = normalizeLabel(text);
  for (const t of RELATION_TYPES) if ([t.label, ...(t.synonyms ?? [])].some((s) => normalizeLabel(s) === typed)) return t.label;
  return null;
}

/** The terms an older Atlas row links in its Lié à cell: one term, or several separated by `;`. */
export function linkedTerms(cell: string): string[] {
  return cell
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** The atlas of the workbook: its terms in row order (the first of twins kept), its relations. */
export function atlasData(book: ParsedWorkbook): AtlasData {
  const terms: AtlasTerm[] = [];
  const seen = new Set<string>();
  const relations: AtlasRelation[] = [];
  for (const r of book.atlas.records) {
    const term = r.term?.trim();
    if (!term) continue;
    if (!seen.has(termKey(term))) {
      seen.add(termKey(term));
      terms.push({
        term,
        domain: r.domain?.trim() || null,
        definition: r.definition?.trim() || null,
        english: r.english?.trim() || null,
        row: r.row,
      });
    }
    // An older sheet's untyped link is an association (docs/domain.md).
    const relation = (r.relation && relationLabel(r.relation)) || 'associé';
    for (const to of linkedTerms(r.relatedTo ?? '')) relations.push({ from: term, relation, to, at: { sheet: 'atlas', row: r.row } });
  }
  for (const r of book.relations.records) {
    const from = r.from?.trim();
    const to = r.to?.trim();
    if (from && to && r.relation) relations.push({ from, relation: r.relation, to, at: { sheet: 'relations', row: r.row } });
  }
  return { terms, relations };
}

/**
 * One relation whichever way it is written: `A plus large B` is `B plus précis A` (skos:broader and
 * skos:narrower are inverses), `A associé B` is `B associé A` (skos:related is symmetric); `voir aussi` keeps its direction.
 */
export function relationIdentity(from: string, relation: RelationLabel, to: string): string {
  const a = termKey(from);
  const b = termKey(to);
  switch (relation) {
    case 'plus large':
      return `broader\u0000${a}\u0000${b}`;
    case 'plus précis':
      return `broader\u0000${b}\u0000${a}`;
    case 'associé':
      return `related\u0000${[a, b].sort().join('\u0000')}`;
    case 'voir aussi':
      return `seeAlso\u0000${a}\u0000${b}`;
    default: {
      const never: never = relation;
      return never;
    }
  }
}
