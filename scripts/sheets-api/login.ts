/**
 * The installed-app OAuth flow (RFC 8252): a one-shot server on 127.0.0.1 receives Google's redirect,
 * PKCE (S256) binds the code to this run, a random `state` refuses forged redirects; the refresh
 * token is then stored by store.ts. The user opens the printed address in their browser.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';
import { refusal } from '../../shared/i18n/refusal';
import { catalogue } from '../../shared/i18n/catalogue';
import type { Lang } from '../../shared/i18n/lang';
import { escapeHtml } from '../../shared/reports/html';
import { callGoogle, type RetryPolicy, DEFAULT_RETRY } from './errors';
import type { OAuthClient, StoredToken } from './store';

export interface OAuthEndpoints {
  readonly oauth2AuthBaseUrl?: string;
  readonly oauth2TokenUrl?: string;
}

export interface LoginOptions {
  readonly client: OAuthClient;
  readonly scope: string;
  readonly lang: Lang;
  /** Where the address to open is said (stderr). */
  say(line: string): void;
  readonly endpoints?: OAuthEndpoints;
  /** How long to wait for the browser (5 minutes by default). */
  readonly timeoutMs?: number;
  /** Told the address once the server listens (tests play the browser with it). */
  onAuthUrl?(url: string): void;
  readonly retry?: RetryPolicy;
}

/** Test and local hooks: Google's OAuth endpoints may be replaced (never needed by users). */
export function endpointsFrom(env: NodeJS.ProcessEnv): OAuthEndpoints {
  return {
    ...(env.CITEGO_OAUTH_AUTH_URL ? { oauth2AuthBaseUrl: env.CITEGO_OAUTH_AUTH_URL } : {}),
    ...(env.CITEGO_OAUTH_TOKEN_URL ? { oauth2TokenUrl: env.CITEGO_OAUTH_TOKEN_URL } : {}),
  };
}

/**
 * Requests go through Node's own fetch: gaxios would otherwise load node-fetch by a dynamic import,
 * one more dependency on the path of every call.
 */
export const TRANSPORT = { transporterOptions: { fetchImplementation: globalThis.fetch } };

export function oauthClient(client: OAuthClient, endpoints: OAuthEndpoints = {}, redirectUri?: string): OAuth2Client {
  return new OAuth2Client({ clientId: client.clientId, clientSecret: client.clientSecret, redirectUri, endpoints, ...TRANSPORT });
}

function page(text: string): string {
  return `<!doctype html><meta charset="utf-8"><title>Citego</title><body style="font-family:Arial,sans-serif;margin:40px"><p>${escapeHtml(text)}</p></body>`;
}

/** Resolves with the code of the first redirect carrying our `state`; anything else gets a 400 and is ignored. */
function waitForCode(server: Server, state: string, timeoutMs: number, lang: Lang): Promise<string> {
  const t = catalogue(lang).live;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(refusal('liveLoginTimeout', Math.max(1, Math.round(timeoutMs / 60000)))), timeoutMs);
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const answer = (status: number, text: string) =>
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(page(text));
      if (req.method !== 'GET' || url.pathname !== '/' || url.searchParams.get('state') !== state) return answer(400, t.loginBadRedirect());
      clearTimeout(timer);
      const error = url.searchParams.get('error');
      const code = url.searchParams.get('code');
      if (error || !code) {
        answer(200, t.loginDeniedPage());
        return reject(refusal('liveLoginDenied', (error ?? 'no code').slice(0, 80)));
      }
      answer(200, t.loginDonePage());
      resolve(code);
    });
  });
}

/** Runs the flow; returns what store.ts keeps. */
export async function loopbackLogin(o: LoginOptions): Promise<StoredToken> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const redirectUri = `http://127.0.0.1:${port}`;
    const oauth = oauthClient(o.client, o.endpoints, redirectUri);
    const { codeVerifier, codeChallenge } = await oauth.generateCodeVerifierAsync();
    const state = randomBytes(16).toString('hex');
    const url = oauth.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: [o.scope],
      state,
      code_challenge: codeChallenge,
      code_challenge_method: CodeChallengeMethod.S256,
    });
    o.say(catalogue(o.lang).live.openToAuthorise(url));
    const code = waitForCode(server, state, o.timeoutMs ?? 5 * 60_000, o.lang);
    o.onAuthUrl?.(url);
    const got = await code;
    const { tokens } = await callGoogle(
      () => oauth.getToken({ code: got, codeVerifier, redirect_uri: redirectUri }),
      '',
      o.retry ?? DEFAULT_RETRY,
      false,
    );
    if (!tokens.refresh_token) throw refusal('liveLoginNoRefresh');
    return { ...o.client, refreshToken: tokens.refresh_token, scope: tokens.scope ?? o.scope };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
