/**
 * The relational atlas's rules (docs/domain.md, "Relational atlas"): a relation to an unknown
 * term, a cycle of « plus large », a term of the Index or the Veille absent from the atlas, an
 * orphan term, two terms differing only by case or accents.
 */
import { catalogue } from '../../i18n/catalogue';
import type { Finding } from '../../sheets/findings';
import { broaderCycles } from '../../atlas/cycles';
import { readAtlas, type AtlasRelation } from '../../atlas/terms';
import type { CheckContext, Rule } from '../context';

function msg(ctx: CheckContext) {
  return catalogue(ctx.options.lang).atlas;
}

const BY_ROW = new WeakMap<object, Map<number, unknown>>();

/** A table's records by row, indexed once (a large atlas may have thousands of findings). */
function recordAt<R extends { row: number }>(records: readonly R[], row: number): R | null {
  let index = BY_ROW.get(records) as Map<number, R> | undefined;
  if (!index) {
    index = new Map(records.map((x) => [x.row, x]));
    BY_ROW.set(records, index);
  }
  return index.get(row) ?? null;
}

/** The finding on a relation's cell: a row of Relations, or the Lié à cell of an Atlas row. */
function onRelation(ctx: CheckContext, rule: string, severity: Finding['severity'], r: AtlasRelation, end: 'from' | 'to', message: string) {
  const { book } = ctx;
  if (r.source === 'relations')
    return ctx.finding(rule, severity, book.relations, recordAt(book.relations.records, r.row), end, message, [r.from, r.to]);
  const key = end === 'from' ? 'term' : 'relatedTo';
  return ctx.finding(rule, severity, book.atlas, recordAt(book.atlas.records, r.row), key, message, [r.from, r.to]);
}

/** `atlas.relation-unknown`: a relation names a term the Atlas sheet does not have. */
export const atlasRelationUnknown: Rule = {
  id: 'atlas.relation-unknown',
  severity: 'error',
  check(ctx) {
    const a = readAtlas(ctx.book);
    if (!a.hasSheet) return [];
    const out: Finding[] = [];
    for (const r of a.relations)
      for (const end of ['from', 'to'] as const) {
        const label = end === 'from' ? r.from : r.to;
        if (a.byKey.has(end === 'from' ? r.fromKey : r.toKey)) continue;
        out.push(onRelation(ctx, 'atlas.relation-unknown', 'error', r, end, msg(ctx).relationUnknown(r.from, r.kind, r.to, label)));
      }
    return out;
  },
};

/** `atlas.broader-cycle`: « plus large » (or « plus précis » read backwards) loops back to a term. */
export const atlasBroaderCycle: Rule = {
  id: 'atlas.broader-cycle',
  severity: 'error',
  check(ctx) {
    const a = readAtlas(ctx.book);
    return broaderCycles(a.relations).map((c) => {
      const labels = c.keys.map((k) => a.byKey.get(k)?.label ?? k);
      // The relation typed last (the lowest in its sheet) is the likeliest mistake: the finding points at it.
      const last = c.relations.reduce((a, b) => (b.source === a.source ? (b.row > a.row ? b : a) : b.source === 'relations' ? b : a));
      return onRelation(ctx, 'atlas.broader-cycle', 'error', last, 'to', msg(ctx).broaderCycle(labels));
    });
  },
};

/** `atlas.term-unknown`: the Index or a Veille entry's Termes names a term absent from the atlas. */
export const atlasTermUnknown: Rule = {
  id: 'atlas.term-unknown',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const a = readAtlas(book);
    if (!a.hasSheet) return [];
    const out: Finding[] = [];
    for (const e of a.index) {
      if (e.source !== 'index' || a.byKey.has(e.key)) continue;
      const m = msg(ctx).indexUnknown(e.content, e.term);
      out.push(
        ctx.finding('atlas.term-unknown', 'warning', book.contentIndex, recordAt(book.contentIndex.records, e.row), 'term', m, [e.term]),
      );
    }
    for (const w of a.watch)
      for (const t of w.terms) {
        if (a.byKey.has(t.key)) continue;
        const m = msg(ctx).watchUnknown(w.subject, t.term);
        out.push(ctx.finding('atlas.term-unknown', 'warning', book.watch, recordAt(book.watch.records, w.row), 'terms', m, [t.term]));
      }
    return out;
  },
};

/** `atlas.orphan`: a term with no relation and no indexed content. */
export const atlasOrphan: Rule = {
  id: 'atlas.orphan',
  severity: 'info',
  check(ctx) {
    const { book } = ctx;
    const a = readAtlas(book);
    const used = new Set<string>();
    for (const r of a.relations) used.add(r.fromKey).add(r.toKey);
    for (const e of a.index) used.add(e.key);
    return [...a.byKey.values()]
      .filter((t) => !used.has(t.key))
      .map((t) =>
        ctx.finding('atlas.orphan', 'info', book.atlas, recordAt(book.atlas.records, t.row), 'term', msg(ctx).orphan(t.label), [t.label]),
      );
  },
};

/** `atlas.duplicate`: a term whose spelling differs from an earlier one only by case or accents. */
export const atlasDuplicate: Rule = {
  id: 'atlas.duplicate',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const a = readAtlas(book);
    return a.terms
      .filter((t) => a.byKey.get(t.key) !== t)
      .map((t) => {
        const first = a.byKey.get(t.key)!;
        const m = msg(ctx).duplicate(t.label, first.label, first.row);
        return ctx.finding('atlas.duplicate', 'warning', book.atlas, recordAt(book.atlas.records, t.row), 'term', m, [t.label]);
      });
  },
};
