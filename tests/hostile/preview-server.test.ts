/**
 * The preview server against hostile pages and requests (issue 10 #8 and the classes that already
 * passed): a foreign Host (DNS rebinding), a foreign Origin, a form post, paths climbing out of
 * dist/, a body of megabytes. The real `citego preview` in a child process (probe.js reports its
 * peak memory when it stops); the workbook is byte-identical at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { corpusDir, DEMO, printCount, sha256, tryPayload } from './harness';

printCount('preview-server');

const dir = corpusDir();
const workbook = join(dir, 'asso.xlsx');
const peakFile = join(dir, 'maxrss');
let child: ChildProcess;
let port = 0;
let before = '';

beforeAll(async () => {
  copyFileSync(DEMO, workbook);
  before = sha256(workbook);
  child = spawn(process.execPath, [join(__dirname, 'probe.js'), peakFile, 'preview', '--workbook', workbook, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Aperçu local : http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`preview exited ${code}`)));
  });
});

afterAll(async () => {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  // The server's peak memory over every request of this file (maxRSS, KB), and the workbook untouched.
  expect(Number(readFileSync(peakFile, 'utf8')) / 1024).toBeLessThan(300);
  expect(sha256(workbook)).toBe(before);
});

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly ms: number;
}

/** One plain HTTP request, the path sent exactly as given (no URL normalisation), no keep-alive. */
function send(
  path: string,
  opts: { method?: string; host?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        agent: false,
        // No Host header at all when asked for '' (HTTP/1.0 clients send none).
        setHost: false,
        headers: { ...(opts.host === '' ? {} : { host: opts.host ?? `127.0.0.1:${port}` }), connection: 'close', ...opts.headers },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: Date.now() - started }));
      },
    );
    req.once('error', reject);
    req.end(opts.body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('a foreign Host (DNS rebinding, #8)', () => {
  it('every request whose Host is not its own loopback address is refused, reads and writes alike', async () => {
    const refused = 'Adresse refusée : ouvrez l’aperçu par l’adresse que citego preview affiche (127.0.0.1 ou localhost).';
    tryPayload();
    // No Host at all: Node's HTTP server itself answers 400 to an HTTP/1.1 request without one.
    expect((await send('/__rpc/getOverview', { host: '', method: 'POST', headers: JSON_TYPE, body: '{"args":["fr"]}' })).status).toBe(400);
    const foreign = [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1:${port + 1}`,
      `localhost.evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
    ];
    for (const host of foreign) {
      tryPayload();
      expect(await send('/', { host })).toMatchObject({ status: 403, text: refused });
      expect(await send('/convention.html', { host })).toMatchObject({ status: 403, text: refused });
      const write = await send('/__rpc/setAccountantEmail', {
        host,
        method: 'POST',
        headers: JSON_TYPE,
        body: '{"args":["pirate@evil.example"]}',
      });
      expect(write).toMatchObject({ status: 403, text: refused });
    }
    // Its own names still answer.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) expect((await send('/', { host })).status).toBe(200);
  });
});

describe('a call from another site', () => {
  it('a form post (no JSON content type) and a foreign Origin are refused; its own call answers', async () => {
    tryPayload();
    const form = await send('/__rpc/getOverview', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"args":["fr"]}' });
    expect(form.status).toBe(403);
    tryPayload();
    const foreign = await send('/__rpc/setAccountantEmail', {
      method: 'POST',
      headers: { ...JSON_TYPE, origin: 'http://evil.example' },
      body: '{"args":["pirate@evil.example"]}',
    });
    expect(foreign.status).toBe(403);
    tryPayload();
    const nullOrigin = await send('/__rpc/getOverview', {
      method: 'POST',
      headers: { ...JSON_TYPE, origin: 'null' },
      body: '{"args":["fr"]}',
    });
    expect(nullOrigin.status).toBe(403);
    const own = await send('/__rpc/getOverview', {
      method: 'POST',
      headers: { ...JSON_TYPE, origin: `http://127.0.0.1:${port}` },
      body: '{"args":["fr"]}',
    });
    expect((JSON.parse(own.text) as { ok: boolean }).ok).toBe(true);
  });
});

describe('paths that climb out of the served pages (traversal)', () => {
  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/check.html/../../package.json',
    '/..\\package.json',
    '/dist/Code.js',
    '/Code.js',
    '/appsscript.json',
    '//etc/passwd',
    '/%00check.html',
    '/.asso.xlsx.citego.json',
    '/asso.xlsx',
  ])('%s: not found, nothing of the disk served', async (path) => {
    tryPayload();
    const r = await send(path);
    expect(r.status).toBe(404);
    expect(r.text).not.toMatch(/"name"|root:|function|PK/);
    expect(r.ms).toBeLessThan(5_000);
  });

  it('a call to a name outside the contract, or climbing out of /__rpc/, is answered "not found" without running anything', async () => {
    for (const name of ['..%2f..%2fpackage.json', 'constructor', '__proto__', 'toString', 'process']) {
      tryPayload();
      const r = await send(`/__rpc/${name}`, { method: 'POST', headers: JSON_TYPE, body: '{"args":[]}' });
      expect(r.status).toBe(200);
      expect(JSON.parse(r.text)).toMatchObject({ ok: false });
    }
  });
});

describe('a huge request body', () => {
  it('6 MB of JSON is refused in one sentence, within seconds, without holding it', async () => {
    tryPayload();
    const huge = Buffer.alloc(6_000_000, 0x20);
    huge.write('{"args":["', 0);
    const r = await send('/__rpc/setAccountantEmail', { method: 'POST', headers: JSON_TYPE, body: huge });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ ok: false, message: expect.stringMatching(/^[^\n]+$/) as unknown });
    expect(r.ms).toBeLessThan(5_000);
  });

  it('a body that never ends (declared gigabytes) is cut, and the server still answers', async () => {
    tryPayload();
    const r = await send('/__rpc/getOverview', {
      method: 'POST',
      headers: { ...JSON_TYPE, 'content-length': String(4_000_000_000) },
      body: Buffer.alloc(5_100_000, 0x20),
    }).catch((e: Error) => ({ status: -1, text: e.message, ms: 0 }));
    expect([200, -1]).toContain(r.status);
    expect((await send('/')).status).toBe(200);
    expect(existsSync(workbook)).toBe(true);
  });
});
