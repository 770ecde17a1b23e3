/**
 * The atlas as a graph (docs/domain.md, "Pictures of the network and the atlas"): one node per
 * term of Atlas, sized by the number of contents Index files under it; one edge per relation of
 * Relations between two known terms, typed (plus large, plus précis directed; associé, voir aussi
 * not); the term's domain is its colour key. Terms are compared without case and accents; a
 * relation to an unknown term is left out here (the checks report it).
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { normalizeLabel } from '../values/text';
import { emptyGraph, link, node, type CitegoGraph, type EdgeKind } from './model';

const RELATION_KIND: Readonly<Record<string, EdgeKind>> = {
  'plus large': 'broader',
  'plus précis': 'narrower',
  associé: 'related',
  'voir aussi': 'seeAlso',
};

/** A term's node key: the term without case, accents or punctuation. */
export const termKey = (term: string): string => normalizeLabel(term);

/** The number of distinct contents Index files under each term (by term key). */
export function contentsByTerm(book: ParsedWorkbook): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const r of book.contentIndex.records) {
    if (!r.term || !r.content) continue;
    const k = termKey(r.term);
    const set = seen.get(k) ?? new Set<string>();
    set.add(r.content.trim());
    seen.set(k, set);
  }
  return new Map([...seen].map(([k, s]) => [k, s.size]));
}

export function atlasGraph(book: ParsedWorkbook): CitegoGraph {
  const g = emptyGraph();
  const counts = contentsByTerm(book);
  const sheet = book.atlas.sheet;
  for (const r of book.atlas.records) {
    const term = r.term?.trim();
    if (!term) continue;
    const k = termKey(term);
    if (k === '' || g.hasNode(k)) continue;
    g.addNode(k, node(term, 'term', r.domain?.trim() ?? '', { sheet, row: r.row }, counts.get(k) ?? 0));
  }
  for (const r of book.relations.records) {
    if (!r.from || !r.to || !r.relation) continue;
    const kind = RELATION_KIND[r.relation];
    link(g, termKey(r.from), termKey(r.to), { kind, label: r.relation }, kind === 'related' || kind === 'seeAlso');
  }
  // Older sheets: Atlas' own "Lié à" column, read as associé when Relations does not say more.
  for (const r of book.atlas.records) {
    if (!r.term || !r.relatedTo) continue;
    for (const other of r.relatedTo.split(/[;,]/)) {
      if (other.trim()) link(g, termKey(r.term), termKey(other), { kind: 'related', label: 'associé' }, true);
    }
  }
  return g;
}
