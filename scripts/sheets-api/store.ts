/**
 * Where citego keeps the user's Google authorisation: `<config>/citego/token.json`, mode 0600 in a
 * 0700 folder (config = $CITEGO_CONFIG_DIR, else $XDG_CONFIG_HOME, else ~/.config; %APPDATA% on
 * Windows). `citego logout` deletes it. Nothing else about the user is stored.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { refusal } from '../../shared/i18n/refusal';

/** An OAuth client of type « application de bureau » (Desktop app) from a Google Cloud project. */
export interface OAuthClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface StoredToken extends OAuthClient {
  readonly refreshToken: string;
  /** The scopes granted, space separated. */
  readonly scope: string;
}

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CITEGO_CONFIG_DIR) return env.CITEGO_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || (process.platform === 'win32' && env.APPDATA) || join(homedir(), '.config');
  return join(base, 'citego');
}

export const tokenPath = (env?: NodeJS.ProcessEnv) => join(configDir(env), 'token.json');

export function readToken(env?: NodeJS.ProcessEnv): StoredToken | null {
  const path = tokenPath(env);
  if (!existsSync(path)) return null;
  try {
    const t = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoredToken>;
    if (typeof t.clientId === 'string' && typeof t.clientSecret === 'string' && typeof t.refreshToken === 'string')
      return {
        clientId: t.clientId,
        clientSecret: t.clientSecret,
        refreshToken: t.refreshToken,
        scope: typeof t.scope === 'string' ? t.scope : '',
      };
  } catch {
    // unreadable: said below
  }
  throw refusal('liveTokenUnreadable', path);
}

/** Written 0600 from its first byte (never readable by others, even for a moment), then renamed into place. */
export function saveToken(token: StoredToken, env?: NodeJS.ProcessEnv): string {
  const dir = configDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = tokenPath(env);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(token, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
  return path;
}

/** Deletes the stored token; true when there was one. */
export function removeToken(env?: NodeJS.ProcessEnv): boolean {
  const path = tokenPath(env);
  if (!existsSync(path)) return false;
  rmSync(path, { force: true });
  return true;
}

/**
 * Reads a client file as Google Cloud's console downloads it (`{"installed": {client_id, client_secret…}}`).
 */
export function readClientFile(path: string): OAuthClient {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw refusal('liveClientUnreadable', path, e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : String(e));
  }
  const o = (parsed ?? {}) as { installed?: Record<string, unknown>; web?: Record<string, unknown> };
  const c = o.installed ?? o.web;
  if (!c || typeof c.client_id !== 'string' || typeof c.client_secret !== 'string')
    throw refusal('liveClientUnreadable', path, 'installed.client_id / installed.client_secret');
  return { clientId: c.client_id, clientSecret: c.client_secret };
}
