/**
 * Coverage of the atlas by the site's contents (docs/domain.md, "Relational atlas", Coverage):
 * a published content documents a domain when the Index gives it a term of that domain, and a
 * pair of domains when it gives it terms of both. Pairs no content documents are « ce que le site
 * ne dit pas encore », those the atlas itself links (relations across them) first. Pure, linear in
 * the atlas and the Index: 5 000 terms and 20 000 relations take well under a second.
 */
import { fiscalYearOf } from '../ledger/fiscal-years';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { readAtlas, type Atlas } from './terms';

export interface DomainCoverage {
  readonly domain: string;
  readonly terms: number;
  /** Published contents indexed by at least one of its terms. */
  readonly contents: number;
  /** Contents indexed so, not yet published. */
  readonly pending: number;
}

export interface PairCoverage {
  readonly domains: readonly [string, string];
  /** Atlas relations between a term of one and a term of the other. */
  readonly relations: number;
  readonly contents: number;
  readonly pending: number;
}

export interface TermUse {
  readonly term: string;
  readonly domain: string | null;
  readonly uses: number;
}

export interface AtlasCoverage {
  readonly year: number;
  readonly domains: readonly DomainCoverage[];
  /** Every pair of domains, in the order of the domains. */
  readonly pairs: readonly PairCoverage[];
  /** The pairs no published content documents: most atlas relations first. */
  readonly gaps: readonly PairCoverage[];
  /** The terms most used in the year: contents published in it indexed by the term, plus Veille entries of the year naming it. */
  readonly topTerms: readonly TermUse[];
  /** Veille entries of the year or before (or undated) naming no term of the atlas: the themes to add. */
  readonly watchWithoutTerm: readonly { readonly date: IsoDate | null; readonly subject: string; readonly row: number }[];
}

const TOP_TERMS = 10;
const SEP = '\u0000';

function pairKey(a: string, b: string): string {
  return a < b ? `${a}${SEP}${b}` : `${b}${SEP}${a}`;
}

/** Each indexed content's domains, and whether it is published. */
function contentDomains(atlas: Atlas, published: ReadonlySet<string>): Map<string, { domains: Set<string>; published: boolean }> {
  const out = new Map<string, { domains: Set<string>; published: boolean }>();
  for (const e of atlas.index) {
    const domain = atlas.byKey.get(e.key)?.domain;
    if (!domain) continue;
    const c = out.get(e.content) ?? { domains: new Set<string>(), published: published.has(e.content) };
    c.domains.add(domain);
    out.set(e.content, c);
  }
  return out;
}

function relationsAcross(atlas: Atlas): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of atlas.relations) {
    const a = atlas.byKey.get(r.fromKey)?.domain;
    const b = atlas.byKey.get(r.toKey)?.domain;
    if (!a || !b || a === b) continue;
    const k = pairKey(a, b);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

function domainsAndPairs(atlas: Atlas, published: ReadonlySet<string>): Pick<AtlasCoverage, 'domains' | 'pairs'> {
  const domainNames = [...new Set(atlas.terms.map((t) => t.domain).filter((d): d is string => !!d))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  const count = new Map<string, { contents: number; pending: number }>();
  const bump = (k: string, pub: boolean) => {
    const c = count.get(k) ?? { contents: 0, pending: 0 };
    if (pub) c.contents++;
    else c.pending++;
    count.set(k, c);
  };
  for (const c of contentDomains(atlas, published).values()) {
    const ds = [...c.domains];
    for (let i = 0; i < ds.length; i++) {
      bump(ds[i], c.published);
      for (let j = i + 1; j < ds.length; j++) bump(pairKey(ds[i], ds[j]), c.published);
    }
  }
  const terms = new Map<string, number>();
  for (const t of atlas.byKey.values()) if (t.domain) terms.set(t.domain, (terms.get(t.domain) ?? 0) + 1);
  const across = relationsAcross(atlas);
  const pairs: PairCoverage[] = [];
  for (let i = 0; i < domainNames.length; i++)
    for (let j = i + 1; j < domainNames.length; j++) {
      const k = pairKey(domainNames[i], domainNames[j]);
      pairs.push({ domains: [domainNames[i], domainNames[j]], relations: across.get(k) ?? 0, contents: 0, pending: 0, ...count.get(k) });
    }
  const domains = domainNames.map((domain) => ({ domain, terms: terms.get(domain) ?? 0, contents: 0, pending: 0, ...count.get(domain) }));
  return { domains, pairs };
}

function topTerms(book: ParsedWorkbook, atlas: Atlas, year: number): TermUse[] {
  const inYear = (d: IsoDate | null) => d !== null && fiscalYearOf(d, book.settings.fiscalYearStart) === year;
  const publishedInYear = new Set(
    book.dossiers.records.filter((d) => d.id && d.status === 'publié' && inYear(d.publishedOn)).map((d) => d.id),
  );
  const uses = new Map<string, Set<string>>();
  const use = (key: string, by: string) => {
    if (!atlas.byKey.has(key)) return;
    const s = uses.get(key) ?? new Set<string>();
    s.add(by);
    uses.set(key, s);
  };
  for (const e of atlas.index) if (publishedInYear.has(e.content)) use(e.key, e.content);
  for (const w of atlas.watch) if (inYear(w.date)) for (const t of w.terms) use(t.key, `Veille ${w.row}`);
  return [...uses.entries()]
    .map(([key, s]) => ({ term: atlas.byKey.get(key)!.label, domain: atlas.byKey.get(key)!.domain, uses: s.size }))
    .sort((a, b) => b.uses - a.uses || a.term.localeCompare(b.term, 'fr'))
    .slice(0, TOP_TERMS);
}

/** The coverage of the atlas for fiscal year `year` (the terms most used are the year's; the rest is as of now). */
export function atlasCoverage(book: ParsedWorkbook, year: number): AtlasCoverage {
  const atlas = readAtlas(book);
  const published = new Set(book.dossiers.records.filter((d) => d.id && d.status === 'publié').map((d) => d.id as string));
  const { domains, pairs } = domainsAndPairs(atlas, published);
  const gaps = pairs.filter((p) => p.contents === 0).sort((a, b) => b.relations - a.relations);
  const upTo = (d: IsoDate | null) => d === null || fiscalYearOf(d, book.settings.fiscalYearStart) <= year;
  const watchWithoutTerm = atlas.watch
    .filter((w) => upTo(w.date) && !w.terms.some((t) => atlas.byKey.has(t.key)))
    .map((w) => ({ date: w.date, subject: w.subject, row: w.row }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return { year, domains, pairs, gaps, topTerms: topTerms(book, atlas, year), watchWithoutTerm };
}
