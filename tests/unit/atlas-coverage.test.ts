/**
 * Coverage of the atlas (docs/domain.md, "Relational atlas", Coverage) on the demo, against a count
 * made here independently from the raw cells of Atlas, Index and Dossiers.
 */
import { atlasCoverage } from '../../shared/atlas/coverage';
import type { CellValue } from '../../shared/sheets/ports';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { readXlsx } from '../../scripts/xlsx/read';
import { DEMO } from '../helpers/demo';

type Grid = CellValue[][];

/** The rows of a sheet as objects keyed by header (the demo's headers are on row 1). */
function rows(grid: Grid): Record<string, string>[] {
  const [header, ...body] = grid;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), String(r[i] ?? '').trim()])));
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Independent count: for each domain pair, the published contents whose Index terms fall in both domains. */
function independentPairs(atlas: Grid, index: Grid, dossiers: Grid): Map<string, number> {
  const domainOf = new Map<string, string>();
  for (const r of rows(atlas)) if (!domainOf.has(plain(r['Terme']))) domainOf.set(plain(r['Terme']), r['Domaine']);
  const published = new Set(
    rows(dossiers)
      .filter((r) => r['Statut'] === 'publié')
      .map((r) => r['ID']),
  );
  const domainsOf = new Map<string, Set<string>>();
  for (const r of rows(index)) {
    const d = domainOf.get(plain(r['Terme']));
    if (!d || !published.has(r['Contenu'])) continue;
    domainsOf.set(r['Contenu'], (domainsOf.get(r['Contenu']) ?? new Set()).add(d));
  }
  const out = new Map<string, number>();
  for (const ds of domainsOf.values())
    for (const a of ds) for (const b of ds) if (a < b) out.set(`${a} × ${b}`, (out.get(`${a} × ${b}`) ?? 0) + 1);
  return out;
}

describe('atlas coverage on the demo', () => {
  let cov: ReturnType<typeof atlasCoverage>;
  let expected: Map<string, number>;
  let book: ReturnType<typeof readWorkbook>;
  beforeAll(async () => {
    const xlsx = await readXlsx(DEMO);
    book = readWorkbook(xlsx);
    cov = atlasCoverage(book, 2025);
    expected = independentPairs(xlsx.readSheet('Atlas'), xlsx.readSheet('Index'), xlsx.readSheet('Dossiers'));
  });

  it('counts, for every pair of the six domains, the published contents the Index files under both', () => {
    expect(cov.domains.map((d) => d.domain)).toEqual([
      'Coopération',
      'Démocratie',
      'Économie',
      'Environnement',
      'Gouvernance',
      'Services publics',
    ]);
    expect(cov.pairs).toHaveLength(15);
    for (const p of cov.pairs)
      expect([p.domains.join(' × '), p.contents]).toEqual([p.domains.join(' × '), expected.get(p.domains.join(' × ')) ?? 0]);
    // By hand: D-0002 (Budget participatif, Amérique latine, Finances locales) documents three pairs.
    expect(cov.pairs.find((p) => p.domains.join() === 'Coopération,Démocratie')?.contents).toBe(1);
    expect(cov.pairs.find((p) => p.domains.join() === 'Gouvernance,Services publics')?.contents).toBe(1); // D-0001
  });

  it('lists what the site does not say yet, the pairs the atlas links most first', () => {
    const gaps = cov.gaps.map((g) => `${g.domains.join(' × ')} ${g.relations}`);
    expect(gaps).toHaveLength([...cov.pairs].filter((p) => !expected.get(p.domains.join(' × '))).length);
    expect(gaps[0]).toBe('Économie × Services publics 6');
    expect(gaps.at(-1)).toBe('Démocratie × Économie 0');
  });

  it('counts a domain’s published contents and those in preparation', () => {
    const env = cov.domains.find((d) => d.domain === 'Environnement');
    // Published: D-0008 only; in preparation: D-0010, D-0013, D-0019, D-0020 (Agriculture urbaine).
    expect(env).toEqual({ domain: 'Environnement', terms: 13, contents: 1, pending: 4 });
  });

  it('gives the terms most used in 2025 and the watch themes without a term', () => {
    expect(atlasCoverage(book, 2026).watchWithoutTerm).toHaveLength(5);
    expect(cov.topTerms[0]).toEqual({ term: 'Eau', domain: 'Services publics', uses: 4 }); // D-0001, D-0007, two Veille entries
    expect(cov.topTerms).toHaveLength(10);
    // Those of 2025 and before: the two of January 2026 are not yet the 2025 report's.
    expect(cov.watchWithoutTerm.map((w) => w.subject)).toEqual([
      'Tiers-lieux et développement local',
      'Communs numériques et collectivités',
      'Intelligence artificielle dans les services publics locaux',
    ]);
  });
});

describe('the annual report’s atlas section', () => {
  it('says the coverage of the year: domains, what the site does not say yet, the terms of the year', async () => {
    const { buildAnnualReport } = await import('../../shared/reports/annual/build');
    const doc = buildAnnualReport(readWorkbook(await readXlsx(DEMO)), 2025, { lang: 'fr', generatedOn: '2026-01-15' as never });
    const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === "Couverture de l'atlas (2025)");
    expect(at).toBeGreaterThan(0);
    const section = doc.blocks.slice(at, at + 9);
    const domains = section.find((b) => b.kind === 'table');
    expect(
      domains?.kind === 'table' &&
        domains.rows.map((r) => r.map((c) => (c && 'text' in c ? c.text : c && 'number' in c ? c.number : null))),
    ).toContainEqual(['Environnement', 13, 1, 4]);
    const gaps = section.find((b) => b.kind === 'bullets');
    expect(gaps?.kind === 'bullets' && gaps.items[0]).toBe(
      "Économie × Services publics : aucun contenu publié (6 relations dans l'atlas), 2 en préparation",
    );
  });

  it('is left out when the workbook has no atlas', async () => {
    const { atlasSection } = await import('../../shared/reports/annual/sections/atlas');
    const { MemoryWorkbook } = await import('../fakes/memory-workbook');
    expect(atlasSection(readWorkbook(new MemoryWorkbook({})), 2025, 'fr')).toEqual([]);
  });
});
