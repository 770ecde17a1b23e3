/**
 * A laid-out graph as a picture: a JSON-safe value (it travels to the sidebar through the rpc and
 * into the report's model) that the renderers only draw — SVG (svg.ts), PNG (raster.ts), the .docx.
 * Coordinates are the picture's own units, from 0 to width and height; the legend says the colours.
 */
import type { Lang } from '../i18n/lang';
import { catalogue } from '../i18n/catalogue';
import { atlasGraph } from './atlas';
import { readAtlas } from '../atlas/terms';
import { layoutGraph, OTHER_COLOR, PALETTE } from './layout';
import type { CitegoGraph, EdgeKind, NodeKind } from './model';
import { networkGraph, type Period } from './network';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';

export interface PictureNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly x: number;
  readonly y: number;
  /** The disc's radius. */
  readonly r: number;
  readonly color: string;
  /** Whether the whole picture shows its label (the biggest nodes); a zoom shows every label. */
  readonly labelled: boolean;
  readonly sheet: string | null;
  readonly row: number | null;
}

export interface PictureEdge {
  /** Indexes into `nodes`. */
  readonly from: number;
  readonly to: number;
  readonly kind: EdgeKind;
  readonly directed: boolean;
}

export type LegendItem =
  | { readonly swatch: 'color'; readonly color: string; readonly label: string }
  | { readonly swatch: 'shape'; readonly kind: NodeKind; readonly label: string }
  | { readonly swatch: 'line'; readonly kind: EdgeKind; readonly label: string };

export interface GraphPicture {
  readonly title: string;
  /** One line under the title: how many nodes and links, what the sizes say. */
  readonly summary: string;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
  readonly legend: readonly LegendItem[];
}

/** How many labels the whole picture shows: every one on a small graph, the biggest nodes otherwise. */
const LABELS = 40;
const MARGIN = 8;

function labelledIds(g: CitegoGraph): Set<string> {
  const ranked = g.nodes().sort((a, b) => g.getNodeAttribute(b, 'size') - g.getNodeAttribute(a, 'size'));
  return new Set(ranked.slice(0, LABELS));
}

/** The picture of a laid-out graph, with its legend. */
export function toPicture(g: CitegoGraph, title: string, summary: string, legend: readonly LegendItem[]): GraphPicture {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  g.forEachNode((_id, a) => {
    [minX, minY] = [Math.min(minX, a.x - a.size), Math.min(minY, a.y - a.size)];
    [maxX, maxY] = [Math.max(maxX, a.x + a.size), Math.max(maxY, a.y + a.size)];
  });
  if (g.order === 0) [minX, minY, maxX, maxY] = [0, 0, 100, 60];
  const labelled = labelledIds(g);
  const index = new Map<string, number>();
  const round = (n: number) => Math.round(n * 10) / 10;
  const nodes: PictureNode[] = [];
  g.forEachNode((id, a) => {
    index.set(id, nodes.length);
    const [x, y] = [round(a.x - minX + MARGIN), round(a.y - minY + MARGIN)];
    nodes.push({
      id,
      label: a.label,
      kind: a.kind,
      x,
      y,
      r: round(a.size),
      color: a.color,
      labelled: labelled.has(id),
      sheet: a.sheet,
      row: a.row,
    });
  });
  const edges = g.mapEdges((_e, a, s, t, _sa, _ta, undirected): PictureEdge => ({
    from: index.get(s)!,
    to: index.get(t)!,
    kind: a.kind,
    directed: !undirected,
  }));
  return { title, summary, width: round(maxX - minX + 2 * MARGIN), height: round(maxY - minY + 2 * MARGIN), nodes, edges, legend };
}

/** The network's legend: each coloured community by its best-linked member, then the shapes of the kinds present. */
function networkLegend(g: CitegoGraph, lang: Lang): LegendItem[] {
  const m = catalogue(lang).graph;
  const hub = new Map<number, string>();
  g.forEachNode((id, a) => {
    const best = hub.get(a.community);
    if (best === undefined || a.weight > g.getNodeAttribute(best, 'weight')) hub.set(a.community, id);
  });
  const items: LegendItem[] = [...hub.entries()]
    .filter(([c]) => c < PALETTE.length)
    .sort(([a], [b]) => a - b)
    .map(([c, id]) => ({ swatch: 'color', color: PALETTE[c], label: m.community(c + 1, g.getNodeAttribute(id, 'label')) }));
  if (hub.size > PALETTE.length) items.push({ swatch: 'color', color: OTHER_COLOR, label: m.otherCommunities });
  const kinds = new Set(g.mapNodes((_id, a) => a.kind));
  for (const kind of ['partner', 'person', 'project', 'group', 'dossier'] as const)
    if (kinds.has(kind)) items.push({ swatch: 'shape', kind, label: m.kinds[kind] });
  return items;
}

/** The atlas' legend: each domain's colour, then the kinds of relation drawn. */
function atlasLegend(g: CitegoGraph, lang: Lang): LegendItem[] {
  const m = catalogue(lang).graph;
  const domains = new Map<string, string>();
  g.forEachNode((_id, a) => domains.set(a.category, a.color));
  const items: LegendItem[] = [...domains.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'fr')))
    .map(([domain, color]) => ({ swatch: 'color', color, label: domain === '' ? m.noDomain : domain }));
  const kinds = new Set(g.mapEdges((_e, a) => a.kind));
  for (const kind of ['broader', 'narrower', 'related', 'seeAlso'] as const)
    if (kinds.has(kind)) items.push({ swatch: 'line', kind, label: m.edges[kind] });
  return items;
}

/** A fiscal year, as the network picture is titled after it. */
export type LabelledPeriod = Period & { readonly label: string };

/** The network of a fiscal year (every mandate and convention without one), laid out: the picture's and the GEXF's graph. */
export function laidOutNetwork(book: ParsedWorkbook, year: LabelledPeriod | null): CitegoGraph {
  const g = networkGraph(book, year);
  layoutGraph(g, { colourBy: 'community' });
  return g;
}

/** The atlas laid out: terms sized by their contents, coloured by domain. */
export function laidOutAtlas(book: ParsedWorkbook): CitegoGraph {
  const g = atlasGraph(book);
  layoutGraph(g, { colourBy: 'category' });
  return g;
}

/** « Le réseau en 2025 », from the laid-out network. */
export function networkPictureOf(g: CitegoGraph, year: LabelledPeriod | null, lang: Lang): GraphPicture {
  const m = catalogue(lang).graph;
  return toPicture(g, m.networkTitle(year?.label ?? null), m.summary(g.order, g.size), networkLegend(g, lang));
}

/** The atlas' picture, from the laid-out atlas and the number of contents Index files. */
export function atlasPictureOf(g: CitegoGraph, contents: number, lang: Lang): GraphPicture {
  const m = catalogue(lang).graph;
  return toPicture(g, m.atlasTitle, m.atlasSummary(g.order, g.size, contents), atlasLegend(g, lang));
}

export function networkPicture(book: ParsedWorkbook, year: LabelledPeriod | null, lang: Lang): GraphPicture {
  return networkPictureOf(laidOutNetwork(book, year), year, lang);
}

export function atlasPicture(book: ParsedWorkbook, lang: Lang): GraphPicture {
  const contents = new Set(readAtlas(book).index.map((e) => e.content.trim())).size;
  return atlasPictureOf(laidOutAtlas(book), contents, lang);
}
