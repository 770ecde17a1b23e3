/**
 * Saving a convention from the form: validate everything first, then, under the document lock,
 * re-read, number, write each table in one block; a repeated submit returns the first result.
 */
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { Workbook } from '../sheets/ports';
import type { Lock, RequestLog } from '../usecases/ports';
import type { ReportDoc } from '../reports/doc';
import { conventions, partners, projects, schedule } from '../sheets/schema/tables';
import { appendRecords, ensureColumn, locateTable, updateRecordById, type FieldValue } from '../sheets/records';
import { isBlank } from '../sheets/parse/cells';
import { findSheet } from '../sheets/parsed-workbook';
import { conventionSheet } from './fiche';
import { formatDateFr, type IsoDate } from '../values/dates';
import { decimalComma } from '../values/money';
import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import { refusal } from '../i18n/refusal';
import { refusalText } from '../i18n/refusal';
import { KEYS } from '../usecases/keys';
import type { ConventionForm, SaveResult } from './payload';
import { nextConventionId, nextPartnerId } from './ids';
import { validateConvention, type ValidConvention } from './validate';

/** Where a convention's documents go: a Drive folder, or a folder on disk offline. */
export interface ConventionFolders {
  /** Creates (or finds) the convention's folder `name`, writes its one-page fiche in it; returns the folder's link. */
  conventionFolder(name: string, sheet: ReportDoc): string;
}

export interface ConventionPorts {
  readonly workbook: Workbook;
  readonly lock: Lock;
  readonly requests: RequestLog;
  readonly folders: ConventionFolders | null;
  /** Today, `YYYY-MM-DD`, for numbering a convention with no date of its own. */
  readonly today: string;
}

type Convention = ParsedWorkbook['conventions']['records'][number];
type Saved = Extract<SaveResult, { ok: true }>;

/** The folder still to make once the rows are written. */
interface FolderToMake {
  readonly id: string;
  readonly valid: ValidConvention;
  readonly partnerName: string;
  readonly association: string;
  readonly lang: Lang;
}

/** The tables a convention is checked against: reading the Journal would only slow a save down. */
const CONVENTION_TABLES = [partners, conventions, schedule, projects];

/** What the form compares to detect a change by someone else: the record's values. */
export function conventionVersion(c: Convention): string {
  return JSON.stringify({ ...c, row: undefined });
}

function fields(v: ValidConvention, partnerId: string): Record<string, FieldValue> {
  const d = (x: string | null) => (x ? { date: x as never } : null);
  return {
    title: v.title,
    partner: partnerId,
    type: v.type,
    action: v.action,
    project: v.project,
    signedOn: d(v.signedOn),
    start: d(v.start),
    end: d(v.end),
    amount: v.amount,
    direction: v.direction,
    status: v.status,
    notes: v.notes,
  };
}

/** Deletes the Échéances rows of a convention, each re-read just before (rows move). */
function deleteSchedule(wb: Workbook, id: string): void {
  if (!findSheet(schedule, wb.sheetNames())) return;
  const { sheet, rows, header } = locateTable(wb, schedule);
  const col = header.index.convention;
  const mine: number[] = [];
  for (let r = header.headerRow; r < rows.length; r++) if (!isBlank(rows[r][col]) && String(rows[r][col]).trim() === id) mine.push(r + 1);
  for (const r of mine) {
    const now = wb.readRow(sheet, r, col + 1);
    if (String(now[col]).trim() !== id) throw refusal('sheetChanged', sheet);
  }
  if (mine.length > 0) wb.deleteRows(sheet, mine);
}

function requestIdOf(raw: unknown): string | null {
  const rid = typeof raw === 'object' && raw !== null ? (raw as { requestId?: unknown }).requestId : null;
  return typeof rid === 'string' ? rid : null;
}

/** The partner of the convention: the one chosen, or the new one appended to Partenaires. */
function writePartner(wb: Workbook, book: ParsedWorkbook, v: ValidConvention): { id: string; name: string } {
  if (!v.newPartner) return { id: v.partnerId as string, name: book.partners.records.find((p) => p.id === v.partnerId)?.name ?? '' };
  const id = nextPartnerId(book.partners.records.map((p) => p.id));
  const { name, type, country, contact, email } = v.newPartner;
  appendRecords(wb, partners, [{ id, name, type, country, contact, email, status: 'actif' }]);
  return { id, name };
}

/** The convention's row, updated in place or appended with a new ID; its Échéances rewritten. */
function writeConvention(
  ports: ConventionPorts,
  book: ParsedWorkbook,
  v: ValidConvention,
  existing: Convention | undefined,
  partnerId: string,
) {
  const wb = ports.workbook;
  let id: string;
  let row: number;
  if (existing && v.id) {
    id = v.id;
    row = updateRecordById(wb, conventions, id, fields(v, partnerId));
    deleteSchedule(wb, id);
  } else {
    const year = Number((v.signedOn ?? v.start ?? ports.today).slice(0, 4));
    id = nextConventionId(
      book.conventions.records.map((c) => c.id),
      year,
    );
    row = appendRecords(wb, conventions, [{ id, ...fields(v, partnerId) }]);
  }
  // An instalment paid or a report sent stays « Fait » when the form gives it again unchanged.
  const wasDone = new Set(
    book.schedule.records
      .filter((s) => existing && s.convention === id && s.done === true)
      .map((s) => `${s.type}|${s.date}|${s.amount ?? ''}`),
  );
  const done = (type: string, date: string, amount: number | null) => (wasDone.has(`${type}|${date}|${amount ?? ''}`) ? 'oui' : 'non');
  const scheduleRows = [
    ...v.instalments.map((i) => ({
      convention: id,
      date: { date: i.date },
      type: 'versement',
      amount: i.amount,
      done: done('versement', i.date, i.amount),
    })),
    ...v.reports.map((d) => ({ convention: id, date: { date: d }, type: 'rapport', amount: null, done: done('rapport', d, null) })),
  ];
  if (scheduleRows.length > 0) {
    if (!findSheet(schedule, wb.sheetNames())) throw refusal('sheetMissing', schedule.sheet);
    appendRecords(wb, schedule, scheduleRows);
  }
  return { id, row };
}

/** Under the lock: the first answer to this request, or checks then writes. */
function checkAndWrite(ports: ConventionPorts, raw: unknown, rid: string | null): { result: SaveResult; folder: FolderToMake | null } {
  const prior = rid ? ports.requests.get(KEYS.conventionRequest(rid)) : null;
  if (prior) return { result: JSON.parse(prior) as SaveResult, folder: null };
  const wb = ports.workbook;
  const book = readWorkbook(wb, 'fr', CONVENTION_TABLES);
  for (const t of [conventions, partners]) if (!findSheet(t, wb.sheetNames())) throw refusal('sheetMissing', t.sheet);
  const checked = validateConvention(raw, book);
  if (!checked.ok) return { result: { ok: false, errors: checked.errors, message: checked.message }, folder: null };
  const v = checked.value;
  const lang = book.settings.language;
  const existing = v.id ? book.conventions.records.find((c) => c.id === v.id) : undefined;
  if (existing && v.version !== null && v.version !== conventionVersion(existing)) {
    const message = catalogue(lang).server.conventionChanged(existing.id as string);
    return { result: { ok: false, errors: { form: message }, message }, folder: null };
  }
  // Every check passed: from here on, writes only.
  const partner = writePartner(wb, book, v);
  const { id, row } = writeConvention(ports, book, v, existing, partner.id);
  const saved: Saved = {
    ok: true,
    id,
    created: !existing,
    partnerId: v.newPartner ? partner.id : null,
    row,
    folderUrl: existing?.folder ?? null,
    warning: null,
  };
  if (rid) ports.requests.set(KEYS.conventionRequest(rid), JSON.stringify(saved));
  const association = book.settings.associationName || 'Association';
  const folder = v.createFolder && !existing?.folder ? { id, valid: v, partnerName: partner.name, association, lang } : null;
  return { result: saved, folder };
}

/** The folder comes after the row is safe: a Drive failure never loses the convention. */
function attachFolder(
  ports: ConventionPorts,
  folders: ConventionFolders,
  saved: Saved,
  todo: FolderToMake,
  rid: string | null,
): SaveResult {
  try {
    const name = `${todo.id} — ${todo.valid.title}`.slice(0, 120);
    const url = folders.conventionFolder(name, conventionSheet(todo.id, todo.valid, todo.partnerName, todo.association, todo.lang));
    return ports.lock.withLock(() => {
      ensureColumn(ports.workbook, conventions, 'folder');
      updateRecordById(ports.workbook, conventions, todo.id, { folder: url });
      const done: SaveResult = { ...saved, folderUrl: url };
      if (rid) ports.requests.set(KEYS.conventionRequest(rid), JSON.stringify(done));
      return done;
    });
  } catch (e) {
    const why = refusalText(e, todo.lang) ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    return { ...saved, warning: catalogue(todo.lang).server.conventionFolderFailed(why) };
  }
}

export function storeConvention(ports: ConventionPorts, raw: unknown): SaveResult {
  const rid = requestIdOf(raw);
  const { result, folder } = ports.lock.withLock(() => checkAndWrite(ports, raw, rid));
  if (!result.ok || !folder || !ports.folders) return result;
  return attachFolder(ports, ports.folders, result, folder, rid);
}

/** The form's data: lists to choose from, and the convention being edited if any. */
export function conventionForm(wb: Workbook, editId: string | null, notice: string | null = null): ConventionForm {
  const book = readWorkbook(wb, 'fr', CONVENTION_TABLES);
  const c = editId ? book.conventions.records.find((x) => x.id === editId) : undefined;
  // As the form's fields expect them: 15/03/2025 and 1234,50.
  const fr = (d: IsoDate | null) => (d ? formatDateFr(d) : '');
  const sched = c ? book.schedule.records.filter((s) => s.convention === c.id) : [];
  return {
    mode: c ? 'edit' : 'new',
    current: c
      ? {
          id: c.id,
          version: conventionVersion(c),
          title: c.title ?? '',
          partnerId: c.partner,
          type: c.type ?? '',
          action: c.action ?? '',
          project: c.project ?? '',
          signedOn: fr(c.signedOn),
          start: fr(c.start),
          end: fr(c.end),
          amount: c.amount === null ? '' : decimalComma(c.amount),
          direction: c.direction ?? '',
          status: c.status ?? '',
          notes: c.notes ?? '',
          folder: c.folder ?? '',
          instalments: sched.filter((s) => s.type === 'versement').map((s) => ({ date: fr(s.date), amount: decimalComma(s.amount ?? 0) })),
          reports: sched.filter((s) => s.type === 'rapport').map((s) => ({ date: fr(s.date) })),
        }
      : null,
    partners: book.partners.records
      .filter((p) => p.id && p.name)
      .map((p) => ({ id: p.id as string, name: p.name as string, type: p.type ?? '' })),
    projects: book.projects.records
      .filter((p) => p.code)
      .map((p) => ({ code: p.code as string, title: p.title ?? '', action: p.action ?? '' })),
    fiscalYearStart: book.settings.fiscalYearStart,
    notice: editId && !c ? catalogue(book.settings.language).server.conventionNotFound(editId) : notice,
  };
}
