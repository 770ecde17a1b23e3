/**
 * The live spreadsheet in `npm run bench`: `citego check --sheet` against the local fake of the
 * Sheets API (tests/fakes/sheets-api.ts) serving the synthetic workbook of N Journal lines — the
 * HTTP requests it makes (two at every size) and its time, beside `citego check --workbook` on
 * the same .xlsx. Both are the built program run as a user runs it (process start included).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../xlsx/read';
import { FakeSheetsApi, bookFrom, TEST_TOKEN } from '../../tests/fakes/sheets-api';
import { writeSynthetic } from './synthetic';

const CLI = join(__dirname, '..', 'bin', 'citego.js');

function timed(args: string[], env: Record<string, string>): Promise<{ ms: number; code: number; err: string }> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code: code ?? -1, err }));
  });
}

export interface LiveLine {
  readonly n: number;
  readonly requests: number;
  readonly liveMs: number;
  readonly xlsxMs: number;
}

export async function benchLive(sizes: readonly number[], dir: string): Promise<LiveLine[]> {
  const server = new FakeSheetsApi();
  await server.start();
  const lines: LiveLine[] = [];
  try {
    for (const n of sizes) {
      const file = join(dir, `synthetic-${n}.xlsx`);
      if (!existsSync(file)) await writeSynthetic(n, file);
      const id = server.add(bookFrom(await readXlsx(file), `Synthétique ${n}`));
      const before = server.apiRequests().length;
      const live = await timed(['check', '--date', '2026-01-15', '--sheet', id], {
        CITEGO_SHEETS_API_URL: server.url,
        GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN,
      });
      if (live.code === 2) throw new Error(`check --sheet : ${live.err}`);
      const requests = server.apiRequests().length - before;
      const xlsx = await timed(['check', '--date', '2026-01-15', '--workbook', file], {});
      lines.push({ n, requests, liveMs: live.ms, xlsxMs: xlsx.ms });
      server.books.delete(id);
    }
  } finally {
    await server.stop();
  }
  return lines;
}
