/**
 * Laying a graph out, the same way every time (docs/domain.md, "Pictures of the network and the
 * atlas"): seeded initial positions, ForceAtlas2 for a fixed number of iterations (Barnes-Hut
 * above 1 000 nodes), discs sized by weight in the picture's own units, then the overlap-removal
 * pass (noverlap) so that no two discs cover each other. Communities (Louvain, seeded) or the
 * node's category give the colour.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import louvain from 'graphology-communities-louvain';
import type { CitegoGraph } from './model';
import { seededRandom } from '../values/random';

/** Ten colours that stay apart on paper and for most colour-blind readers (Tableau 10); grey beyond. */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#79706e'];
export const OTHER_COLOR = '#bdc1c6';

/** A disc's radius in picture units: a term's contents or a node's links, by their square root, bounded. */
export const radiusOf = (weight: number): number => Math.min(18, 4 + 2 * Math.sqrt(Math.max(0, weight)));

/** Fewer iterations on big graphs: the picture must come within the time of reading the workbook. */
export function iterationsFor(order: number): number {
  if (order > 5000) return 10;
  if (order > 2000) return 15;
  if (order > 1000) return 40;
  if (order > 200) return 150;
  return 300;
}

export interface LayoutOptions {
  readonly seed?: number;
  readonly iterations?: number;
  /** How colours are chosen: the Louvain communities (the network) or the node's category (the atlas' domains). */
  readonly colourBy: 'community' | 'category';
}

/** The communities of the graph read as undirected (Louvain refuses a mixed graph), numbered by size: 0 the largest. */
function communities(g: CitegoGraph, rng: () => number): Map<string, number> {
  const u = new Graph({ type: 'undirected', multi: false });
  g.forEachNode((id) => u.addNode(id));
  g.forEachEdge((_e, _a, s, t) => u.mergeEdge(s, t));
  const raw = u.size === 0 ? {} : louvain(u, { rng, getEdgeWeight: null });
  return rankBySize(g.nodes().map((id) => [id, String(raw[id] ?? `alone:${id}`)]));
}

/** Groups (community, category) numbered from the largest; ties by first appearance. */
function rankBySize(keyed: readonly (readonly [string, string])[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [, k] of keyed) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)!);
  const rank = new Map(order.map((k, i) => [k, i]));
  return new Map(keyed.map(([id, k]) => [id, rank.get(k)!]));
}

/** Spreads the ForceAtlas2 positions over an area that gives each disc room (about 12 radii square each). */
function fitToArea(g: CitegoGraph): void {
  let [minX, maxX, minY, maxY, area] = [Infinity, -Infinity, Infinity, -Infinity, 0];
  g.forEachNode((_id, a) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
    area += (12 * a.size) ** 2;
  });
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const scale = Math.sqrt(area) / span;
  g.updateEachNodeAttributes((_id, a) => ({ ...a, x: (a.x - minX) * scale, y: (a.y - minY) * scale }));
}

/** Whether two discs cover each other: a grid of cells one diameter wide, each disc compared with its cell's neighbours. */
export function hasOverlap(g: CitegoGraph): boolean {
  const cell = 2 * g.reduceNodes((m, _id, a) => Math.max(m, a.size), 1);
  const grid = new Map<string, { x: number; y: number; size: number }[]>();
  let found = false;
  g.forEachNode((_id, a) => {
    const [cx, cy] = [Math.floor(a.x / cell), Math.floor(a.y / cell)];
    for (let dx = -1; dx <= 1 && !found; dx++)
      for (let dy = -1; dy <= 1 && !found; dy++)
        found = (grid.get(`${cx + dx},${cy + dy}`) ?? []).some((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.size + b.size);
    grid.set(`${cx},${cy}`, [...(grid.get(`${cx},${cy}`) ?? []), a]);
  });
  return found;
}

/**
 * noverlap pushes covering discs apart (few iterations on a big graph: each costs a pass over a
 * grid of every disc); a crowd around a hub can jam it, so the positions are then spread by half
 * again (the discs keep their size) and the pass runs again; at last, spreading alone, which always
 * ends, leaves no disc over another.
 */
function removeOverlaps(g: CitegoGraph): void {
  const maxIterations = g.order > 2000 ? 10 : g.order > 500 ? 100 : 300;
  // About one disc a cell: the default 20 × 20 grid puts hundreds of a big graph's discs in each cell, compared pairwise.
  const gridSize = Math.max(20, Math.ceil(Math.sqrt(g.order)));
  const spread = (factor: number) => g.updateEachNodeAttributes((_id, a) => ({ ...a, x: a.x * factor, y: a.y * factor }));
  for (let round = 0; round < 3; round++) {
    noverlap.assign(g, { maxIterations, settings: { margin: 1, ratio: 1, speed: 3, gridSize } });
    if (!hasOverlap(g)) return;
    spread(1.5);
  }
  for (let round = 0; round < 40 && hasOverlap(g); round++) spread(1.25);
}

/**
 * Seeded starting positions that already look like the graph, so that few iterations suffice on
 * a big one: the hubs (most links first) spread at random over the area, every other node near its
 * best-linked neighbour already placed.
 */
function seedPositions(g: CitegoGraph, rng: () => number): void {
  const spread = Math.sqrt(g.order) * 10;
  const placed = new Set<string>();
  const byDegree = g.nodes().sort((a, b) => g.degree(b) - g.degree(a));
  for (const id of byDegree) {
    let anchor: string | null = null;
    g.forEachNeighbor(id, (n) => {
      if (placed.has(n) && (anchor === null || g.degree(n) > g.degree(anchor))) anchor = n;
    });
    const [ax, ay, r] = anchor === null ? [0, 0, spread] : [g.getNodeAttribute(anchor, 'x'), g.getNodeAttribute(anchor, 'y'), spread / 4];
    g.mergeNodeAttributes(id, { x: ax + (rng() - 0.5) * r, y: ay + (rng() - 0.5) * r, size: radiusOf(g.getNodeAttribute(id, 'weight')) });
    placed.add(id);
  }
}

/** Lays `g` out in place: x, y, size (the disc's radius), community and colour of every node. */
export function layoutGraph(g: CitegoGraph, opts: LayoutOptions): void {
  if (g.order === 0) return;
  const rng = seededRandom(opts.seed ?? 2025);
  seedPositions(g, rng);
  if (g.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 1000 };
    forceAtlas2.assign(g, { iterations: opts.iterations ?? iterationsFor(g.order), settings, getEdgeWeight: null });
  }
  fitToArea(g);
  removeOverlaps(g);
  const groups = opts.colourBy === 'community' ? communities(g, rng) : rankBySize(g.mapNodes((id, a) => [id, a.category] as const));
  g.updateEachNodeAttributes((id, a) => {
    const community = groups.get(id) ?? 0;
    const uncoloured = opts.colourBy === 'category' && a.category === '';
    return { ...a, community, color: uncoloured ? OTHER_COLOR : (PALETTE[community] ?? OTHER_COLOR) };
  });
}
