/**
 * The graph model of the two pictures (docs/domain.md, "Pictures of the network and the atlas"):
 * a graphology graph whose nodes carry what the layout, the renderers and the GEXF writer read.
 * Built from the parsed workbook only (network.ts, atlas.ts); laid out by layout.ts.
 */
import Graph from 'graphology';

/** What a node stands for: the network's partners, persons, projects, groups, dossiers; the atlas' terms. */
export type NodeKind = 'partner' | 'person' | 'project' | 'group' | 'dossier' | 'term';

/**
 * What an edge says: a person works for an organisation, sits on a group, a group works for a
 * project or reviews a dossier, a convention ties a partner to a project; the atlas' relations
 * (SKOS broader, narrower, related, see also).
 */
export type EdgeKind = 'affiliation' | 'membership' | 'scope' | 'convention' | 'broader' | 'narrower' | 'related' | 'seeAlso';

export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  /** The colour key of the legend: a partner's type, a group's type, a term's domain ('' when none). */
  category: string;
  /** What the disc's size says: contents indexed (a term), links otherwise. */
  weight: number;
  /** The row the node comes from, for a jump from the sidebar. */
  sheet: string | null;
  row: number | null;
  /** Set by the layout (layout.ts). */
  x: number;
  y: number;
  size: number;
  /** The Louvain community (network) or the domain's rank (atlas), and the colour drawn. */
  community: number;
  color: string;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  /** What the user reads on hovering or in Gephi: a role, a relation's French name, a convention ID. */
  label: string;
}

export type CitegoGraph = Graph<NodeAttributes, EdgeAttributes>;

/** A mixed simple graph: directed edges, and undirected ones for the symmetric atlas relations. */
export function emptyGraph(): CitegoGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'mixed', multi: false, allowSelfLoops: false });
}

/** A node not yet laid out. */
export function node(
  label: string,
  kind: NodeKind,
  category: string,
  at: { sheet: string | null; row: number | null },
  weight = 0,
): NodeAttributes {
  return { label, kind, category, weight, sheet: at.sheet, row: at.row, x: 0, y: 0, size: 1, community: 0, color: '#9aa0a6' };
}

/** Adds an edge unless the two nodes are missing, the same, or already linked either way. */
export function link(g: CitegoGraph, from: string, to: string, attrs: EdgeAttributes, undirected = false): boolean {
  if (from === to || !g.hasNode(from) || !g.hasNode(to)) return false;
  if (g.hasEdge(from, to) || g.hasEdge(to, from)) return false;
  if (undirected) g.addUndirectedEdge(from, to, attrs);
  else g.addDirectedEdge(from, to, attrs);
  return true;
}
