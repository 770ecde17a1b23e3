/**
 * GEXF 1.3 (https://gexf.net/schema.html), the file Gephi opens: a pure writer of a CitegoGraph
 * (model.ts) — nodes with their label, kind, category and weight as attributes, their position,
 * size and colour (viz module) when laid out; edges typed, directed or not. Text is escaped and
 * stripped of the characters XML 1.0 forbids, so any label gives a well-formed file
 * (docs/domain.md, "Pictures of the network and the atlas").
 */
import type { CitegoGraph } from './model';

export interface GexfMeta {
  /** `YYYY-MM-DD`. */
  readonly lastModified: string;
  readonly description: string;
  readonly creator?: string;
}

// XML 1.0 §2.2: tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; lone surrogates are not characters.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text or attribute value safe in XML 1.0. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['category', 'string'],
  ['weight', 'integer'],
  ['community', 'integer'],
  ['sheet', 'string'],
  ['row', 'integer'],
] as const;

const num = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : '0');

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function nodesXml(g: CitegoGraph): string[] {
  const out: string[] = [];
  g.forEachNode((id, a) => {
    const values = NODE_ATTRIBUTES.map(([key]) => {
      const v = a[key];
      return v === null || v === '' ? '' : `<attvalue for="${key}" value="${escapeXml(String(v))}"/>`;
    }).join('');
    const viz = `<viz:size value="${num(a.size)}"/><viz:position x="${num(a.x)}" y="${num(a.y)}" z="0"/>${rgb(a.color)}`;
    out.push(`<node id="${escapeXml(id)}" label="${escapeXml(a.label)}"><attvalues>${values}</attvalues>${viz}</node>`);
  });
  return out;
}

function edgesXml(g: CitegoGraph): string[] {
  const out: string[] = [];
  let n = 0;
  g.forEachEdge((_key, a, source, target, _s, _t, undirected) => {
    const type = undirected ? 'undirected' : 'directed';
    const kind = `<attvalues><attvalue for="kind" value="${a.kind}"/></attvalues>`;
    out.push(
      `<edge id="e${n++}" source="${escapeXml(source)}" target="${escapeXml(target)}" type="${type}" label="${escapeXml(a.label)}">${kind}</edge>`,
    );
  });
  return out;
}

/** The GEXF 1.3 document of a graph, UTF-8 text. */
export function writeGexf(g: CitegoGraph, meta: GexfMeta): string {
  const attrs = NODE_ATTRIBUTES.map(([id, type]) => `<attribute id="${id}" title="${id}" type="${type}"/>`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `<meta lastmodifieddate="${escapeXml(meta.lastModified)}"><creator>${escapeXml(meta.creator ?? 'citego')}</creator>` +
      `<description>${escapeXml(meta.description)}</description></meta>`,
    '<graph defaultedgetype="directed" mode="static">',
    `<attributes class="node">${attrs}</attributes>`,
    '<attributes class="edge"><attribute id="kind" title="kind" type="string"/></attributes>',
    `<nodes count="${g.order}">`,
    ...nodesXml(g),
    '</nodes>',
    `<edges count="${g.size}">`,
    ...edgesXml(g),
    '</edges>',
    '</graph>',
    '</gexf>',
    '',
  ].join('\n');
}
