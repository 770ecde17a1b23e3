import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { catalogue } from '../../shared/i18n/catalogue';
import type { SidebarName } from '../../shared/i18n/fr/menu';
import { isLang, type Lang } from '../../shared/i18n/lang';

/** Runs one server function by name, as google.script.run would. */
export type Dispatch = (name: string, args: unknown[]) => unknown;

export interface BridgeServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

function isIllegalResult(value: unknown, seen = 0): boolean {
  if (seen > 100) return true;
  if (value === null || value === undefined) return false;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]' || typeof value === 'function') return true;
  if (Array.isArray(value)) return value.some((v) => isIllegalResult(v, seen + 1));
  if (typeof value === 'object') return Object.values(value as object).some((v) => isIllegalResult(v, seen + 1));
  return false;
}

/** The index page's link to each sidebar: its title, and the form's menu item for the convention. */
function label(sidebar: string, lang: Lang): string {
  const menu = catalogue(lang).menu;
  if (sidebar === 'convention') return menu.items.menuNewConvention;
  return Object.prototype.hasOwnProperty.call(menu.sidebars, sidebar) ? menu.sidebars[sidebar as SidebarName] : sidebar;
}

async function body(req: IncomingMessage, lang: Lang): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new Error(catalogue(lang).preview.requestTooLarge());
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * DNS rebinding: a foreign name resolved to 127.0.0.1 reaches this server with its own name in
 * `Host`. Only the loopback names with this server's port are ours (docs/architecture.md, Preview).
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

/** The index: a link to each sidebar, which keeps the page's language (`?lang=en`). */
function indexPage(sidebars: readonly string[], lang: Lang, workbook: string | undefined): string {
  const t = catalogue(lang).preview;
  const query = lang === 'fr' ? '' : `?lang=${lang}`;
  const links = sidebars.map((s) => `<li><a href="/${s}.html${query}">${escapeHtml(label(s, lang))}</a></li>`).join('');
  return (
    `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${escapeHtml(t.title())}</title>` +
    `<body style="font-family:Arial,sans-serif;font-size:13px;margin:24px"><h1 style="font-size:16px">${escapeHtml(workbook ? t.titleOf(workbook) : t.title())}</h1><ul>${links}</ul></body></html>`
  );
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/**
 * A sidebar's server call: only from our own pages — a JSON content type (cross-site forms cannot
 * send one without a CORS preflight, which this server never grants) and no foreign Origin — and
 * answered under google.script.run's rules (no Date, no function in the result).
 */
async function answerCall(req: IncomingMessage, res: ServerResponse, name: string, lang: Lang, dispatch: Dispatch): Promise<void> {
  const origin = req.headers.origin;
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json') || (origin !== undefined && origin !== `http://${req.headers.host}`))
    return plain(res, 403, catalogue(lang).preview.callRefused());
  let answer: { ok: boolean; value?: unknown; message?: string };
  try {
    const parsed = JSON.parse(await body(req, lang)) as { args?: unknown };
    const value = await dispatch(name, Array.isArray(parsed.args) ? parsed.args : []);
    answer = isIllegalResult(value)
      ? { ok: false, message: 'Illegal return value' }
      : { ok: true, value: value === undefined ? null : value };
  } catch (e) {
    answer = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(answer));
}

interface BridgeOptions {
  distDir: string;
  shimFile: string;
  dispatch: Dispatch;
  port?: number;
  /** The workbook's name, shown on the index. */
  workbook?: string;
  /** The preview's "Drive" folder: its `file:` links are the only ones the sidebars make clickable. */
  fileRoot?: string;
  lang?: Lang;
}

/** The shim every page gets before its own script; the "Drive" folder's URL as a script string, `<` escaped. */
async function shimScript(opts: BridgeOptions): Promise<string> {
  const fileRoot = opts.fileRoot === undefined ? '' : JSON.stringify(`${pathToFileURL(opts.fileRoot).href}/`).replace(/</g, '\\u003c');
  const root = fileRoot ? `window.__citegoFileRoot=${fileRoot};` : '';
  return root + (await readFile(opts.shimFile, 'utf8')).replace(/<\/script/gi, '<\\/script');
}

/**
 * Serves the built sidebars (dist/*.html) on 127.0.0.1 with the google.script.run shim,
 * and answers their calls through `dispatch`. Used by the browser tests and `citego preview`.
 * Its own texts (the index, an HTTP refusal) are in the request's `?lang=`, else in `lang`.
 */
export async function startBridge(opts: BridgeOptions): Promise<BridgeServer> {
  const shim = await shimScript(opts);
  const sidebars = (await readdir(opts.distDir)).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const asked = url.searchParams.get('lang');
    const lang: Lang = isLang(asked) ? asked : (opts.lang ?? 'fr');
    const text = catalogue(lang).preview;
    if (!isOwnHost(req.headers.host?.toLowerCase(), (server.address() as AddressInfo).port)) return plain(res, 403, text.foreignHost());
    if (req.method === 'POST' && url.pathname.startsWith('/__rpc/'))
      return answerCall(req, res, decodeURIComponent(url.pathname.slice('/__rpc/'.length)), lang, opts.dispatch);
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(indexPage(sidebars, lang, opts.workbook));
      return;
    }
    const m = /^\/([a-z0-9-]+)\.html$/.exec(url.pathname);
    if (req.method !== 'GET' || !m || !sidebars.includes(m[1])) return plain(res, 404, text.notFound());
    const html = await readFile(join(opts.distDir, `${m[1]}.html`), 'utf8');
    // The shim must exist before the sidebar's own script runs.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html.replace('<head>', () => `<head><script>${shim}</script>`));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => plain(res, 500, String(e instanceof Error ? e.message : e)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
