/**
 * rpc getGroups, saveGroup, addMembership, endMembership: the « Groupes et comités » sidebar
 * (docs/domain.md, "Groups and committees"). Writes go to Groupes and Membres under the document
 * lock, with a request id (a retry writes once); the forms are checked again here
 * (shared/network/group-form.ts) and a bad value comes back as a message under its field.
 */
import { refusal } from '../i18n/refusal';
import { checkEnd, checkGroup, checkMembership, type Checked } from '../network/group-form';
import { groupsView, type GroupsView } from '../network/groups';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { Workbook, WorkbookReader } from '../sheets/ports';
import { appendRecords, ensureColumn, locateTable } from '../sheets/records';
import { memberships, persons } from '../sheets/schema/network-tables';
import { dossiers, groups, partners, projects } from '../sheets/schema/tables';
import { isBlank } from '../sheets/parse/cells';
import { midnightIn, parseDate, type IsoDate } from '../values/dates';
import { formatId } from '../sheets/install';
import { isPlainObject, parseRequestId } from './args';
import { KEYS, REQUEST_TTL_SECONDS } from './keys';
import type { Ports } from './ports';

export type GroupsFormResult =
  | { readonly ok: true; readonly id: string; readonly view: GroupsView }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly message: string };

type Answer = { readonly ok: true; readonly id: string } | Extract<GroupsFormResult, { ok: false }>;
type WritePorts = Pick<Ports, 'workbook' | 'lock' | 'clock' | 'cache'>;

/** The sheets the sidebar reads (the Journal never). */
const GROUP_TABLES = [groups, persons, memberships, partners, projects, dossiers];

function viewNow(wb: WorkbookReader, today: IsoDate): GroupsView {
  return groupsView(readWorkbook(wb, 'fr', GROUP_TABLES), today);
}

export function getGroups(p: { readonly workbook: WorkbookReader; readonly clock: Ports['clock'] }): GroupsView {
  return viewNow(p.workbook, p.clock.today());
}

/** Under the lock: a request answered before is not written again; else the job checks, then writes. */
function underLock(p: WritePorts, raw: unknown, job: (book: ParsedWorkbook, today: IsoDate) => Answer): GroupsFormResult {
  const rid = parseRequestId(isPlainObject(raw) ? raw.requestId : null);
  return p.lock.withLock(() => {
    const key = KEYS.networkRequest(rid);
    const prior = p.cache.get(key);
    const today = p.clock.today();
    if (prior === null) {
      const answer = job(readWorkbook(p.workbook, 'fr', GROUP_TABLES), today);
      if (!answer.ok) return answer;
      p.cache.put(key, answer.id, REQUEST_TTL_SECONDS);
      return { ok: true, id: answer.id, view: viewNow(p.workbook, today) };
    }
    return { ok: true, id: prior, view: viewNow(p.workbook, today) };
  });
}

function checked<T>(c: Checked<T> | null): Checked<T> {
  if (c === null) throw refusal('argNetworkForm');
  return c;
}

/** `G-0004` after the highest number of Groupes (older IDs like G-003 count). */
export function nextGroupId(existing: readonly (string | null)[]): string {
  let max = 0;
  for (const id of existing) {
    const m = id ? /^G-(\d+)$/.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return formatId('G-', max + 1);
}

export function saveGroup(p: WritePorts, raw: unknown): GroupsFormResult {
  return underLock(p, raw, (book, today) => {
    const c = checked(checkGroup(raw, book));
    if (!c.ok) return c;
    const wb = p.workbook;
    // Both sheets and their columns are found before the first write.
    locateTable(wb, groups);
    locateTable(wb, memberships);
    const id = nextGroupId(book.groups.records.map((g) => g.id));
    const g = c.value;
    if (g.dossier) ensureColumn(wb, groups, 'dossier');
    appendRecords(wb, groups, [{ id, name: g.name, type: g.type, project: g.project || null, dossier: g.dossier || null }]);
    appendRecords(wb, memberships, [{ group: id, person: g.animateur, role: 'animateur', since: { date: today } }]);
    return { ok: true, id };
  });
}

export function addMembership(p: WritePorts, raw: unknown): GroupsFormResult {
  return underLock(p, raw, (book, today) => {
    const c = checked(checkMembership(raw, book, today));
    if (!c.ok) return c;
    const m = c.value;
    appendRecords(p.workbook, memberships, [{ group: m.group, person: m.person, role: m.role, since: { date: m.since } }]);
    return { ok: true, id: `${m.group}/${m.person}` };
  });
}

/** Writes Jusqu'au on the mandate's row, read again just before: a row moved or changed meanwhile is refused. */
function writeUntil(wb: Workbook, row: number, group: string, person: string, until: IsoDate, today: IsoDate): void {
  const column = ensureColumn(wb, memberships, 'until');
  const { sheet, header } = locateTable(wb, memberships);
  const now = wb.readRow(sheet, row, Math.max(header.width, column));
  const cell = (k: 'group' | 'person') => String(now[header.index[k]] ?? '').trim();
  const end = now[column - 1];
  const parsed = parseDate(end, wb.timeZone);
  const stillRunning = isBlank(end) || (parsed.ok && parsed.date >= today);
  if (cell('group') !== group || cell('person') !== person || !stillRunning) throw refusal('membershipMovedMeanwhile', row, sheet);
  wb.writeBlock(sheet, row, column, [[midnightIn(until, wb.timeZone)]]);
}

export function endMembership(p: WritePorts, raw: unknown): GroupsFormResult {
  return underLock(p, raw, (book, today) => {
    const c = checked(checkEnd(raw, book, today));
    if (!c.ok) return c;
    const e = c.value;
    writeUntil(p.workbook, e.row, e.group, e.person, e.until, today);
    return { ok: true, id: `${e.group}/${e.person}` };
  });
}
