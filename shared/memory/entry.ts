/**
 * The quick entry to Mémoire (docs/domain.md, "Memory and calendar"): every field checked again on
 * the server (the sidebar's checks are for comfort only), then one row appended under the document
 * lock; a request id makes a double submit or a retry write once (the request cache, as conventions).
 */
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { Workbook } from '../sheets/ports';
import { appendRecords, locateTable, type FieldValue } from '../sheets/records';
import { memory } from '../sheets/schema/tables';
import { catalogue } from '../i18n/catalogue';
import { FieldReader, isPlainObject, LIMITS } from '../conventions/form-fields';
import type { Lock, RequestCache } from '../usecases/ports';
import { KEYS, REQUEST_TTL_SECONDS } from '../usecases/keys';
import type { IsoDate } from '../values/dates';
import { MEMORY_TABLES } from '../calendar/read';
import { MEMORY_TYPES } from './types';

export const ENTRY_LIMITS = { text: 5000, link: 500, participants: 40 };

/** What the sidebar sends. Dates as typed (15/03/2026 or 2026-03-15); links are IDs from the lists. */
export interface MemoryEntryPayload {
  readonly requestId: string;
  readonly type: string;
  readonly date: string;
  readonly title: string;
  readonly text: string;
  /** Person IDs (Personnes), written as their names. */
  readonly participants: readonly string[];
  readonly partner: string;
  readonly convention: string;
  readonly project: string;
  readonly dossier: string;
  readonly group: string;
  readonly link: string;
  readonly followUpBy: string;
  readonly followUpDue: string;
}

export type MemoryEntryResult =
  | { readonly ok: true; readonly row: number; readonly message: string }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly message: string };

type RefKey = 'partner' | 'convention' | 'project' | 'dossier' | 'group';

function knownIds(book: ParsedWorkbook): Record<RefKey, Set<string>> {
  const ids = (xs: readonly (string | null)[]) => new Set(xs.filter((x): x is string => !!x));
  return {
    partner: ids(book.partners.records.map((r) => r.id)),
    convention: ids(book.conventions.records.map((r) => r.id)),
    project: ids(book.projects.records.map((r) => r.code)),
    dossier: ids(book.dossiers.records.map((r) => r.id)),
    group: ids(book.groups.records.map((r) => r.id)),
  };
}

function readParticipants(f: FieldReader, raw: unknown, book: ParsedWorkbook): string {
  const say = catalogue(book.settings.language).memory.entry;
  if (raw === undefined || raw === null) return '';
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string')) return (f.fail('participants', f.say.invalidValue()), '');
  if (raw.length > ENTRY_LIMITS.participants) return (f.fail('participants', say.tooManyParticipants(ENTRY_LIMITS.participants)), '');
  const names: string[] = [];
  for (const id of raw as string[]) {
    const person = book.persons.records.find((p) => p.id === id);
    if (!person?.name) return (f.fail('participants', say.unknownPerson(id.slice(0, 30))), '');
    if (!names.includes(person.name)) names.push(person.name);
  }
  return names.join(', ');
}

function readLinks(f: FieldReader, r: Record<string, unknown>, book: ParsedWorkbook): Record<RefKey, string | null> {
  const say = catalogue(book.settings.language).memory.entry;
  const known = knownIds(book);
  const out = {} as Record<RefKey, string | null>;
  for (const key of Object.keys(known) as RefKey[]) {
    const id = f.text(key, r[key], LIMITS.short) || null;
    if (id && !known[key].has(id)) f.fail(key, say.unknownRef(say.refNames[key], id.slice(0, 30)));
    out[key] = id;
  }
  return out;
}

/** The row to append, or the fields to fix. */
export function validateMemoryEntry(
  raw: unknown,
  book: ParsedWorkbook,
): { ok: true; row: Record<string, FieldValue>; requestId: string } | { ok: false; errors: Record<string, string>; message: string } {
  const f = new FieldReader(catalogue(book.settings.language).form);
  const say = catalogue(book.settings.language).memory.entry;
  if (!isPlainObject(raw)) return { ok: false, errors: { form: f.say.unreadableForm() }, message: f.say.unreadableForm() };
  const requestId = typeof raw.requestId === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(raw.requestId) ? raw.requestId : null;
  if (!requestId) f.fail('form', f.say.missingRequestId());
  const type = f.choice(
    'type',
    raw.type,
    MEMORY_TYPES.map((label) => ({ label })),
    true,
  );
  const date = f.date('date', raw.date, true);
  if (date && (date < '1990-01-01' || date > '2200-12-31')) f.fail('date', say.dateOutOfRange());
  const title = f.text('title', raw.title, LIMITS.title, true);
  const text = f.text('text', raw.text, ENTRY_LIMITS.text);
  const link = f.text('link', raw.link, ENTRY_LIMITS.link);
  if (link && !/^https:\/\/[^\s<>"]+$/.test(link)) f.fail('link', say.notALink());
  const participants = readParticipants(f, raw.participants, book);
  const links = readLinks(f, raw, book);
  const followUpBy = f.text('followUpBy', raw.followUpBy, LIMITS.short);
  const followUpDue = f.date('followUpDue', raw.followUpDue, false);
  if ((followUpBy || followUpDue) && type && type !== 'décision') f.fail('followUpBy', say.followUpOnlyDecision());
  else if (followUpBy && !followUpDue && !f.errors.followUpDue) f.fail('followUpDue', say.followUpDueRequired());
  const count = Object.keys(f.errors).length;
  if (count > 0) return { ok: false, errors: f.errors, message: f.say.fieldsToFix(count) };
  const d = (x: IsoDate | null) => (x ? { date: x } : null);
  return {
    ok: true,
    requestId: requestId as string,
    row: { date: d(date), type, title, description: text, participants, link, ...links, followUpBy, followUpDue: d(followUpDue) },
  };
}

export interface MemoryEntryPorts {
  readonly workbook: Workbook;
  readonly lock: Lock;
  readonly cache: RequestCache;
}

/** Under the lock: the first answer to this request, or the checks, then the one row appended. */
export function storeMemoryEntry(ports: MemoryEntryPorts, raw: unknown): MemoryEntryResult {
  return ports.lock.withLock(() => {
    const rid = isPlainObject(raw) && typeof raw.requestId === 'string' ? raw.requestId : null;
    const prior = rid ? ports.cache.get(KEYS.memoryRequest(rid)) : null;
    if (prior !== null) return JSON.parse(prior) as MemoryEntryResult;
    const book = readWorkbook(ports.workbook, 'fr', MEMORY_TABLES);
    const checked = validateMemoryEntry(raw, book);
    if (!checked.ok) return checked;
    locateTable(ports.workbook, memory);
    const row = appendRecords(ports.workbook, memory, [checked.row]);
    const result: MemoryEntryResult = { ok: true, row, message: catalogue(book.settings.language).memory.saved(row) };
    ports.cache.put(KEYS.memoryRequest(checked.requestId), JSON.stringify(result), REQUEST_TTL_SECONDS);
    return result;
  });
}
