/**
 * Who citego is on Google, the ecosystem's way (google-auth-library), asking the least scope the
 * command needs (`spreadsheets.readonly` to read, `spreadsheets` only for `citego provision`):
 * 1. GOOGLE_OAUTH_ACCESS_TOKEN (e.g. `gcloud auth print-access-token`), as other Google tools accept;
 * 2. Application Default Credentials when present (GOOGLE_APPLICATION_CREDENTIALS or gcloud's file);
 * 3. the token `citego login` stored (store.ts), refreshed as needed;
 * 4. else, on a terminal with an OAuth client given, the loopback flow (login.ts) runs now;
 * 5. else one sentence with the two ways to get credentials.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { GoogleAuth, OAuth2Client } from 'google-auth-library';
import { refusal } from '../../shared/i18n/refusal';
import type { Lang } from '../../shared/i18n/lang';
import { endpointsFrom, loopbackLogin, oauthClient, TRANSPORT } from './login';
import { readClientFile, readToken, saveToken, type OAuthClient, type StoredToken } from './store';

export type Access = 'read' | 'write';

export const SCOPES: Readonly<Record<Access, string>> = {
  read: 'https://www.googleapis.com/auth/spreadsheets.readonly',
  write: 'https://www.googleapis.com/auth/spreadsheets',
};

/** The write scope covers reading; the read-only one covers nothing else. */
export function grants(scope: string, access: Access): boolean {
  const granted = scope.split(/\s+/);
  return granted.includes(SCOPES.write) || (access === 'read' && granted.includes(SCOPES.read));
}

export interface AuthContext {
  readonly env: NodeJS.ProcessEnv;
  readonly lang: Lang;
  /** A person at a terminal who can open a browser. */
  readonly interactive: boolean;
  say(line: string): void;
  /** `--client FILE.json`: the OAuth client to log in with. */
  readonly clientFile?: string;
}

/** gcloud's Application Default Credentials file, where google-auth-library looks for it. */
function adcFile(env: NodeJS.ProcessEnv): string | null {
  if (env.GOOGLE_APPLICATION_CREDENTIALS) return env.GOOGLE_APPLICATION_CREDENTIALS;
  const dir =
    env.CLOUDSDK_CONFIG ||
    (process.platform === 'win32' && env.APPDATA ? join(env.APPDATA, 'gcloud') : join(homedir(), '.config', 'gcloud'));
  const file = join(dir, 'application_default_credentials.json');
  return existsSync(file) ? file : null;
}

export function refreshingClient(token: StoredToken, env: NodeJS.ProcessEnv): OAuth2Client {
  const client = oauthClient(token, endpointsFrom(env));
  client.setCredentials({ refresh_token: token.refreshToken });
  return client;
}

function clientFor(ctx: AuthContext, stored: StoredToken | null): OAuthClient | null {
  const file = ctx.clientFile ?? ctx.env.CITEGO_OAUTH_CLIENT;
  if (file) return readClientFile(file);
  return stored ? { clientId: stored.clientId, clientSecret: stored.clientSecret } : null;
}

/** Runs the browser flow and keeps its token. */
export async function login(ctx: AuthContext, access: Access, client: OAuthClient): Promise<StoredToken> {
  const token = await loopbackLogin({ client, scope: SCOPES[access], lang: ctx.lang, say: ctx.say, endpoints: endpointsFrom(ctx.env) });
  saveToken(token, ctx.env);
  return token;
}

/** An authorised client for `access`, or a refusal saying how to get one. */
export type GoogleCredentials = OAuth2Client | GoogleAuth;

export async function authorise(access: Access, ctx: AuthContext): Promise<GoogleCredentials> {
  const env = ctx.env;
  if (env.GOOGLE_OAUTH_ACCESS_TOKEN) {
    const c = new OAuth2Client(TRANSPORT);
    c.setCredentials({ access_token: env.GOOGLE_OAUTH_ACCESS_TOKEN });
    return c;
  }
  const adc = adcFile(env);
  if (adc) return new GoogleAuth({ keyFilename: adc, scopes: [SCOPES[access]], clientOptions: TRANSPORT });
  const stored = readToken(env);
  if (stored && grants(stored.scope, access)) return refreshingClient(stored, env);
  const client = clientFor(ctx, stored);
  if (client && ctx.interactive) return refreshingClient(await login(ctx, access, client), env);
  if (stored) throw refusal('liveNeedsWrite');
  throw refusal(access === 'write' ? 'liveNoCredentialsWrite' : 'liveNoCredentials');
}
