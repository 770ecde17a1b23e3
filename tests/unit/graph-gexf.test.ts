import { SaxesParser } from 'saxes';
import { atlasGraph } from '../../shared/graph/atlas';
import { writeGexf } from '../../shared/graph/gexf';
import { emptyGraph, node } from '../../shared/graph/model';
import { graphBook } from '../helpers/graph-book';

interface Parsed {
  nodes: Record<string, string>[];
  edges: Record<string, string>[];
  root: string;
}

/** Parses the file as Gephi would: a strict XML parser, which throws on a malformed document. */
function parseGexf(xml: string): Parsed {
  const out: Parsed = { nodes: [], edges: [], root: '' };
  const sax = new SaxesParser({ xmlns: true });
  sax.on('error', (e) => {
    throw e;
  });
  sax.on('opentag', (t) => {
    const attrs = Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, typeof v === 'string' ? v : v.value]));
    if (t.local === 'gexf') out.root = `${t.uri} ${attrs.version}`;
    if (t.local === 'node') out.nodes.push(attrs);
    if (t.local === 'edge') out.edges.push(attrs);
  });
  sax.write(xml).close();
  return out;
}

describe('GEXF export', () => {
  it('writes the atlas as a GEXF 1.3 file Gephi reads: every term a node, every relation an edge, typed', () => {
    const g = atlasGraph(graphBook());
    const parsed = parseGexf(writeGexf(g, { lastModified: '2026-01-15', description: 'Atlas' }));
    expect(parsed.root).toBe('http://gexf.net/1.3 1.3');
    expect(parsed.nodes).toHaveLength(9);
    // 9 relations, less the narrower one that repeats a broader, and the one to an unknown term.
    expect(parsed.edges).toHaveLength(7);
    expect(parsed.nodes.map((n) => n.label)).toContain('Eau & <assainissement>');
    const seeAlso = parsed.edges.find((e) => e.label === 'voir aussi');
    expect(seeAlso).toMatchObject({ source: 'urbanisme', target: 'gouvernance urbaine', type: 'undirected' });
    expect(parsed.edges.find((e) => e.label === 'plus large' && e.source === 'budget participatif')?.type).toBe('directed');
  });

  it('stays well-formed whatever the labels hold: markup, quotes, control characters, lone surrogates', () => {
    const g = emptyGraph();
    const at = { sheet: 'Atlas', row: 2 };
    g.addNode('a"<b>', node('x</label><script>&amp;\u0001\u0007 \ud800 "\'', 'term', 'D&D', at));
    g.addNode('b', node('ok', 'term', '', at));
    g.addDirectedEdge('a"<b>', 'b', { kind: 'broader', label: '<plus large>' });
    const parsed = parseGexf(writeGexf(g, { lastModified: '2026-01-15', description: '</description>' }));
    expect(parsed.nodes[0].label).toBe('x</label><script>&amp;  "\'');
    expect(parsed.nodes[0].id).toBe('a"<b>');
    expect(parsed.edges).toEqual([expect.objectContaining({ source: 'a"<b>', target: 'b', label: '<plus large>' })]);
  });
});
