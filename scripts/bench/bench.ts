/**
 * npm run bench — prints, for synthetic workbooks of 1k, 10k and 100k Journal lines:
 *  - the time and peak memory to read and parse every table locally (readXlsx + readWorkbook),
 *  - beside the time exceljs's streaming reader takes merely to iterate the same file (the floor),
 *  - the number of fake-Google calls to read them through the Apps Script adapter,
 *  - the report's Google calls: those of the Doc (besides reading the sheets; at most 30) and in all,
 *  - the time and peak memory of a convention saved in the preview through its rpc, beside the
 *    read time of the same file;
 *  - the bank reconciliation of a statement of N/10 lines against the year (booking included),
 *    beside the read time of the same file;
 *  - the partner card of the busiest partner (every year booked), beside the read time;
 *  - the Google calls of each job through the built Apps Script bundle (read, check, report, pack,
 *    convention save with its Drive folder, bank reconciliation), every one counted by the fakes'
 *    proxy (tests/fakes/calls.ts), the report's split into the Doc's and the sheets' reading.
 * Each measurement runs in a fresh Node process, so peak memory is that job's own.
 *  - `citego check --sheet` against the local fake of the Sheets API: its HTTP requests and time (live.ts).
 * BENCH_SIZES=1000,10000 limits the sizes; BENCH_ONLY=calls prints only the Google calls, BENCH_ONLY=live only the live spreadsheet.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { runChecks } from '../../shared/checks/run-checks';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { renderDocx } from '../report/docx';
import type { IsoDate } from '../../shared/values/dates';
import { readXlsx } from '../xlsx/read';
import { localDispatch } from '../preview/dispatch';
import { writeSynthetic } from './synthetic';
import { spreadsheetFromXlsx } from '../../tests/fakes/from-xlsx';
import { loadBundle } from '../../tests/fakes/harness';
import { conventionPayload } from '../../tests/helpers/convention';
import { timeReconcile } from './bank';
import { benchLive, type LiveLine } from './live';
import { benchMemorySearch, timeCalendar } from './memory';
import { MEMORY_TABLES } from '../../shared/calendar/read';
import { partnerCard } from '../../shared/network/partner-card';
import { printAtlasBench } from './atlas';
import { printGraphBench } from './graph';

interface Measure {
  ms: number;
  maxRssMb: number;
  rows: number;
  /** For 'check': the time of the rules alone, after reading. */
  rulesMs?: number;
  /** For 'reconcile': the read alone, then the reconciliation alone, its statement lines and matches. */
  readMs?: number;
  reconcile?: { ms: number; lines: number; matched: number };
  /** For 'calendar': the calendar alone (after reading its tables, readMs), and its items. */
  calendar?: { ms: number; items: number };
  /** For 'partner': the card alone, after reading (booking every year included). */
  cardMs?: number;
}

/** A new convention with its instalments, as the form sends it (no Drive folder: the .docx fiche is another job). */
const SAVED_CONVENTION = conventionPayload({
  requestId: 'bench-0001',
  title: 'Convention du banc d’essai',
  project: 'PRJ-01',
  createFolder: false,
});

/** A convention saved through the preview's rpc into a copy of the file (the copy is not timed). */
async function saveConvention(file: string): Promise<Measure> {
  const dir = mkdtempSync(join(tmpdir(), 'citego-bench-save-'));
  const copy = join(dir, 'asso.xlsx');
  copyFileSync(file, copy);
  try {
    const start = process.hrtime.bigint();
    const r = (await localDispatch(copy)('saveConvention', [SAVED_CONVENTION])) as { ok: boolean; message?: string };
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!r.ok) throw new Error(`enregistrement refusé : ${r.message}`);
    return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows: 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The calendar (issue 16): reading the tables it needs, then the calendar alone. */
async function calendarChild(file: string): Promise<Measure> {
  const start = process.hrtime.bigint();
  const book = readWorkbook(await readXlsx(file), 'fr', MEMORY_TABLES);
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  const calendar = timeCalendar(book);
  return { ms: readMs + calendar.ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows: calendar.items, readMs, calendar };
}

async function child(kind: string, file: string): Promise<Measure> {
  if (kind === 'save') return saveConvention(file);
  if (kind === 'calendar') return calendarChild(file);
  const start = process.hrtime.bigint();
  let rows = 0;
  if (kind === 'floor') {
    const ExcelJS = (await import('exceljs')).default;
    // exceljs's streaming reader sometimes fails when workbook.xml comes after the sheets
    // (a race in its parser); retry so the floor is measured at all.
    for (let attempt = 1; ; attempt++) {
      try {
        rows = 0;
        const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
          worksheets: 'emit',
          sharedStrings: 'cache',
          styles: 'cache',
          hyperlinks: 'ignore',
          entries: 'ignore',
        });
        for await (const ws of reader) for await (const row of ws) if (row) rows++;
        break;
      } catch (e) {
        if (attempt >= 5) throw e;
      }
    }
  } else {
    const book = readWorkbook(await readXlsx(file));
    rows = book.ledger.records.length;
    if (kind === 'report') {
      const doc = buildAnnualReport(book, 2025, { lang: 'fr', generatedOn: '2026-01-15' as IsoDate });
      const bytes = (await renderDocx(doc)).length;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows: bytes };
    }
    if (kind === 'reconcile') {
      const readMs = Number(process.hrtime.bigint() - start) / 1e6;
      const reconciled = timeReconcile(book, Math.round(rows / 10));
      return { ms: readMs + reconciled.ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows, readMs, reconcile: reconciled };
    }
    if (kind === 'partner') {
      const readMs = Number(process.hrtime.bigint() - start) / 1e6;
      const t = process.hrtime.bigint();
      if (!partnerCard(book, 'P-0001', '2026-01-15' as IsoDate)) throw new Error('P-0001 absent');
      const cardMs = Number(process.hrtime.bigint() - t) / 1e6;
      return { ms: readMs + cardMs, maxRssMb: process.resourceUsage().maxRSS / 1024, rows, readMs, cardMs };
    }
    if (kind === 'check') {
      const t = process.hrtime.bigint();
      runChecks(book, { year: null, today: '2026-01-15' as IsoDate, lang: 'fr' });
      const rulesMs = Number(process.hrtime.bigint() - t) / 1e6;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows, rulesMs };
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows };
}

function measure(kind: string, file: string, runs: number): Measure {
  const results: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [__filename, '--child', kind, file], { encoding: 'utf8', maxBuffer: 1e7 });
    if (r.status !== 0) throw new Error(`${kind}: ${r.stderr}`);
    results.push(JSON.parse(r.stdout) as Measure);
  }
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(results.length / 2)];
}

/** The jobs whose Google calls are counted, each one execution of the built bundle. */
const JOBS = {
  read: { endpoint: 'getOverview', args: ['fr'] },
  check: { endpoint: 'runCheck', args: ['fr'] },
  report: { endpoint: 'generateAnnualReport', args: [2025, 'fr'] },
  pack: { endpoint: 'prepareAccountantFolder', args: [2025] },
  save: { endpoint: 'saveConvention', args: [{ ...SAVED_CONVENTION, createFolder: true }] },
  reconcile: { endpoint: 'reconcileBank', args: [2025] },
  partner: { endpoint: 'getPartnerCard', args: ['P-0001', 'fr'] },
} as const;
type Job = keyof typeof JOBS;
/** A job's calls: all of them, and those besides reading the sheets (for the report: the Doc, its folder, the lock). */
type Calls = Record<Job, { total: number; own: number }>;

/** Calls that read the workbook (one getDataRange().getValues() per sheet), apart from the job's own. */
const READING = ['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.', 'Sheet.', 'Range.'];

/** A short bank statement imported before the reconciliation is counted (setup, not counted). */
const STATEMENT = 'Date;Libellé;Montant\n15/03/2025;PRLV SEPA COTISATION;-12,50\n28/03/2025;FRAIS TENUE DE COMPTE;-12,50\n';

/** Google calls to run an endpoint on the workbook through the built Apps Script bundle (setup not counted). */
async function googleCalls(file: string, job: Job): Promise<{ total: number; own: number }> {
  const ss = await spreadsheetFromXlsx(file);
  const bundle = loadBundle({ spreadsheet: ss, distDir: join(__dirname, '..', 'dist'), now: '2026-01-15T10:00:00+01:00' });
  if (job === 'pack') bundle.run('setAccountantEmail', 'cabinet@expert-comptable.example');
  if (job === 'reconcile') bundle.run('importBankStatement', STATEMENT);
  bundle.log.reset();
  bundle.run(JOBS[job].endpoint, ...JOBS[job].args);
  const total = bundle.log.total();
  return { total, own: total - READING.reduce((n, prefix) => n + bundle.log.total(prefix), 0) };
}

async function allCalls(file: string): Promise<Calls> {
  const out = {} as Calls;
  for (const job of Object.keys(JOBS) as Job[]) out[job] = await googleCalls(file, job);
  return out;
}

const fmt = (n: number, d = 0) => n.toLocaleString('fr-FR', { minimumFractionDigits: d, maximumFractionDigits: d });

interface SizeResults {
  n: number;
  calls: Calls;
  read?: Measure;
  floor?: Measure;
  check?: Measure;
  report?: Measure;
  save?: Measure;
  reconcile?: Measure;
  calendar?: Measure;
  partner?: Measure;
}

async function measureSize(n: number, dir: string, onlyCalls: boolean): Promise<SizeResults> {
  const file = join(dir, `synthetic-${n}.xlsx`);
  if (!existsSync(file)) await writeSynthetic(n, file);
  const calls = await allCalls(file);
  if (onlyCalls) return { n, calls };
  const runs = n >= 100_000 ? 3 : 5;
  const read = measure('ours', file, runs);
  if (read.rows !== n) throw new Error(`${read.rows} lignes lues au lieu de ${n}`);
  return {
    n,
    calls,
    read,
    floor: measure('floor', file, runs),
    check: measure('check', file, runs),
    report: measure('report', file, runs),
    save: measure('save', file, runs),
    reconcile: measure('reconcile', file, runs),
    calendar: measure('calendar', file, runs),
    partner: measure('partner', file, runs),
  };
}

/** One table: a title, column headers, one line per size. */
function printTable(title: string, headers: readonly string[], lines: readonly (readonly string[])[]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: readonly string[]) => `${cells.map((c, i) => c.padStart(widths[i])).join(' | ')}\n`;
  process.stdout.write(`\n${title}\n\n${line(headers)}${lines.map(line).join('')}`);
}

const ms = (m: Measure) => `${fmt(m.ms)} ms`;
const mb = (m: Measure) => `${fmt(m.maxRssMb)} Mo`;

function printCalls(all: readonly SizeResults[]): void {
  printTable(
    'Appels Google par travail (le Code.js construit, sur les faux services ; chaque appel compté par le proxy)',
    [
      'lignes Journal',
      'lecture',
      'vérification',
      'rapport (Google Doc)',
      'dossier expert-comptable',
      'convention + dossier',
      'rapprochement',
      'fiche partenaire',
    ],
    all.map((r) => [fmt(r.n), ...(Object.keys(JOBS) as Job[]).map((j) => fmt(r.calls[j].total))]),
  );
  printTable(
    'Rapport annuel sur Google (le Doc importé par Drive depuis le HTML du rapport)',
    ['lignes Journal', 'appels Google (Doc)', 'appels Google (total, lecture comprise)'],
    all.map((r) => [fmt(r.n), fmt(r.calls.report.own), fmt(r.calls.report.total)]),
  );
}

function printTimes(all: readonly Required<SizeResults>[]): void {
  printTable(
    'Lecture et analyse de classeurs synthétiques (médiane, processus neuf à chaque mesure)',
    ['lignes Journal', 'lecture+analyse', 'mémoire max', 'plancher exceljs', 'rapport'],
    all.map((r) => [fmt(r.n), ms(r.read), mb(r.read), ms(r.floor), `${fmt(r.read.ms / r.floor.ms, 2)}×`]),
  );
  printTable(
    'Vérification de cohérence (citego check : lecture + toutes les règles)',
    ['lignes Journal', 'total', 'règles seules', 'mémoire max'],
    all.map((r) => [fmt(r.n), ms(r.check), `${fmt(r.check.rulesMs ?? 0)} ms`, mb(r.check)]),
  );
  printTable(
    'Rapport annuel local (lecture + modèle + .docx avec graphiques)',
    ['lignes Journal', 'rapport local', 'mémoire max'],
    all.map((r) => [fmt(r.n), ms(r.report), mb(r.report)]),
  );
  printTable(
    'Enregistrement d’une convention dans l’aperçu (rpc saveConvention, sans dossier Drive : seules les feuilles modifiées sont réécrites)',
    ['lignes Journal', 'enregistrement', 'mémoire max', 'lecture du même fichier', 'rapport'],
    all.map((r) => [fmt(r.n), ms(r.save), mb(r.save), ms(r.read), `${fmt(r.save.ms / r.read.ms, 2)}×`]),
  );
  printTable(
    'Rapprochement bancaire (relevé de N/10 lignes contre l’exercice : passation des écritures comprise)',
    ['lignes Journal', 'lignes relevé', 'rapprochées', 'rapprochement', 'lecture du même fichier', 'rapport'],
    all.map((r) => {
      const b = r.reconcile.reconcile ?? { ms: 0, lines: 0, matched: 0 };
      return [
        fmt(r.n),
        fmt(b.lines),
        fmt(b.matched),
        `${fmt(b.ms)} ms`,
        `${fmt(r.reconcile.readMs ?? 0)} ms`,
        `${fmt(b.ms / (r.reconcile.readMs ?? 1), 2)}×`,
      ];
    }),
  );
}

/** The memory's search over 50 000 entries and the calendar beside the read time (issue 16). */
function printMemory(all: readonly Required<SizeResults>[]): void {
  printTable(
    'Calendrier (toutes les échéances, sans lire le Journal) à côté de la lecture complète du même fichier',
    ['lignes Journal', 'éléments', 'calendrier', 'lecture de ses feuilles', 'lecture complète', 'rapport'],
    all.map((r) => {
      const c = r.calendar.calendar ?? { ms: 0, items: 0 };
      return [
        fmt(r.n),
        fmt(c.items),
        `${fmt(c.ms, 1)} ms`,
        `${fmt(r.calendar.readMs ?? 0)} ms`,
        ms(r.read),
        `${fmt(r.calendar.ms / r.read.ms, 2)}×`,
      ];
    }),
  );
  const search = benchMemorySearch(50_000);
  printTable(
    `Recherche dans la Mémoire : ${fmt(search.entries)} entrées, index construit en ${fmt(search.buildMs)} ms (la plus lente de 5 recherches)`,
    ['requête', 'résultats', 'temps'],
    search.queries.map((q) => [q.query, fmt(q.hits), `${fmt(q.ms, 1)} ms`]),
  );
}

function printPartner(all: readonly Required<SizeResults>[]): void {
  printTable(
    'Fiche partenaire (P-0001 : conventions, argent de tous les exercices passés en écriture, personnes, mandats, Mémoire, échéances)',
    ['lignes Journal', 'fiche seule', 'lecture du même fichier', 'rapport', 'mémoire max'],
    all.map((r) => [
      fmt(r.n),
      `${fmt(r.partner.cardMs ?? 0)} ms`,
      `${fmt(r.partner.readMs ?? 0)} ms`,
      `${fmt((r.partner.cardMs ?? 0) / (r.partner.readMs ?? 1), 2)}×`,
      mb(r.partner),
    ]),
  );
}

function printResults(all: readonly SizeResults[]): void {
  printCalls(all);
  const timed = all.filter((r): r is Required<SizeResults> => r.read !== undefined);
  if (timed.length > 0) {
    printTimes(timed);
    printMemory(timed);
    printPartner(timed);
  }
  process.stdout.write(
    `\nObjectifs : lecture ≤ 1,5× le plancher, mémoire < 400 Mo à 100 000 lignes, même nombre d'appels Google quelle que soit la taille ;\n` +
      `enregistrement ≤ 0,5 s et ≤ 300 Mo à 100 000 lignes, et jamais plus lent que la lecture du fichier ;\n` +
      `rapprochement de 10 000 lignes de relevé contre 100 000 lignes de Journal ≤ 2× la lecture ;\n` +
      `recherche dans 50 000 entrées de Mémoire ≤ 100 ms une fois l'index construit ; calendrier ≤ la lecture ;\n` +
      `fiche partenaire sur 2 000 partenaires, 10 000 personnes et 100 000 lignes ≤ 2× la lecture.\n`,
  );
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const dir = join(tmpdir(), 'citego-bench');
  mkdirSync(dir, { recursive: true });
  const all: SizeResults[] = [];
  const only = process.env.BENCH_ONLY;
  if (only !== 'live') {
    for (const n of sizes) all.push(await measureSize(n, dir, only === 'calls'));
    printResults(all);
    if (only === undefined) {
      printAtlasBench();
      printGraphBench(all.reduce<number | null>((m, r) => r.read?.ms ?? m, null));
    }
  }
  if (only === undefined || only === 'live') printLive(await benchLive(sizes, dir));
}

function printLive(lines: readonly LiveLine[]): void {
  printTable(
    'Classeur en direct : citego check --sheet contre la fausse API Sheets locale, à côté de citego check sur le .xlsx (programme complet)',
    ['lignes', 'requêtes HTTP', 'check --sheet', 'check .xlsx'],
    lines.map((l) => [fmt(l.n), String(l.requests), `${fmt(l.liveMs / 1000, 2)} s`, `${fmt(l.xlsxMs / 1000, 2)} s`]),
  );
  process.stdout.write(`\nObjectif : 2 requêtes HTTP quelle que soit la taille.\n`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).then((m) => process.stdout.write(JSON.stringify(m)));
} else {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
