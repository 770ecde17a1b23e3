/**
 * `citego links` against a local HTTP server on 127.0.0.1 that answers 200, 301, 404, 500, refuses
 * HEAD, loops, and never answers: no request leaves the machine, and the timeout keeps it fast.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkLink, checkLinks, DEFAULT_LINK_CHECK } from '../../scripts/links/check';
import type { CliResult } from '../helpers/cli';
import { ROOT } from '../helpers/cli';

const asked: string[] = [];
const sockets = new Set<Socket>();

function answer(res: ServerResponse, status: number, location?: string): void {
  res.writeHead(status, location ? { location } : {});
  res.end(status === 200 ? 'page' : '');
}

function route(method: string, path: string, res: ServerResponse): void {
  if (path === '/hang') return; // accepts the request, never answers
  if (path === '/ok') return answer(res, 200);
  if (path === '/moved') return answer(res, 301, '/ok');
  if (path === '/later') return answer(res, 302, '/ok');
  if (path === '/missing') return answer(res, 404);
  if (path === '/error') return answer(res, 500);
  if (path === '/no-head') return answer(res, method === 'HEAD' ? 405 : 200);
  if (path === '/loop-a') return answer(res, 302, '/loop-b');
  if (path === '/loop-b') return answer(res, 302, '/loop-a');
  const hop = /^\/chain\/(\d+)$/.exec(path);
  if (hop) return answer(res, 302, `/chain/${Number(hop[1]) + 1}`);
  answer(res, 404);
}

let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`);
    route(req.method ?? 'GET', (req.url ?? '/').split('?')[0], res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'citego-links-'));
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const fast = { ...DEFAULT_LINK_CHECK, timeoutMs: 700, connectTimeoutMs: 700 };

describe('the link checker', () => {
  it('follows redirects, retries a refused HEAD with GET, and says why a link is broken', async () => {
    const paths = ['/ok', '/moved', '/later', '/missing', '/error', '/no-head', '/loop-a', '/chain/0'];
    const outcomes = await checkLinks(
      paths.map((p) => base + p),
      fast,
    );
    expect(outcomes).toEqual([
      { ok: true, status: 200, finalUrl: `${base}/ok`, movedPermanently: false },
      { ok: true, status: 200, finalUrl: `${base}/ok`, movedPermanently: true },
      { ok: true, status: 200, finalUrl: `${base}/ok`, movedPermanently: false },
      { ok: false, failure: { kind: 'status', code: 404 } },
      { ok: false, failure: { kind: 'status', code: 500 } },
      { ok: true, status: 200, finalUrl: `${base}/no-head`, movedPermanently: false },
      { ok: false, failure: { kind: 'loop', url: `${base}/loop-a` } },
      { ok: false, failure: { kind: 'redirects' } },
    ]);
    expect(asked.filter((a) => a.endsWith(' /no-head'))).toEqual(['HEAD /no-head', 'GET /no-head']);
    expect(asked.filter((a) => a.startsWith('GET')).length).toBe(1); // HEAD everywhere else: no body fetched
  });

  it('gives up on a server that never answers at the timeout, and keeps at most `parallel` requests at once', async () => {
    const start = Date.now();
    const hung = await checkLink(`${base}/hang`, fast);
    expect(hung).toEqual({ ok: false, failure: { kind: 'timeout' } });
    expect(Date.now() - start).toBeLessThan(2_000);
    const four = Date.now();
    const outcomes = await checkLinks(
      Array.from({ length: 8 }, (_, i) => `${base}/hang?${i}`),
      { ...fast, parallel: 4 },
    );
    expect(outcomes.every((o) => !o.ok && o.failure.kind === 'timeout')).toBe(true);
    // Two rounds of four: about twice the timeout, not eight times.
    expect(Date.now() - four).toBeGreaterThanOrEqual(1_300);
    expect(Date.now() - four).toBeLessThan(4_000);
  });

  it('reports a refused connection as unreachable at once', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkLink(`http://127.0.0.1:${port}/`, fast)).toEqual({
      ok: false,
      failure: { kind: 'network', message: 'ECONNREFUSED' },
    });
    // An address the planner lets through but that is no URL (an unclosed IPv6 bracket) is broken, not a crash.
    expect(await checkLink('http://[::1/page', fast)).toMatchObject({ ok: false, failure: { kind: 'network' } });
  });
});

/** The real citego, in a child process that does not block this one's server. */
function citegoAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'citego.js'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('citego links', () => {
  it('lists the broken links of Dossiers and Veille with their cells, exit code 1', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Dossiers').addRows([
      ['ID', 'Titre', 'Type', 'Statut', 'URL'],
      ['D-2025-001', 'Budgets participatifs', 'dossier thématique', 'publié', `${base}/ok`],
      ['D-2025-002', 'Jumelages', 'dossier thématique', 'publié', `${base}/missing`],
      ['D-2025-003', 'Coopération', 'dossier thématique', 'publié', `${base}/moved`],
      ['D-2025-004', 'Eau', 'fiche de cas', 'rédaction', ''],
    ]);
    wb.addWorksheet('Veille').addRows([
      ['Date', 'Sujet', 'Source', 'Termes'],
      [new Date(Date.UTC(2025, 2, 3)), 'Communs urbains', `${base}/hang`, ''],
      [new Date(Date.UTC(2025, 3, 9)), 'Villes en transition', `${base}/error`, ''],
      [new Date(Date.UTC(2025, 4, 2)), 'Budgets participatifs', `${base}/ok`, ''],
      [new Date(Date.UTC(2025, 5, 2)), 'Sobriété', 'www.exemple.org/sobriete', ''],
    ]);
    const file = join(dir, 'liens.xlsx');
    await wb.xlsx.writeFile(file);
    const start = Date.now();
    const mark = asked.length;
    const r = await citegoAsync(['links', '--workbook', file, '--timeout', '1']);
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Vérification de 5 liens (4 à la fois)');
    expect(r.stdout).toContain('2 liens répondent correctement.');
    expect(r.stdout).toContain(`1 lien redirigé (à mettre à jour) :\n  Dossiers!E4    ${base}/moved  — redirigé vers ${base}/ok`);
    expect(r.stdout).toContain('4 liens cassés :');
    expect(r.stdout).toContain('  Veille!C5      www.exemple.org/sobriete  — pas une adresse http(s)');
    expect(r.stdout).toContain(`  Dossiers!E3    ${base}/missing  — erreur HTTP 404`);
    expect(r.stdout).toContain(`  Veille!C2      ${base}/hang  — pas de réponse en 1 s`);
    expect(r.stdout).toContain(`  Veille!C3      ${base}/error  — erreur HTTP 500`);
    // Dossiers!E2 and Veille!C4 hold the same address, asked once; /moved leads to it once more.
    expect(asked.slice(mark).filter((a) => a === 'HEAD /ok')).toHaveLength(2);
    const en = await citegoAsync(['links', '--workbook', file, '--timeout', '1', '--parallel', '8', '--lang', 'en']);
    expect(en.stdout).toContain(`  Dossiers!E3    ${base}/missing  — HTTP error 404`);
    expect((await citegoAsync(['links', '--workbook', file, '--parallel', '99'])).stderr).toContain(
      '--parallel « 99 » : attendu un nombre de 1 à 16.',
    );
  });
});
