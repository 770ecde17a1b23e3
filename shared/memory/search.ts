/**
 * Searching the association's memory (docs/domain.md, "Memory and calendar"): every entry of
 * Mémoire, every year, indexed once with MiniSearch; words are compared without case or accents,
 * a word typed is matched as the start of a longer one (« chart » finds « charte »), a typo of one
 * letter in four is forgiven, and the title counts more than the text. Filters narrow by type,
 * year, partner and project; results come best first and each names its row.
 */
import MiniSearch from 'minisearch';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';

/** A Mémoire entry as the index takes it: JSON-safe, so that a sidebar can search without the server. */
export interface MemoryEntry {
  readonly row: number;
  readonly date: IsoDate | null;
  readonly type: string | null;
  readonly title: string | null;
  readonly description: string | null;
  readonly participants: string | null;
  readonly partner: string | null;
  readonly convention: string | null;
  readonly project: string | null;
  readonly dossier: string | null;
  readonly group: string | null;
}

type MemoryRecord = MemoryEntry;

export interface MemoryQuery {
  readonly text: string;
  readonly type: string | null;
  readonly year: number | null;
  readonly partner: string | null;
  readonly project: string | null;
  /** At most this many hits (50 by default). */
  readonly limit?: number;
}

/** One entry found: what the list shows, and its row to jump to. */
export interface MemoryHit {
  readonly row: number;
  readonly date: IsoDate | null;
  readonly type: string | null;
  readonly title: string;
  readonly excerpt: string;
  readonly partner: string | null;
  readonly project: string | null;
  /** The search's relevance (0 when no words were typed: newest first). */
  readonly score: number;
}

/** The words too common to search for (they would match every entry). */
const STOP_WORDS = new Set(
  'a au aux avec ce ces d dans de des du en et l la le les leur lui ou par pour qu que qui sa se son sur un une the of and'.split(' '),
);

/** A word as it is indexed and searched: lower case, no accents, no French elision (l’, d’, qu’). */
export function searchTerm(term: string): string | null {
  const t = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return t.length === 0 || STOP_WORDS.has(t) ? null : t;
}

/** Splits on spaces, punctuation and apostrophes (« l’atlas » is « l » and « atlas »). */
function tokenize(text: string): string[] {
  return text.split(/[\s\p{P}\p{S}]+/u).filter((t) => t.length > 0);
}

interface Indexed {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly participants: string;
  readonly links: string;
}

/** The index of every Mémoire entry, built once; `search` answers many queries over it. */
export class MemoryIndex {
  private readonly index: MiniSearch<Indexed>;
  private readonly byId: readonly MemoryRecord[];
  /** The entries newest first, sorted once: a search without words walks it and stops at the limit. */
  private readonly newestFirst: readonly MemoryRecord[];

  /** `names`: the name of each linked ID (partner, project, convention, group, dossier), searchable too. */
  constructor(records: readonly MemoryRecord[], names: Readonly<Record<string, string>> = {}) {
    this.byId = records;
    this.newestFirst = [...records].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.row - a.row);
    this.index = new MiniSearch<Indexed>({
      fields: ['title', 'description', 'participants', 'links'],
      tokenize,
      processTerm: searchTerm,
      searchOptions: { boost: { title: 3, links: 1.5 }, prefix: true, combineWith: 'AND' },
    });
    this.index.addAll(
      records.map((r, id) => ({
        id,
        title: r.title ?? '',
        description: r.description ?? '',
        participants: r.participants ?? '',
        links: [r.partner, r.convention, r.project, r.dossier, r.group]
          .flatMap((cell) => (cell ?? '').split(/[;,]/).map((x) => x.trim()))
          .filter((x) => x.length > 0)
          .flatMap((x) => [x, names[x] ?? ''])
          .join(' '),
      })),
    );
  }

  get size(): number {
    return this.byId.length;
  }

  search(q: MemoryQuery): MemoryHit[] {
    const keep = (r: MemoryRecord) => matchesFilters(r, q);
    const limit = q.limit ?? 50;
    const words = tokenize(q.text).filter((w) => searchTerm(w) !== null);
    if (words.length === 0) {
      const hits: MemoryHit[] = [];
      for (const r of this.newestFirst) {
        if (hits.length >= limit) break;
        if (keep(r)) hits.push(hitOf(r, 0));
      }
      return hits;
    }
    const filter = (res: { id: unknown }) => keep(this.byId[res.id as number]);
    let found = this.index.search(words.join(' '), { filter });
    // A typo (one letter in four) is forgiven only when the words as typed find too little: fuzzy
    // matching costs more, and exact words must come first anyway.
    if (found.length < limit) found = this.index.search(words.join(' '), { filter, fuzzy: (term) => (term.length >= 4 ? 0.25 : 0) });
    return found.slice(0, limit).map((res) => hitOf(this.byId[res.id as number], res.score));
  }
}

function hasId(cell: string | null, id: string): boolean {
  return (cell ?? '')
    .split(/[;,]/)
    .map((x) => x.trim())
    .includes(id);
}

function matchesFilters(r: MemoryRecord, q: MemoryQuery): boolean {
  if (q.type && r.type !== q.type) return false;
  if (q.year && (r.date === null || Number(r.date.slice(0, 4)) !== q.year)) return false;
  if (q.partner && !hasId(r.partner, q.partner)) return false;
  if (q.project && !hasId(r.project, q.project)) return false;
  return true;
}

function hitOf(r: MemoryRecord, score: number): MemoryHit {
  const text = (r.description ?? '').replace(/\s+/g, ' ').trim();
  return {
    row: r.row,
    date: r.date,
    type: r.type,
    title: r.title ?? '',
    excerpt: text.length > 160 ? `${text.slice(0, 159)}…` : text,
    partner: r.partner,
    project: r.project,
    score: Math.round(score * 1000) / 1000,
  };
}

/** The entries of a workbook's Mémoire, and the names of the IDs they link to (an ID given twice, id.duplicate, by both names). */
export function memoryEntriesOf(book: ParsedWorkbook): { entries: MemoryEntry[]; names: Record<string, string> } {
  const names: Record<string, string> = {};
  const add = (id: string | null, name: string | null) => {
    if (id && name) names[id] = names[id] ? `${names[id]} ${name}` : name;
  };
  for (const p of book.partners.records) add(p.id, p.name);
  for (const p of book.projects.records) add(p.code, p.title);
  for (const c of book.conventions.records) add(c.id, c.title);
  for (const g of book.groups.records) add(g.id, g.name);
  for (const d of book.dossiers.records) add(d.id, d.title);
  const entries = book.memory.records.map((m) => ({
    row: m.row,
    date: m.date,
    type: m.type,
    title: m.title,
    description: m.description,
    participants: m.participants,
    partner: m.partner,
    convention: m.convention,
    project: m.project,
    dossier: m.dossier,
    group: m.group,
  }));
  return { entries, names };
}

/** The index of a workbook's memory, linked IDs searchable by their names too (« Région » finds P-0002's entries). */
export function memoryIndexOf(book: ParsedWorkbook): MemoryIndex {
  const { entries, names } = memoryEntriesOf(book);
  return new MemoryIndex(entries, names);
}
