/**
 * A local fake of the Google Sheets API v4 (and of Google's OAuth token endpoint) on 127.0.0.1, for
 * the live-spreadsheet adapter (scripts/sheets-api/): it serves the documented JSON shapes —
 * `spreadsheets.get` with grid data restricted to number-format types, `values.batchGet` with
 * unformatted values and serial-number dates, trailing blanks trimmed as Google does — creates
 * spreadsheets and applies `batchUpdate`, counts every request, and can answer 401/403/404/429/500.
 * It is as strict as Google where our code could go wrong: a bearer token is required, unknown
 * render options are a 400, a range must name an existing sheet.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { CellValue } from '../../shared/sheets/ports';
import { dateInTimeZone, isDate, midnightIn, type IsoDate } from '../../shared/values/dates';
import { dateToSerial, serialToDate } from '../../scripts/sheets-api/serial';

export interface FakeSheet {
  title: string;
  rows: CellValue[][];
  frozenRows?: number;
  /** What batchUpdate applied beyond values (number formats, validations), for assertions. */
  formats?: unknown[];
  validations?: unknown[];
}

export interface FakeBook {
  title: string;
  timeZone: string;
  sheets: FakeSheet[];
}

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body?: unknown;
}

/** A failure to answer instead of the next requests (one status per request). */
export type Failure = { status: number; reason?: string; retryAfter?: number };

export const TEST_TOKEN = 'fake-access-token';

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers }).end(JSON.stringify(body));
}

function googleError(res: ServerResponse, f: Failure): void {
  const status =
    { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED' }[f.status] ??
    'INTERNAL';
  const details = f.reason ? [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: f.reason }] : [];
  json(
    res,
    f.status,
    { error: { code: f.status, message: `fake ${status}`, status, details } },
    f.retryAfter ? { 'retry-after': String(f.retryAfter) } : {},
  );
}

/** `'Soldes d''ouverture'` or `Journal!A1:C3` -> the sheet's title (whole sheets only, as our adapter asks). */
function sheetOfRange(range: string): string {
  const quoted = /^'((?:[^']|'')*)'(?:!.*)?$/.exec(range);
  return quoted ? quoted[1].replace(/''/g, "'") : range.split('!')[0];
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve(undefined);
      if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded'))
        return resolve(Object.fromEntries(new URLSearchParams(text)));
      try {
        resolve(JSON.parse(text));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** A cell as the API's UNFORMATTED_VALUE + SERIAL_NUMBER gives it, and whether it is a date. */
function apiValue(v: CellValue, timeZone: string): { value: unknown; date: boolean } {
  if (isDate(v)) return { value: dateToSerial(v, timeZone), date: true };
  return { value: v, date: false };
}

function trimmed(rows: unknown[][]): unknown[][] {
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length > 0 && (row[row.length - 1] === '' || row[row.length - 1] === null)) row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

export class FakeSheetsApi {
  readonly books = new Map<string, FakeBook>();
  readonly requests: FakeRequest[] = [];
  /** Statuses answered, in order, before serving normally again. */
  readonly failures: Failure[] = [];
  /** Refresh tokens the token endpoint accepts; a refresh with another is `invalid_grant` (revoked). */
  readonly refreshTokens = new Set<string>();
  /** Codes the token endpoint exchanges (the browser step of the loopback flow), with the PKCE verifier's challenge. */
  readonly codes = new Map<string, { challenge: string; refreshToken: string; scope: string }>();
  private readonly accessTokens = new Set<string>([TEST_TOKEN]);
  private server: Server | null = null;
  private nextId = 1;
  url = '';

  /** Requests to the Sheets API (the token endpoint excluded). */
  apiRequests(): FakeRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/v4/'));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => json(res, 500, { error: { code: 500, message: String(e) } }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  add(book: FakeBook, id = `fake-spreadsheet-${String(this.nextId++).padStart(3, '0')}-abcdefghijklmnop`): string {
    this.books.set(id, book);
    return id;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body });
    if (url.pathname === '/token') return this.token(res, body as Record<string, string>);
    const failure = this.failures.shift();
    if (failure) return googleError(res, failure);
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !this.accessTokens.has(auth.slice(7))) return googleError(res, { status: 401 });
    const m = /^\/v4\/spreadsheets(?:\/([^/:]+))?(\/values:batchGet|:batchUpdate)?$/.exec(url.pathname);
    if (!m) return googleError(res, { status: 404 });
    const [, id, action] = m;
    if (!id && req.method === 'POST') return json(res, 200, this.create(body as CreateBody));
    const book = id ? this.books.get(decodeURIComponent(id)) : undefined;
    if (!book) return googleError(res, { status: 404 });
    if (!action && req.method === 'GET') return json(res, 200, this.get(decodeURIComponent(id), book, url.searchParams));
    if (action === '/values:batchGet' && req.method === 'GET') return this.batchGet(res, book, url.searchParams);
    if (action === ':batchUpdate' && req.method === 'POST')
      return json(res, 200, this.batchUpdate(decodeURIComponent(id), book, body as UpdateBody));
    googleError(res, { status: 400 });
  }

  /** Google's token endpoint: a code exchange (PKCE checked) or a refresh. */
  private token(res: ServerResponse, form: Record<string, string> = {}): void {
    const issue = (scope: string, refreshToken?: string) => {
      const access = `fake-access-${this.accessTokens.size + 1}`;
      this.accessTokens.add(access);
      json(res, 200, {
        access_token: access,
        expires_in: 3599,
        token_type: 'Bearer',
        scope,
        ...(refreshToken ? { refresh_token: refreshToken } : {}),
      });
    };
    if (form.grant_type === 'refresh_token') {
      if (!this.refreshTokens.has(form.refresh_token))
        return json(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
      return issue('https://www.googleapis.com/auth/spreadsheets.readonly');
    }
    const code = this.codes.get(form.code);
    if (form.grant_type !== 'authorization_code' || !code || !form.code_verifier) return json(res, 400, { error: 'invalid_grant' });
    const challenge = createHash('sha256').update(form.code_verifier).digest('base64url');
    if (challenge !== code.challenge) return json(res, 400, { error: 'invalid_grant', error_description: 'code_verifier does not match' });
    this.codes.delete(form.code);
    this.refreshTokens.add(code.refreshToken);
    issue(code.scope, code.refreshToken);
  }

  private get(id: string, book: FakeBook, q: URLSearchParams): unknown {
    const withData = q.get('includeGridData') === 'true' && (q.get('fields') ?? 'data').includes('data');
    return {
      spreadsheetId: id,
      properties: { title: book.title, timeZone: book.timeZone, locale: 'fr_FR' },
      sheets: book.sheets.map((s, i) => ({
        properties: {
          sheetId: i + 1,
          title: s.title,
          index: i,
          gridProperties: { rowCount: Math.max(1000, s.rows.length), columnCount: 26, frozenRowCount: s.frozenRows ?? 0 },
        },
        ...(withData
          ? {
              data: [
                {
                  rowData: s.rows.map((r) => ({
                    values: r.map((v) =>
                      isDate(v)
                        ? { effectiveFormat: { numberFormat: { type: 'DATE' } } }
                        : typeof v === 'number'
                          ? { effectiveFormat: { numberFormat: { type: 'NUMBER' } } }
                          : {},
                    ),
                  })),
                },
              ],
            }
          : {}),
      })),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    };
  }

  private batchGet(res: ServerResponse, book: FakeBook, q: URLSearchParams): void {
    if (q.get('valueRenderOption') !== 'UNFORMATTED_VALUE' || q.get('dateTimeRenderOption') !== 'SERIAL_NUMBER')
      return googleError(res, { status: 400 });
    const valueRanges = [];
    for (const range of q.getAll('ranges')) {
      const sheet = book.sheets.find((s) => s.title === sheetOfRange(range));
      if (!sheet) return googleError(res, { status: 400, reason: `Unable to parse range: ${range}` });
      const values = trimmed(sheet.rows.map((r) => r.map((v) => apiValue(v, book.timeZone).value)));
      valueRanges.push({
        range: `'${sheet.title.replace(/'/g, "''")}'!A1:Z${Math.max(1, values.length)}`,
        majorDimension: 'ROWS',
        ...(values.length ? { values } : {}),
      });
    }
    json(res, 200, { spreadsheetId: 'x', valueRanges });
  }

  private create(body: CreateBody): unknown {
    const sheets = (body?.sheets ?? [{ properties: { title: 'Feuille 1' } }]).map((s) => ({
      title: s.properties?.title ?? 'Feuille',
      rows: [] as CellValue[][],
      frozenRows: s.properties?.gridProperties?.frozenRowCount ?? 0,
      formats: [] as unknown[],
      validations: [] as unknown[],
    }));
    const id = this.add({ title: body?.properties?.title ?? 'Sans titre', timeZone: body?.properties?.timeZone ?? 'Etc/GMT', sheets });
    return this.get(id, this.books.get(id) as FakeBook, new URLSearchParams());
  }

  private batchUpdate(id: string, book: FakeBook, body: UpdateBody): unknown {
    const replies = (body?.requests ?? []).map((r) => {
      const sheetOf = (sheetId: number) => {
        const s = book.sheets[sheetId - 1];
        if (!s) throw new Error(`no sheet ${sheetId}`);
        return s;
      };
      if (r.updateCells) {
        const s = sheetOf(r.updateCells.start.sheetId);
        const r0 = r.updateCells.start.rowIndex ?? 0;
        const c0 = r.updateCells.start.columnIndex ?? 0;
        r.updateCells.rows.forEach((row, i) => {
          (row.values ?? []).forEach((cell, j) => {
            const target = (s.rows[r0 + i] ??= []);
            while (target.length < c0 + j) target.push('');
            const v = cell.userEnteredValue ?? {};
            const isDateFormat =
              (cell.userEnteredFormat as { numberFormat?: { type?: string } } | undefined)?.numberFormat?.type === 'DATE';
            // A number in a date-formatted cell is a date: getValues() and the API's formats say so.
            target[c0 + j] =
              isDateFormat && v.numberValue !== undefined
                ? serialToDate(v.numberValue, book.timeZone)
                : (v.stringValue ?? v.numberValue ?? v.boolValue ?? '');
            if (cell.userEnteredFormat) (s.formats ??= []).push({ row: r0 + i, col: c0 + j, format: cell.userEnteredFormat });
          });
        });
      } else if (r.repeatCell) (sheetOf(r.repeatCell.range.sheetId).formats ??= []).push(r.repeatCell);
      else if (r.setDataValidation) (sheetOf(r.setDataValidation.range.sheetId).validations ??= []).push(r.setDataValidation);
      else throw new Error(`fake batchUpdate: unsupported request ${Object.keys(r).join(',')}`);
      return {};
    });
    for (const s of book.sheets) for (const row of s.rows) for (let i = 0; i < row.length; i++) row[i] ??= '';
    return { spreadsheetId: id, replies };
  }
}

interface CreateBody {
  properties?: { title?: string; timeZone?: string };
  sheets?: { properties?: { title?: string; gridProperties?: { frozenRowCount?: number } } }[];
}

interface UpdateBody {
  requests?: {
    updateCells?: {
      start: { sheetId: number; rowIndex?: number; columnIndex?: number };
      rows: {
        values?: { userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean }; userEnteredFormat?: unknown }[];
      }[];
    };
    repeatCell?: { range: { sheetId: number } };
    setDataValidation?: { range: { sheetId: number } };
  }[];
}

/** The fake's book for an .xlsx snapshot: the same sheets and cells, as if imported into Google Sheets. */
export function bookFrom(
  reader: { timeZone: string; sheetNames(): string[]; readSheet(n: string): CellValue[][] },
  title: string,
  timeZone = 'Europe/Paris',
): FakeBook {
  // A date cell shows the same calendar day in the spreadsheet's time zone as in the file's.
  const moved = (v: CellValue): CellValue => {
    const day: IsoDate | null = isDate(v) ? dateInTimeZone(v, reader.timeZone) : null;
    return day ? midnightIn(day, timeZone) : v;
  };
  return { title, timeZone, sheets: reader.sheetNames().map((n) => ({ title: n, rows: reader.readSheet(n).map((r) => r.map(moved)) })) };
}
