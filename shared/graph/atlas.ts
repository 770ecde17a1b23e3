/**
 * The atlas as a graph (docs/domain.md, "Pictures of the network and the atlas"): one node per
 * term of the atlas, sized by the number of contents indexed under it; one edge per relation
 * between two known terms, typed (plus large, plus précis directed; associé, voir aussi not); the
 * term's domain is its colour key. Terms, relations and the index are the atlas as the checks, the
 * coverage and the SKOS export read it (shared/atlas/terms.ts, readAtlas): the same terms, the same
 * spellings taken as one, the same relations. A relation to an unknown term is left out here (the
 * checks report it).
 */
import { RELATION_KIND, readAtlas, type RelationKind } from '../atlas/terms';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { emptyGraph, link, node, type CitegoGraph } from './model';

/** Each kind's label in the sheet (plus large, associé…), as the edges carry it. */
const LABEL = Object.fromEntries(Object.entries(RELATION_KIND).map(([label, kind]) => [kind, label])) as Record<RelationKind, string>;

/** The number of distinct contents indexed under each term (by term key). */
export function contentsByTerm(book: ParsedWorkbook): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const e of readAtlas(book).index) {
    const set = seen.get(e.key) ?? new Set<string>();
    set.add(e.content.trim());
    seen.set(e.key, set);
  }
  return new Map([...seen].map(([k, s]) => [k, s.size]));
}

export function atlasGraph(book: ParsedWorkbook): CitegoGraph {
  const atlas = readAtlas(book);
  const g = emptyGraph();
  const counts = contentsByTerm(book);
  const sheet = book.atlas.sheet;
  for (const t of atlas.byKey.values())
    if (t.key !== '') g.addNode(t.key, node(t.label, 'term', t.domain ?? '', { sheet, row: t.row }, counts.get(t.key) ?? 0));
  for (const r of atlas.relations)
    link(g, r.fromKey, r.toKey, { kind: r.kind, label: LABEL[r.kind] }, r.kind === 'related' || r.kind === 'seeAlso');
  return g;
}
