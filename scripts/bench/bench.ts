/**
 * npm run bench — prints, for synthetic workbooks of 1k, 10k and 100k Journal lines:
 *  - the time and peak memory to read and parse every table locally (readXlsx + readBook),
 *  - beside the time exceljs's streaming reader takes merely to iterate the same file (the floor),
 *  - the number of fake-Google calls to read them through the Apps Script adapter.
 * Each measurement runs in a fresh Node process, so peak memory is that job's own.
 * BENCH_SIZES=1000,10000 limits the sizes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBook } from '../../shared/sheets/book';
import { runChecks } from '../../shared/checks';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { renderDocx } from '../report/docx';
import type { IsoDate } from '../../shared/values/dates';
import { readXlsx } from '../xlsx/read';
import { writeSynthetic } from './synthetic';
import { spreadsheetFromXlsx } from '../../tests/fakes/from-xlsx';
import { loadBundle } from '../../tests/fakes/harness';

interface Measure {
  ms: number;
  maxRssMb: number;
  rows: number;
  /** For 'check': the time of the rules alone, after reading. */
  rulesMs?: number;
}

async function child(kind: string, file: string): Promise<Measure> {
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
    const book = readBook(await readXlsx(file));
    rows = book.ledger.records.length;
    if (kind === 'report') {
      const doc = buildAnnualReport(book, 2025, { lang: 'fr', generatedOn: '2026-01-15' as IsoDate });
      const bytes = (await renderDocx(doc)).length;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows: bytes };
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

/** Google calls to run an endpoint on the workbook through the built Apps Script bundle. */
async function googleCalls(file: string, endpoint: string, ...args: unknown[]): Promise<number> {
  const ss = await spreadsheetFromXlsx(file);
  const bundle = loadBundle({ spreadsheet: ss, distDir: join(__dirname, '..', 'dist'), now: '2026-01-15T10:00:00+01:00' });
  bundle.log.reset();
  bundle.run(endpoint, ...(args.length > 0 ? args : ['fr']));
  return bundle.log.total();
}

const fmt = (n: number, d = 0) => n.toLocaleString('fr-FR', { minimumFractionDigits: d, maximumFractionDigits: d });

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const dir = join(tmpdir(), 'citego-bench');
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`Lecture et analyse de classeurs synthétiques (médiane, processus neuf à chaque mesure)\n\n`);
  process.stdout.write(
    `${'lignes Journal'.padStart(14)} | ${'lecture+analyse'.padStart(15)} | ${'mémoire max'.padStart(11)} | ${'plancher exceljs'.padStart(16)} | ${'rapport'.padStart(7)} | ${'appels Google'.padStart(13)}\n`,
  );
  const checks: { n: number; check: Measure; calls: number }[] = [];
  const reports: { n: number; report: Measure; calls: number }[] = [];
  for (const n of sizes) {
    const file = join(dir, `synthetic-${n}.xlsx`);
    if (!existsSync(file)) await writeSynthetic(n, file);
    const runs = n >= 100_000 ? 3 : 5;
    const ours = measure('ours', file, runs);
    const floor = measure('floor', file, runs);
    if (ours.rows !== n) throw new Error(`${ours.rows} lignes lues au lieu de ${n}`);
    const calls = await googleCalls(file, 'getOverview');
    process.stdout.write(
      `${fmt(n).padStart(14)} | ${`${fmt(ours.ms)} ms`.padStart(15)} | ${`${fmt(ours.maxRssMb)} Mo`.padStart(11)} | ${`${fmt(floor.ms)} ms`.padStart(16)} | ${`${fmt(ours.ms / floor.ms, 2)}×`.padStart(7)} | ${fmt(calls).padStart(13)}\n`,
    );
    checks.push({ n, check: measure('check', file, runs), calls: await googleCalls(file, 'runCheck') });
    reports.push({ n, report: measure('report', file, runs), calls: await googleCalls(file, 'generateAnnualReport', 2025, 'fr') });
  }
  process.stdout.write(`\nVérification de cohérence (citego check : lecture + toutes les règles)\n\n`);
  process.stdout.write(
    `${'lignes Journal'.padStart(14)} | ${'total'.padStart(9)} | ${'règles seules'.padStart(13)} | ${'mémoire max'.padStart(11)} | ${'appels Google'.padStart(13)}\n`,
  );
  for (const { n, check, calls } of checks) {
    process.stdout.write(
      `${fmt(n).padStart(14)} | ${`${fmt(check.ms)} ms`.padStart(9)} | ${`${fmt(check.rulesMs ?? 0)} ms`.padStart(13)} | ${`${fmt(check.maxRssMb)} Mo`.padStart(11)} | ${fmt(calls).padStart(13)}\n`,
    );
  }
  process.stdout.write(
    `\nRapport annuel (local : lecture + modèle + .docx avec graphiques ; Google : Doc écrit via le faux DocumentApp)\n\n`,
  );
  process.stdout.write(
    `${'lignes Journal'.padStart(14)} | ${'rapport local'.padStart(13)} | ${'mémoire max'.padStart(11)} | ${'appels Google'.padStart(13)}\n`,
  );
  for (const { n, report, calls } of reports) {
    process.stdout.write(
      `${fmt(n).padStart(14)} | ${`${fmt(report.ms)} ms`.padStart(13)} | ${`${fmt(report.maxRssMb)} Mo`.padStart(11)} | ${fmt(calls).padStart(13)}\n`,
    );
  }
  process.stdout.write(
    `\nObjectifs : lecture ≤ 1,5× le plancher, mémoire < 400 Mo à 100 000 lignes, même nombre d'appels Google quelle que soit la taille.\n`,
  );
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).then((m) => process.stdout.write(JSON.stringify(m)));
} else {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
