/**
 * The relational atlas as the SKOS interchange sees it (docs/domain.md, "Atlas as SKOS"): the terms
 * of Atlas (domain, definition, English label) and the typed relations of Relations, plus those an
 * older Atlas sheet keeps on the term's own row (Lié à / Relation), as readAtlas reads them (terms.ts).
 * Read-only and pure.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { RELATION_TYPES } from '../sheets/schema/atlas-tables';
import { RELATION_KIND, readAtlas, termKey, type RelationKind } from './terms';

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

/** How two spellings of a term are known to be the same term: the atlas' own key (terms.ts). */
export { termKey };

/** The terms an older Atlas row links in its Lié à cell: one term, or several separated by `;`. */
export function linkedTerms(cell: string): string[] {
  return cell
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Each kind's label in the Relations sheet. */
const LABEL = Object.fromEntries(Object.entries(RELATION_KIND).map(([label, kind]) => [kind, label])) as Record<
  RelationKind,
  RelationLabel
>;

/**
 * The atlas of the workbook as the checks, the coverage and the pictures read it (readAtlas): its terms
 * in row order (the first of twins kept), its relations from Relations and from older Atlas rows.
 */
export function atlasData(book: ParsedWorkbook): AtlasData {
  const atlas = readAtlas(book);
  return {
    terms: [...atlas.byKey.values()].map((t) => ({
      term: t.label,
      domain: t.domain,
      definition: t.definition?.trim() || null,
      english: t.english?.trim() || null,
      row: t.row,
    })),
    // The older Atlas rows' links first, then Relations: the order in which the import lists them.
    relations: [...atlas.relations.filter((r) => r.source === 'atlas'), ...atlas.relations.filter((r) => r.source === 'relations')].map(
      (r) => ({
        from: r.from,
        relation: LABEL[r.kind],
        to: r.to,
        at: { sheet: r.source, row: r.row },
      }),
    ),
  };
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
