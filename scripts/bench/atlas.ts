/**
 * The atlas's bench (docs/domain.md, "Relational atlas"): a synthetic atlas of 5 000 terms in 12
 * domains with 20 000 relations, 4 000 contents indexed by 12 000 Index rows and 500 Veille entries;
 * the coverage and the atlas's checks timed from the cells read (parsing included). Goal: ≤ 3 s.
 */
import { atlasCoverage } from '../../shared/atlas/coverage';
import { runChecks } from '../../shared/checks/run-checks';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue, WorkbookReader } from '../../shared/sheets/ports';
import { ATLAS_TABLES } from '../../shared/usecases/get-atlas-coverage';
import type { IsoDate } from '../../shared/values/dates';

const KINDS = ['plus large', 'associé', 'voir aussi', 'associé'];

/** A deterministic pseudo-random sequence, so that every run measures the same atlas. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

export function syntheticAtlas(terms: number, relations: number): WorkbookReader {
  const rnd = random(7);
  const pick = (n: number) => Math.floor(rnd() * n);
  const term = (i: number) => `Terme ${i}`;
  const sheets: Record<string, CellValue[][]> = {
    Atlas: [
      ['Terme', 'Domaine', 'Définition'],
      ...Array.from({ length: terms }, (_, i) => [term(i), `Domaine ${i % 12}`, `Définition ${i}`]),
    ],
    // « plus large » only towards a lower number: a hierarchy without a cycle, as a real thesaurus.
    Relations: [
      ['De', 'Relation', 'Vers'],
      ...Array.from({ length: relations }, (_, i) => {
        const from = 1 + pick(terms - 1);
        const kind = KINDS[i % KINDS.length];
        return [term(from), kind, term(kind === 'plus large' ? pick(from) : pick(terms))];
      }),
    ],
    Dossiers: [
      ['ID', 'Titre', 'Type', 'Statut', 'URL', 'Publié le'],
      ...Array.from({ length: 4000 }, (_, i) => [
        `D-${i}`,
        `Dossier ${i}`,
        'dossier thématique',
        i % 3 ? 'publié' : 'rédaction',
        `https://s.example/${i}`,
        '2025-06-01',
      ]),
    ],
    Index: [['Contenu', 'Terme'], ...Array.from({ length: 12_000 }, (_, i) => [`D-${i % 4000}`, term(pick(terms))])],
    Veille: [
      ['Date', 'Sujet', 'Termes'],
      ...Array.from({ length: 500 }, (_, i) => ['2025-03-01', `Sujet ${i}`, `${term(pick(terms))}; Nouveau ${i}`]),
    ],
  };
  return { timeZone: 'Europe/Paris', sheetNames: () => Object.keys(sheets), readSheet: (name: string) => sheets[name] ?? [] };
}

/** Milliseconds of processor time (user + system) spent by `work`: what a loaded machine does not inflate. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Reads the synthetic atlas, computes its coverage and runs the checks: processor time in ms. */
export function timeAtlas(terms = 5000, relations = 20_000): { terms: number; relations: number; coverageMs: number; checksMs: number } {
  const wb = syntheticAtlas(terms, relations);
  let pairs = 0;
  const coverageMs = cpuMs(() => {
    pairs = atlasCoverage(readWorkbook(wb, 'fr', ATLAS_TABLES), 2025).pairs.length;
  });
  const checksMs = cpuMs(() => runChecks(readWorkbook(wb, 'fr', ATLAS_TABLES), { year: null, today: '2026-01-15' as IsoDate, lang: 'fr' }));
  if (pairs !== 66) throw new Error('synthetic atlas: 12 domains expected');
  return { terms, relations, coverageMs, checksMs };
}

/** The bench's table for the atlas. */
export function printAtlasBench(): void {
  const r = timeAtlas();
  const n = (x: number) => Math.round(x).toLocaleString('fr-FR');
  process.stdout.write(
    `\nAtlas : couverture et contrôles (${n(r.terms)} termes, ${n(r.relations)} relations, lecture des cellules comprise, temps processeur ; objectif ≤ 3 000 ms)\n\n` +
      `couverture : ${n(r.coverageMs)} ms · contrôles (toutes les règles) : ${n(r.checksMs)} ms\n`,
  );
}
