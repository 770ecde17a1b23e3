/**
 * Cycles of « plus large » (docs/domain.md, `atlas.broader-cycle`): A plus large B means B is the
 * broader term; « plus précis » is the same edge read the other way. A thesaurus's hierarchy has
 * no cycle: one is found in each strongly connected part of the graph (iterative Tarjan, so that
 * 20 000 relations do not exhaust the stack).
 */
import type { AtlasRelation } from './terms';

/** An edge narrower → broader, with the relation that states it. */
interface Edge {
  readonly to: string;
  readonly relation: AtlasRelation;
}

export interface BroaderCycle {
  /** The terms' keys in order, the first repeated at the end. */
  readonly keys: readonly string[];
  /** The relations that make it, one per step. */
  readonly relations: readonly AtlasRelation[];
}

function broaderEdges(relations: readonly AtlasRelation[]): Map<string, Edge[]> {
  const out = new Map<string, Edge[]>();
  const add = (from: string, to: string, relation: AtlasRelation) => {
    const list = out.get(from);
    if (list) list.push({ to, relation });
    else out.set(from, [{ to, relation }]);
  };
  for (const r of relations) {
    if (r.kind === 'broader') add(r.fromKey, r.toKey, r);
    else if (r.kind === 'narrower') add(r.toKey, r.fromKey, r);
  }
  return out;
}

/** The strongly connected components of more than one node, or with a loop on itself. */
function components(edges: Map<string, Edge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const out_ = edges.get(top.node) ?? [];
      if (top.i < out_.length) {
        const w = out_[top.i++].to;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) !== index.get(top.node)) continue;
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== top.node);
      const selfLoop = scc.length === 1 && (edges.get(w) ?? []).some((e) => e.to === w);
      if (scc.length > 1 || selfLoop) out.push(scc);
    }
  }
  return out;
}

/** A shortest cycle through the component's first node (in sorted order), within the component. */
function cycleIn(scc: readonly string[], edges: Map<string, Edge[]>): BroaderCycle {
  const inside = new Set(scc);
  const start = [...scc].sort()[0];
  const came = new Map<string, Edge & { from: string }>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const e of edges.get(node) ?? []) {
      if (!inside.has(e.to) || came.has(e.to)) continue;
      came.set(e.to, { ...e, from: node });
      if (e.to === start) break;
      queue.push(e.to);
    }
    if (came.has(start)) break;
  }
  const relations: AtlasRelation[] = [];
  const keys: string[] = [start];
  for (let at = start; ;) {
    const step = came.get(at)!;
    relations.unshift(step.relation);
    keys.unshift(step.from);
    at = step.from;
    if (at === start) break;
  }
  return { keys, relations };
}

/** Every cycle of « plus large », one per strongly connected part, in a stable order. */
export function broaderCycles(relations: readonly AtlasRelation[]): BroaderCycle[] {
  const edges = broaderEdges(relations);
  return components(edges)
    .map((scc) => cycleIn(scc, edges))
    .sort((a, b) => (a.keys[0] < b.keys[0] ? -1 : a.keys[0] > b.keys[0] ? 1 : 0));
}
