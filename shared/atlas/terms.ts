/**
 * The relational atlas as data (docs/domain.md, "Relational atlas"): its terms (Atlas), typed
 * relations (Relations, and the Lié à / Relation columns older Atlas sheets carry), the Index of
 * contents by term, and the Veille entries with the terms they name. Read once per parsed
 * workbook; the checks, the coverage and the sidebars start here.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { RELATION_TYPES } from '../sheets/schema/atlas-tables';
import type { IsoDate } from '../values/dates';
import { normalizeLabel } from '../values/text';

/** The SKOS vocabulary: « plus large » is skos:broader, « plus précis » skos:narrower, « associé » skos:related, « voir aussi » rdfs:seeAlso. */
export type RelationKind = 'broader' | 'narrower' | 'related' | 'seeAlso';

type RelationLabel = (typeof RELATION_TYPES)[number]['label'];

export const RELATION_KIND: Record<RelationLabel, RelationKind> = {
  'plus large': 'broader',
  'plus précis': 'narrower',
  associé: 'related',
  'voir aussi': 'seeAlso',
};

export interface AtlasTerm {
  readonly label: string;
  /** How two spellings are compared: without case, accents or extra spaces (docs/domain.md, `atlas.duplicate`). */
  readonly key: string;
  readonly domain: string | null;
  readonly definition: string | null;
  readonly english: string | null;
  readonly row: number;
}

export interface AtlasRelation {
  readonly from: string;
  readonly to: string;
  readonly fromKey: string;
  readonly toKey: string;
  readonly kind: RelationKind;
  /** Where it was typed: a row of Relations, or the Lié à column of an Atlas row. */
  readonly source: 'relations' | 'atlas';
  readonly row: number;
}

export interface IndexEntry {
  readonly content: string;
  readonly term: string;
  readonly key: string;
  /** A row of Index, or of Dossiers (Mots-clés) when the workbook has no Index sheet. */
  readonly source: 'index' | 'dossiers';
  readonly row: number;
}

export interface WatchEntry {
  readonly date: IsoDate | null;
  readonly subject: string;
  readonly terms: readonly { readonly term: string; readonly key: string }[];
  readonly row: number;
}

export interface Atlas {
  readonly terms: readonly AtlasTerm[];
  /** The first term of each key (a duplicate spelling is `atlas.duplicate`'s). */
  readonly byKey: ReadonlyMap<string, AtlasTerm>;
  readonly relations: readonly AtlasRelation[];
  readonly index: readonly IndexEntry[];
  readonly watch: readonly WatchEntry[];
  /** Whether the workbook has an Atlas sheet at all (without one, no term is « unknown »). */
  readonly hasSheet: boolean;
}

/** `Gouvernance  Multi-niveaux` and `gouvernance multi-niveaux` are one term: no case, no accents, one space, one apostrophe. */
export function termKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Several terms in one cell: `eau; biens communs` (`;`, or `,` when there is no `;`). */
export function splitTerms(cell: string | null): string[] {
  if (!cell) return [];
  const sep = cell.includes(';') ? ';' : cell.includes('\n') ? '\n' : ',';
  return cell
    .split(sep)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Every name of the four types (labels and synonyms, normalised), once. */
const KIND_BY_NAME: ReadonlyMap<string, RelationKind> = new Map(
  RELATION_TYPES.flatMap((t) =>
    [t.label, ...('synonyms' in t ? t.synonyms : [])].map((n) => [normalizeLabel(n), RELATION_KIND[t.label]] as const),
  ),
);

/** An older sheet's free Relation text (« spécialise », « exemple de »): a known type when it names one, else « associé ». */
export function legacyRelationKind(text: string | null): RelationKind {
  return KIND_BY_NAME.get(normalizeLabel(text ?? '')) ?? 'related';
}

function readTerms(book: ParsedWorkbook): AtlasTerm[] {
  return book.atlas.records
    .filter((r) => !!r.term)
    .map((r) => ({
      label: (r.term as string).trim(),
      key: termKey(r.term as string),
      domain: r.domain?.trim() || null,
      definition: r.definition ?? null,
      english: r.english ?? null,
      row: r.row,
    }));
}

function readRelations(book: ParsedWorkbook): AtlasRelation[] {
  const out: AtlasRelation[] = [];
  const add = (from: string, to: string, kind: RelationKind, source: AtlasRelation['source'], row: number) =>
    out.push({ from, to, fromKey: termKey(from), toKey: termKey(to), kind, source, row });
  for (const r of book.relations.records)
    if (r.from && r.to && r.relation) add(r.from.trim(), r.to.trim(), RELATION_KIND[r.relation], 'relations', r.row);
  for (const r of book.atlas.records) {
    if (!r.term || !r.relatedTo) continue;
    const kind = legacyRelationKind(r.relation);
    for (const to of splitTerms(r.relatedTo)) add(r.term.trim(), to, kind, 'atlas', r.row);
  }
  return out;
}

/** The Index rows; a workbook without an Index sheet indexes each dossier by its Mots-clés. */
function readIndex(book: ParsedWorkbook): IndexEntry[] {
  if (book.contentIndex.sheet !== null)
    return book.contentIndex.records
      .filter((r) => r.content && r.term)
      .map((r) => ({
        content: r.content as string,
        term: (r.term as string).trim(),
        key: termKey(r.term as string),
        source: 'index',
        row: r.row,
      }));
  return book.dossiers.records.flatMap((d) =>
    d.id
      ? splitTerms(d.keywords).map((term) => ({
          content: d.id as string,
          term,
          key: termKey(term),
          source: 'dossiers' as const,
          row: d.row,
        }))
      : [],
  );
}

function readWatch(book: ParsedWorkbook): WatchEntry[] {
  return book.watch.records.map((w) => ({
    date: w.date,
    subject: w.subject ?? '',
    terms: splitTerms(w.terms).map((term) => ({ term, key: termKey(term) })),
    row: w.row,
  }));
}

const MEMO = new WeakMap<ParsedWorkbook, Atlas>();

/** The atlas of a parsed workbook, read once (memoised like bookYear). */
export function readAtlas(book: ParsedWorkbook): Atlas {
  const known = MEMO.get(book);
  if (known) return known;
  const terms = readTerms(book);
  const byKey = new Map<string, AtlasTerm>();
  for (const t of terms) if (!byKey.has(t.key)) byKey.set(t.key, t);
  const atlas: Atlas = {
    terms,
    byKey,
    relations: readRelations(book),
    index: readIndex(book),
    watch: readWatch(book),
    hasSheet: book.atlas.sheet !== null,
  };
  MEMO.set(book, atlas);
  return atlas;
}
