/**
 * Every call to Google, bounded and said in one line (docs/architecture.md, "The live spreadsheet"):
 * 429 and 5xx are retried with exponential backoff (Retry-After honoured, a bounded number of times);
 * what remains becomes a refusal naming what to do — no credentials, a revoked token, a spreadsheet
 * not shared (403), an unknown id (404), quota (429), Google down, no network.
 */
import { Refusal, refusal } from '../../shared/i18n/refusal';

export interface RetryPolicy {
  /** Attempts in all (1 = no retry). */
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
  sleep(ms: number): Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseMs: 1000,
  maxMs: 20_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface GoogleError {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; headers?: unknown; data?: unknown };
}

const asGoogleError = (e: unknown): GoogleError => (typeof e === 'object' && e !== null ? (e as GoogleError) : {});

function statusOf(e: unknown): number | undefined {
  const g = asGoogleError(e);
  const s = g.status ?? g.response?.status ?? (typeof g.code === 'number' ? g.code : undefined);
  return typeof s === 'number' && s >= 100 ? s : undefined;
}

function header(e: unknown, name: string): string | null {
  const h = asGoogleError(e).response?.headers;
  if (h && typeof (h as Headers).get === 'function') return (h as Headers).get(name);
  if (h && typeof h === 'object') return ((h as Record<string, unknown>)[name] as string | undefined) ?? null;
  return null;
}

/** The seconds of Retry-After, when Google says how long to wait. */
function retryAfterMs(e: unknown): number | null {
  const v = Number(header(e, 'retry-after'));
  return Number.isFinite(v) && v > 0 ? v * 1000 : null;
}

/** Google's reasons in an error body (`error.status`, `error.details[].reason`, `error.errors[].reason`, OAuth's `error`). */
function reasons(e: unknown): string[] {
  const data = asGoogleError(e).response?.data as { error?: unknown } | undefined;
  const err = data?.error;
  if (typeof err === 'string') return [err];
  if (!err || typeof err !== 'object') return [];
  const o = err as { status?: string; details?: { reason?: string }[]; errors?: { reason?: string }[] };
  return [o.status, ...(o.details ?? []).map((d) => d.reason), ...(o.errors ?? []).map((d) => d.reason)].filter((r): r is string => !!r);
}

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH']);

function forbidden(why: string[], id: string): Refusal {
  if (why.some((r) => r === 'SERVICE_DISABLED' || r === 'accessNotConfigured')) return refusal('liveApiDisabled');
  if (why.some((r) => r === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' || r === 'insufficientPermissions')) return refusal('liveScope');
  return refusal('liveNotShared', id);
}

/** What a failed call means for the user, in one sentence. */
export function googleRefusal(e: unknown, id: string, attempts: number): Refusal {
  if (e instanceof Refusal) return e;
  const cause = (e as { cause?: unknown } | null)?.cause;
  if (cause instanceof Refusal) return cause;
  const said = `${asGoogleError(e).message ?? ''} ${(cause as { name?: string } | undefined)?.name ?? ''} ${(e as { name?: string } | null)?.name ?? ''}`;
  if (/TimeoutError|AbortError|timed? ?out|aborted/i.test(said)) return refusal('liveTimeout');
  const status = statusOf(e);
  const why = reasons(e);
  if (why.includes('invalid_grant') || why.includes('invalid_client')) return refusal('liveRevoked');
  if (/could not load the default credentials/i.test(asGoogleError(e).message ?? '')) return refusal('liveNoCredentials');
  if (status === 401) return refusal('liveRevoked');
  if (status === 403) return forbidden(why, id);
  if (status === 404) return refusal('liveNotFound', id);
  if (status === 429) return refusal('liveQuota', attempts);
  if (status !== undefined && status >= 500) return refusal('liveUnavailable', status, attempts);
  if (status === 400) return refusal('liveBadRequest', (asGoogleError(e).message ?? '').split('\n')[0].slice(0, 200));
  const code = asGoogleError(e).code;
  if (typeof code === 'string' && NETWORK.has(code)) return refusal('liveNetwork', code);
  return refusal('liveNetwork', (asGoogleError(e).message ?? String(e)).split('\n')[0].slice(0, 200));
}

/**
 * Runs `call`, retrying 429 always and 5xx when the call is `idempotent` (a read; never a create,
 * which may have happened before the error), then says what failed.
 */
export async function callGoogle<T>(call: () => Promise<T>, id: string, retry: RetryPolicy = DEFAULT_RETRY, idempotent = true): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const status = statusOf(e);
      const again = status === 429 || (idempotent && status !== undefined && status >= 500);
      if (!again || attempt >= retry.attempts) throw googleRefusal(e, id, attempt);
      await retry.sleep(Math.min(retry.maxMs, retryAfterMs(e) ?? retry.baseMs * 2 ** (attempt - 1)));
    }
  }
}
