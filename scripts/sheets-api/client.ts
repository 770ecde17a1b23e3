/**
 * The Sheets v4 client (googleapis), loaded alone rather than every Google API. CITEGO_SHEETS_API_URL
 * points it at another server — the local fake in tests and `npm run bench`, never needed by users.
 */
import { sheets, type sheets_v4 } from 'googleapis/build/src/apis/sheets';
import type { GoogleCredentials } from './auth';

export function sheetsApi(auth: GoogleCredentials, env: NodeJS.ProcessEnv = process.env): sheets_v4.Sheets {
  return sheets({
    version: 'v4',
    auth,
    ...(env.CITEGO_SHEETS_API_URL ? { rootUrl: env.CITEGO_SHEETS_API_URL } : {}),
    // Retries are ours (errors.ts: bounded, Retry-After honoured), never doubled by gaxios'.
    retry: false,
    timeout: 120_000,
    fetchImplementation: globalThis.fetch,
  });
}
