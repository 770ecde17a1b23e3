/** The use cases' ports on Google: the bound spreadsheet, Drive, Docs, the document lock, properties and cache. */
import { refusal } from '../shared/i18n/refusal';
import { dateInTimeZone, type IsoDate } from '../shared/values/dates';
import { isLegacyKey, PROPERTIES_STORE_BYTES, utf8Bytes } from '../shared/usecases/keys';
import { memoryNotes } from '../shared/usecases/notes';
import type { Account, Ports, RequestCache, RequestLog } from '../shared/usecases/ports';
import { googleDocs } from './documents';
import { driveStore, driveUserEmail } from './drive';
import { documentLock } from './lock';
import { SpreadsheetWorkbook } from './workbook';

/** A service object asked of Google once per execution (each ask is a call), then kept. */
function once<T>(get: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= get());
}

/**
 * The document properties: shared by every user of this spreadsheet, kept with it; 9 KB a value and
 * 500 KB a store, counted in bytes. When Google refuses a write for its quota, the keys earlier versions
 * left (one per request, one per convention) are dropped and the write tried again; if there were
 * none, it is the `propertiesFull` refusal.
 */
function documentProperties(): RequestLog {
  const store = once(() => PropertiesService.getDocumentProperties());
  const full = (e: unknown) => /quota|too large/i.test(e instanceof Error ? e.message : String(e));
  /** Drops the keys of earlier versions (isLegacyKey) in one call; false when there were none. */
  const dropLegacy = (): boolean => {
    const all = store().getProperties();
    const kept = Object.keys(all).filter((k) => !isLegacyKey(k));
    if (kept.length === Object.keys(all).length) return false;
    store().setProperties(Object.fromEntries(kept.map((k) => [k, all[k]])), true);
    return true;
  };
  return {
    get: (key) => store().getProperty(key),
    set: (key, value) => {
      try {
        store().setProperty(key, value);
      } catch (e) {
        if (!full(e)) throw e;
        if (!dropLegacy()) throw refusal('propertiesFull');
        try {
          store().setProperty(key, value);
        } catch (again) {
          if (full(again)) throw refusal('propertiesFull');
          throw again;
        }
      }
    },
    bytesFree: () => {
      const all = store().getProperties();
      let used = 0;
      for (const key of Object.keys(all)) if (!isLegacyKey(key)) used += utf8Bytes(key) + utf8Bytes(String(all[key]));
      return PROPERTIES_STORE_BYTES - used;
    },
  };
}

/**
 * The document cache (CacheService): shared by the users of this spreadsheet, 250-character keys,
 * 100 KB values, entries kept 6 hours at most and possibly dropped sooner. Null outside a document:
 * then the user's own cache.
 */
function documentCache(): RequestCache {
  const cache = once(() => CacheService.getDocumentCache() ?? CacheService.getUserCache());
  return {
    get: (key) => cache().get(key),
    put: (key, value, seconds) => cache().put(key, value, seconds),
  };
}

/**
 * The account the script runs as (a bound script runs as the user who clicked), whose Drive grants
 * are the call's: asked of Drive (About.get works under drive.file; Session's e-mail would need one
 * more scope, userinfo.email), once per execution.
 */
function effectiveUser(): Account {
  let email: string | null = null;
  return { email: () => (email ??= driveUserEmail()) };
}

export function googlePorts(): Ports {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = new SpreadsheetWorkbook(spreadsheet);
  return {
    workbook,
    files: driveStore,
    documents: googleDocs,
    lock: documentLock,
    clock: { today: () => dateInTimeZone(new Date(), workbook.timeZone) as IsoDate },
    requests: documentProperties(),
    cache: documentCache(),
    account: effectiveUser(),
    notes: memoryNotes(workbook),
    workbookTitle: () => spreadsheet.getName(),
  };
}
