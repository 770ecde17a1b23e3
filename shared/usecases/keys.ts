/**
 * The names under which the request log remembers what the use cases made (document properties
 * on Google): kept as they are, since a workbook in use already holds them. Only a bounded number
 * of keys live there (a few folders, one report and one pack per year): per-request keys go to the
 * request cache, which expires (docs/architecture.md, "No unbounded properties").
 */
export const KEYS = {
  associationFolder: 'associationFolder',
  /** The account whose Citego made the association's folder: the only one Drive lets see it (drive.file). */
  driveOwner: 'driveOwner',
  reportsFolder: 'reportsFolder',
  conventionsFolder: 'conventionsFolder',
  /** Request cache, not the log: one key per form submitted. */
  conventionRequest: (requestId: string) => `convention-request:${requestId}`,
  accountantRoot: 'accountantFolder',
  accountantYear: (year: number) => `accountantFolder:${year}`,
  accountantSent: (year: number) => `accountantSent:${year}`,
  report: (year: number) => `report:${year}`,
  /** Request cache, not the log: one key per proposal accepted, per closing accepted. */
  bankProposalRequest: (requestId: string) => `bank-proposal-request:${requestId}`,
  yearEndRequest: (requestId: string) => `year-end-request:${requestId}`,
  /** Request cache: one key per opportunity moved, per group or membership written (the partnership network). */
  opportunityMoveRequest: (requestId: string) => `opportunity-move-request:${requestId}`,
  networkRequest: (requestId: string) => `network-request:${requestId}`,
  dossierMoveRequest: (requestId: string) => `dossier-move-request:${requestId}`,
  cerfa15059: (convention: string, year: number) => `cerfa15059:${convention}:${year}`,
  /** The memory and the calendar: a quick entry per request (cache), one register per year, the calendar's .ics. */
  memoryRequest: (requestId: string) => `memory-request:${requestId}`,
  decisions: (year: number) => `decisions:${year}`,
  decisionsFolder: 'decisionsFolder',
  calendarIcs: 'calendarIcs',
  /** The AG pack of a year: one document per year, rewritten in place. */
  agPack: (year: number) => `agPack:${year}`,
  /** Request cache, not the log: one key per report row marked done. */
  reportDoneRequest: (requestId: string) => `report-done-request:${requestId}`,
} as const;

/**
 * Keys earlier versions wrote once per request or per convention, and nothing reads any more: they
 * count as free room, and the Google adapter drops them when the store needs the room.
 */
export const LEGACY_KEY_PREFIXES: readonly string[] = [
  'convention-request:',
  'conventionFolder:',
  'bank-proposal-request:',
  'year-end-request:',
];

export function isLegacyKey(key: string): boolean {
  return LEGACY_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** How long a request's answer is kept: the request cache's maximum, 6 hours (21 600 s). */
export const REQUEST_TTL_SECONDS = 21_600;

/** The document properties store's limits: 500 KB a store, 9 KB a value, counted in bytes (docs/architecture.md). */
export const PROPERTIES_STORE_BYTES = 500 * 1024;
export const PROPERTY_VALUE_BYTES = 9 * 1024;

/** What a job that records folders may add to the log at most (ids of ~40 bytes, a dozen keys), with room to spare. */
export const FOLDER_KEYS_BYTES = 2 * 1024;

/** The size of a text in UTF-8, as Google counts the properties (no TextEncoder in Apps Script). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}
