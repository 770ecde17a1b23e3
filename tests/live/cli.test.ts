/**
 * `citego … --sheet`, `login`, `logout` and `provision` as a user runs them, against the local fake
 * of the Sheets API and of Google's token endpoint (nothing leaves the machine).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../scripts/xlsx/read';
import { FakeSheetsApi, bookFrom, TEST_TOKEN } from '../fakes/sheets-api';
import { citego, citegoAsync, ROOT } from '../helpers/cli';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
let server: FakeSheetsApi;
let demoId: string;
let home: string;

beforeAll(async () => {
  server = new FakeSheetsApi();
  await server.start();
  demoId = server.add(bookFrom(await readXlsx(DEMO), 'Citego — comptes'));
});
afterAll(() => server.stop());
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'citego-config-'));
});

/** No ambient credentials: only what each test gives. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    CITEGO_SHEETS_API_URL: server.url,
    CITEGO_OAUTH_TOKEN_URL: `${server.url}token`,
    CITEGO_CONFIG_DIR: home,
    GOOGLE_APPLICATION_CREDENTIALS: '',
    CLOUDSDK_CONFIG: join(home, 'no-gcloud'),
    GOOGLE_OAUTH_ACCESS_TOKEN: '',
    CITEGO_OAUTH_CLIENT: '',
    ...extra,
  };
}

function storeToken(refreshToken: string, scope = 'https://www.googleapis.com/auth/spreadsheets.readonly'): void {
  writeFileSync(
    join(home, 'token.json'),
    JSON.stringify({ clientId: 'client-1.apps.googleusercontent.com', clientSecret: 's', refreshToken, scope }),
    { mode: 0o600 },
  );
}

describe('citego --sheet: the live spreadsheet from the terminal', () => {
  it('check --sheet prints the same findings as check on the .xlsx, in two Sheets API calls', async () => {
    const offline = citego(['check', '--json', '--date', '2026-01-15']);
    const before = server.apiRequests().length;
    const live = await citegoAsync(
      ['check', '--json', '--date', '2026-01-15', '--sheet', `https://docs.google.com/spreadsheets/d/${demoId}/edit#gid=0`],
      {
        env: env({ GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN }),
      },
    );
    expect(live.stderr).toBe('');
    expect(live.code).toBe(offline.code);
    expect(JSON.parse(live.stdout)).toEqual(JSON.parse(offline.stdout));
    expect(server.apiRequests().length - before).toBe(2);
  });

  it('overview and report read the spreadsheet with a stored login, refreshing its token', async () => {
    server.refreshTokens.add('refresh-ok');
    storeToken('refresh-ok');
    const overview = await citegoAsync(['overview', '--sheet', demoId], { env: env() });
    expect(overview.stderr).toBe('');
    expect(overview.stdout).toMatch(/^Citego — Cités, territoires, gouvernance — \d+ feuilles lues/);
    const out = mkdtempSync(join(tmpdir(), 'citego-out-'));
    const report = await citegoAsync(['report', '--sheet', demoId, '--out', out], { env: env() });
    expect(report.code).toBe(0);
    expect(existsSync(join(out, 'rapport-annuel-2025.docx'))).toBe(true);
  });

  it.each([
    [
      'no credentials at all',
      {},
      () => undefined,
      /^citego : Aucun accès Google pour citego\. Deux façons : « gcloud auth application-default login .*citego login --client client_secret\.json/,
    ],
    [
      'a revoked token',
      {},
      () => storeToken('refresh-revoked'),
      /^citego : L’autorisation Google de citego a été révoquée ou a expiré : relancez « citego login »/,
    ],
    [
      'a spreadsheet not shared (403)',
      { GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN },
      () => server.failures.push({ status: 403 }),
      /n’est pas partagé avec ce compte Google \(403\)/,
    ],
    [
      'an API not enabled (403)',
      { GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN },
      () => server.failures.push({ status: 403, reason: 'SERVICE_DISABLED' }),
      /L’API Google Sheets n’est pas activée/,
    ],
    [
      'an unknown id (404)',
      { GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN },
      () => server.failures.push({ status: 404 }),
      /Aucun classeur Google Sheets n’a l’ID .* \(404\)/,
    ],
  ])('%s: one French line, exit 2, no stack', async (_name, extra, arrange, message) => {
    arrange();
    const r = await citegoAsync(['check', '--sheet', demoId], { env: env(extra as Record<string, string>) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    server.failures.length = 0;
  });

  it('retries 429 with backoff honouring Retry-After, then reads; gives up after 5 attempts with one line', async () => {
    server.failures.push({ status: 429, retryAfter: 1 }, { status: 429, retryAfter: 1 });
    const before = server.apiRequests().length;
    const ok = await citegoAsync(['overview', '--sheet', demoId], { env: env({ GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN }) });
    expect(ok.code).toBe(0);
    expect(server.apiRequests().length - before).toBe(4);
    server.failures.push(...Array.from({ length: 5 }, () => ({ status: 429, retryAfter: 1 })));
    const given = await citegoAsync(['overview', '--sheet', demoId], { env: env({ GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN }) });
    expect(given.code).toBe(2);
    expect(given.stderr).toMatch(/^citego : Google limite le nombre de requêtes \(429\) et a refusé 5 essais/);
    server.failures.length = 0;
  }, 30_000);

  it('refuses --sheet with --workbook, and an address that is not a spreadsheet’s', () => {
    expect(citego(['check', '--sheet', demoId, '--workbook', DEMO]).stderr).toMatch(/--sheet et --workbook s’excluent/);
    expect(citego(['check', '--sheet', 'https://docs.google.com/document/d/abc/edit']).stderr).toMatch(
      /n’est ni l’ID d’un classeur Google Sheets ni son adresse/,
    );
  });

  it('logout deletes the stored token, and says so when there is none', () => {
    storeToken('x');
    const r = citego(['logout'], { env: env() });
    expect(r.stdout).toMatch(/^Déconnecté : .*token\.json est supprimé/);
    expect(existsSync(join(home, 'token.json'))).toBe(false);
    expect(citego(['logout'], { env: env() }).stdout).toMatch(/^Aucune connexion enregistrée/);
  });

  it('provision creates every sheet of the schema, filled from the demo, in two calls, and prints the deploy command', async () => {
    const before = server.apiRequests().length;
    const r = await citegoAsync(['provision', '--title', 'Citego — comptes 2026', '--from', DEMO], {
      env: env({ GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN }),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const calls = server.apiRequests().slice(before);
    expect(calls.map((c) => `${c.method} ${c.path.replace(/fake-spreadsheet-[^/:]+/, 'ID')}`)).toEqual([
      'POST /v4/spreadsheets',
      'POST /v4/spreadsheets/ID:batchUpdate',
    ]);
    const id = /--spreadsheet (\S+)/.exec(r.stdout)?.[1] ?? '';
    expect(r.stdout).toContain(`npx citego deploy --spreadsheet ${id}`);
    // The new spreadsheet reads like the demo: the same findings through --sheet.
    const live = await citegoAsync(['check', '--json', '--date', '2026-01-15', '--sheet', id], {
      env: env({ GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN }),
    });
    const offline = citego(['check', '--json', '--date', '2026-01-15']);
    expect(JSON.parse(live.stdout)).toEqual(JSON.parse(offline.stdout));
  });

  it('provision without --from makes the empty schema: headers frozen, amount and date formats, dropdowns', async () => {
    const r = await citegoAsync(['provision', '--title', 'Nouvelle association'], { env: env({ GOOGLE_OAUTH_ACCESS_TOKEN: TEST_TOKEN }) });
    expect(r.code).toBe(0);
    const id = /--spreadsheet (\S+)/.exec(r.stdout)?.[1] ?? '';
    const book = server.books.get(id);
    const journal = book?.sheets.find((s) => s.title === 'Journal');
    expect(journal?.frozenRows).toBe(1);
    expect(journal?.rows[0]).toEqual(expect.arrayContaining(['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense']));
    expect(JSON.stringify(journal?.formats)).toContain('#,##0.00 \\"€\\"');
    expect(JSON.stringify(book?.sheets.find((s) => s.title === 'Conventions')?.validations)).toContain('subvention');
    expect(book?.sheets.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Paramètres', 'Partenaires', 'Personnes', 'Opportunités', 'Relations', 'Veille']),
    );
  });

  it('provision asks for the write scope: a read-only login is told to log in with --write', async () => {
    server.refreshTokens.add('refresh-ro');
    storeToken('refresh-ro');
    const r = await citegoAsync(['provision', '--title', 'X'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Relancez « citego login --write »/);
  });

  it('keeps the token readable by the user only', async () => {
    const { saveToken } = await import('../../scripts/sheets-api/store');
    saveToken({ clientId: 'c', clientSecret: 's', refreshToken: 'r', scope: 'x' }, { CITEGO_CONFIG_DIR: home });
    expect(statSync(join(home, 'token.json')).mode & 0o777).toBe(0o600);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(join(home, 'token.json'), 'utf8')).refreshToken).toBe('r');
  });
});
