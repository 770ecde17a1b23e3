/**
 * Fetches links the way `citego links` does (docs/domain.md, "Link check"): a bounded number at a
 * time, each with a connection timeout and a total timeout (redirects included), HEAD first and GET
 * when the server refuses HEAD (405, 501), redirects followed up to a bound with loops detected.
 * Only the status line and headers are read: the body is never downloaded.
 */
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface LinkCheckOptions {
  readonly parallel: number;
  /** Per link, all its redirects included. */
  readonly timeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly maxRedirects: number;
}

export const DEFAULT_LINK_CHECK: LinkCheckOptions = { parallel: 4, timeoutMs: 10_000, connectTimeoutMs: 5_000, maxRedirects: 5 };

export type LinkFailure =
  | { readonly kind: 'status'; readonly code: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'connect' }
  | { readonly kind: 'redirects' }
  | { readonly kind: 'loop'; readonly url: string }
  | { readonly kind: 'network'; readonly message: string };

export type LinkOutcome =
  | { readonly ok: true; readonly status: number; readonly finalUrl: string; readonly movedPermanently: boolean }
  | { readonly ok: false; readonly failure: LinkFailure };

interface Answer {
  readonly status: number;
  readonly location: string | null;
}

class LinkError extends Error {
  constructor(readonly failure: LinkFailure) {
    super(failure.kind);
  }
}

/** One request: resolves with the status and Location as soon as the headers arrive. */
function ask(url: URL, method: 'HEAD' | 'GET', remainingMs: number, connectMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    // No shared agent: every request has its own socket, so 'connect' always fires and nothing is left open.
    const req: ClientRequest = send(
      url,
      { method, agent: false, headers: { 'user-agent': 'citego-links/1.0', accept: '*/*' } },
      (res: IncomingMessage) => {
        clearTimeout(total);
        clearTimeout(connect);
        resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null });
        res.destroy();
        req.destroy();
      },
    );
    const fail = (failure: LinkFailure) => {
      clearTimeout(total);
      clearTimeout(connect);
      reject(new LinkError(failure));
      req.destroy();
    };
    const total = setTimeout(() => fail({ kind: 'timeout' }), remainingMs);
    const connect = setTimeout(() => fail({ kind: 'connect' }), Math.min(connectMs, remainingMs));
    req.on('socket', (socket) => socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connect)));
    req.on('error', (e: NodeJS.ErrnoException) => fail({ kind: 'network', message: e.code ?? e.message }));
    req.end();
  });
}

/** A link followed to its end: 2xx is good; a 3xx goes on to its Location; anything else is broken. */
export async function checkLink(address: string, o: LinkCheckOptions = DEFAULT_LINK_CHECK): Promise<LinkOutcome> {
  const deadline = Date.now() + o.timeoutMs;
  let movedPermanently = false;
  try {
    let url = new URL(address);
    const seen = new Set([url.href]);
    for (let hop = 0; hop <= o.maxRedirects; hop++) {
      const remaining = () => Math.max(1, deadline - Date.now());
      let answer = await ask(url, 'HEAD', remaining(), o.connectTimeoutMs);
      if (answer.status === 405 || answer.status === 501) answer = await ask(url, 'GET', remaining(), o.connectTimeoutMs);
      if (answer.status >= 300 && answer.status < 400 && answer.location) {
        const next = new URL(answer.location, url);
        if (!['http:', 'https:'].includes(next.protocol)) return { ok: false, failure: { kind: 'network', message: next.protocol } };
        if (seen.has(next.href)) return { ok: false, failure: { kind: 'loop', url: next.href } };
        seen.add(next.href);
        movedPermanently ||= answer.status === 301 || answer.status === 308;
        url = next;
        continue;
      }
      if (answer.status >= 200 && answer.status < 300) return { ok: true, status: answer.status, finalUrl: url.href, movedPermanently };
      return { ok: false, failure: { kind: 'status', code: answer.status } };
    }
    return { ok: false, failure: { kind: 'redirects' } };
  } catch (e) {
    if (e instanceof LinkError) return { ok: false, failure: e.failure };
    return { ok: false, failure: { kind: 'network', message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Every link checked, `parallel` at a time; the outcomes in the order of the addresses. */
export async function checkLinks(addresses: readonly string[], o: LinkCheckOptions = DEFAULT_LINK_CHECK): Promise<LinkOutcome[]> {
  const out: LinkOutcome[] = new Array(addresses.length);
  let next = 0;
  const worker = async () => {
    while (next < addresses.length) {
      const i = next++;
      out[i] = await checkLink(addresses[i], o);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.parallel, addresses.length)) }, worker));
  return out;
}
