/**
 * The Sheets v4 client (googleapis), loaded alone rather than every Google API. CITEGO_SHEETS_API_URL
 * points it at another server — the local fake in tests and `npm run bench`, never needed by users.
 */
import { sheets, type sheets_v4 } from 'googleapis/build/src/apis/sheets';
import type { GoogleCredentials } from './auth';
import { refusal } from '../../shared/i18n/refusal';

/** The largest answer read from Google: above it, the answer is refused before it can fill the memory. */
export const MAX_ANSWER_BYTES = 256 * 1024 * 1024;

/** Node's fetch, reading at most `max` bytes of an answer (declared or streamed), refused beyond. */
export function cappedFetch(max = MAX_ANSWER_BYTES): typeof fetch {
  const tooLarge = () => refusal('liveTooLarge', Math.round(max / (1024 * 1024)));
  return async (input, init) => {
    const res = await fetch(input, init);
    if (Number(res.headers.get('content-length') ?? 0) > max) {
      await res.body?.cancel();
      throw tooLarge();
    }
    if (!res.body || res.status === 204 || res.status === 304) return res;
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
    return new Response(Buffer.concat(chunks), { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

export function sheetsApi(auth: GoogleCredentials, env: NodeJS.ProcessEnv = process.env): sheets_v4.Sheets {
  return sheets({
    version: 'v4',
    auth,
    ...(env.CITEGO_SHEETS_API_URL ? { rootUrl: env.CITEGO_SHEETS_API_URL } : {}),
    // Retries are ours (errors.ts: bounded, Retry-After honoured), never doubled by gaxios'.
    retry: false,
    timeout: 120_000,
    fetchImplementation: cappedFetch(),
  });
}
