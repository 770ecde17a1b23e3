/**
 * Saving a convention from the form: validate everything first, then, under the document lock,
 * re-read, number, write each table in one block; a repeated submit returns the first result.
 */
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { Workbook } from '../sheets/ports';
import type { Lock, RequestCache } from '../usecases/ports';
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
import { KEYS, REQUEST_TTL_SECONDS } from '../usecases/keys';
import type { ConventionForm, SaveResult } from './payload';
import { nextConventionId, nextPartnerId } from './ids';
import { validateConvention, type ValidConvention } from './validate';
import { planOpportunityLink } from '../network/opportunity-link';

/** Where a convention's documents go: a Drive folder, or a folder on disk offline. */
export interface ConventionFolders {
  /**
   * Reads only, before any row is written: why this account cannot make the folder (the sentence in
   * a language), or null. Throws a refusal when the save must not go on (the request log is full).
   */
  preflight(): ((lang: Lang) => string) | null;
  /** Creates (or finds) the convention's folder `name`, writes its one-page fiche in it; returns the folder's link. */
  conventionFolder(name: string, sheet: ReportDoc): string;
}

export interface ConventionPorts {
  readonly workbook: Workbook;
  readonly lock: Lock;
  /** Request ids already answered (expiring: docs/architecture.md, "No unbounded properties"). */
  readonly cache: RequestCache;
  readonly folders: ConventionFolders | null;
  /** Today, `YYYY-MM-DD`, for numbering a convention with no date of its own. */
  readonly today: string;
}

type Convention = ParsedWorkbook['conventions']['records'][number];
type Saved = Extract<SaveResult, { ok: true }>;

/** The request cache's mark for a save under way, followed by the convention's ID. */
const WRITING = 'writing:';

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

/**
 * The Échéances rows of a convention, each re-read to be sure it still holds it (rows move): found
 * and checked before the first write, deleted with the other writes.
 */
function scheduleRowsOf(wb: Workbook, id: string): { sheet: string; rows: number[] } | null {
  if (!findSheet(schedule, wb.sheetNames())) return null;
  const { sheet, rows, header } = locateTable(wb, schedule);
  const col = header.index.convention;
  const mine: number[] = [];
  for (let r = header.headerRow; r < rows.length; r++) if (!isBlank(rows[r][col]) && String(rows[r][col]).trim() === id) mine.push(r + 1);
  for (const r of mine) {
    const now = wb.readRow(sheet, r, col + 1);
    if (String(now[col]).trim() !== id) throw refusal('sheetChanged', sheet);
  }
  return { sheet, rows: mine };
}

function requestIdOf(raw: unknown): string | null {
  const rid = typeof raw === 'object' && raw !== null ? (raw as { requestId?: unknown }).requestId : null;
  return typeof rid === 'string' ? rid : null;
}

/** The partner of the convention: the one chosen, or the new one to append to Partenaires (its ID computed, not yet written). */
function partnerOf(book: ParsedWorkbook, v: ValidConvention): { id: string; name: string } {
  if (!v.newPartner) return { id: v.partnerId as string, name: book.partners.records.find((p) => p.id === v.partnerId)?.name ?? '' };
  return { id: nextPartnerId(book.partners.records.map((p) => p.id)), name: v.newPartner.name };
}

/** Every row the save will write, computed and checked before the first write (docs/architecture.md, "No rollback"). */
interface SavePlan {
  readonly id: string;
  readonly existing: Convention | undefined;
  readonly partner: { id: string; name: string };
  readonly scheduleRows: readonly Record<string, FieldValue>[];
  /** Échéances rows of the edited convention, to delete before its new ones are appended. */
  readonly oldSchedule: { sheet: string; rows: number[] } | null;
}

function scheduleRowsFor(book: ParsedWorkbook, v: ValidConvention, id: string, existing: Convention | undefined) {
  // An instalment paid or a report sent stays « Fait » when the form gives it again unchanged.
  const wasDone = new Set(
    book.schedule.records
      .filter((s) => existing && s.convention === id && s.done === true)
      .map((s) => `${s.type}|${s.date}|${s.amount ?? ''}`),
  );
  const done = (type: string, date: string, amount: number | null) => (wasDone.has(`${type}|${date}|${amount ?? ''}`) ? 'oui' : 'non');
  return [
    ...v.instalments.map((i) => ({
      convention: id,
      date: { date: i.date },
      type: 'versement',
      amount: i.amount,
      done: done('versement', i.date, i.amount),
    })),
    ...v.reports.map((d) => ({ convention: id, date: { date: d }, type: 'rapport', amount: null, done: done('rapport', d, null) })),
  ];
}

/**
 * Reads and checks only: the new ID, the partner, the Échéances rows; every sheet and column the
 * writes need (Échéances included), the edited convention's old Échéances rows still in place.
 */
function planSave(ports: ConventionPorts, book: ParsedWorkbook, v: ValidConvention, existing: Convention | undefined): SavePlan {
  const wb = ports.workbook;
  const year = Number((v.signedOn ?? v.start ?? ports.today).slice(0, 4));
  const id =
    existing && v.id
      ? v.id
      : nextConventionId(
          book.conventions.records.map((c) => c.id),
          year,
        );
  const scheduleRows = scheduleRowsFor(book, v, id, existing);
  locateTable(wb, conventions);
  if (v.newPartner) locateTable(wb, partners);
  if (scheduleRows.length > 0) {
    if (!findSheet(schedule, wb.sheetNames())) throw refusal('sheetMissing', schedule.sheet);
    locateTable(wb, schedule);
  }
  const oldSchedule = existing ? scheduleRowsOf(wb, id) : null;
  return { id, existing, partner: partnerOf(book, v), scheduleRows, oldSchedule };
}

/**
 * The writes, in an order where the first one checks itself: an edited row is re-read just before it
 * is written (and refused, writing nothing, if it changed); then the partner, the old Échéances rows,
 * the new ones.
 */
function writePlan(wb: Workbook, v: ValidConvention, plan: SavePlan): number {
  const updated = plan.existing ? updateRecordById(wb, conventions, plan.id, fields(v, plan.partner.id)) : 0;
  if (v.newPartner) {
    const { name, type, country, contact, email } = v.newPartner;
    appendRecords(wb, partners, [{ id: plan.partner.id, name, type, country, contact, email, status: 'actif' }]);
  }
  const row = plan.existing ? updated : appendRecords(wb, conventions, [{ id: plan.id, ...fields(v, plan.partner.id) }]);
  if (plan.oldSchedule && plan.oldSchedule.rows.length > 0) wb.deleteRows(plan.oldSchedule.sheet, plan.oldSchedule.rows);
  if (plan.scheduleRows.length > 0) appendRecords(wb, schedule, plan.scheduleRows);
  return row;
}

/** The workbook, calling `mark` once, just before its first write. */
function markingFirstWrite(wb: Workbook, mark: () => void): Workbook {
  let marked = false;
  const first = () => {
    if (!marked) mark();
    marked = true;
  };
  return {
    get timeZone() {
      return wb.timeZone;
    },
    sheetNames: () => wb.sheetNames(),
    readSheet: (name) => wb.readSheet(name),
    readRow: (name, row, width) => wb.readRow(name, row, width),
    writeBlock: (name, row, column, values) => (first(), wb.writeBlock(name, row, column, values)),
    appendRows: (name, rows) => (first(), wb.appendRows(name, rows)),
    addSheet: (sheet) => (first(), wb.addSheet(sheet)),
    deleteRows: (name, rows) => (first(), wb.deleteRows(name, rows)),
  };
}

/** A request answered before, or interrupted while writing (then refused: its rows may be half there). */
function priorAnswer(ports: ConventionPorts, rid: string | null): SaveResult | null {
  const prior = rid ? ports.cache.get(KEYS.conventionRequest(rid)) : null;
  if (prior === null) return null;
  if (prior.startsWith(WRITING)) throw refusal('saveInterrupted', prior.slice(WRITING.length));
  return JSON.parse(prior) as SaveResult;
}

function remember(ports: ConventionPorts, rid: string | null, value: string): void {
  if (rid) ports.cache.put(KEYS.conventionRequest(rid), value, REQUEST_TTL_SECONDS);
}

/** Under the lock: the first answer to this request, or every check, then the writes. */
function checkAndWrite(ports: ConventionPorts, raw: unknown, rid: string | null): { result: SaveResult; folder: FolderToMake | null } {
  const prior = priorAnswer(ports, rid);
  if (prior) return { result: prior, folder: null };
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
  const plan = planSave(ports, book, v, existing);
  // A new convention made from a granted opportunity: checked now, linked once the row is written.
  const link = existing ? null : planOpportunityLink(wb, raw);
  const wantsFolder = v.createFolder && !existing?.folder && ports.folders !== null;
  // Drive is asked before the first write too: a folder this account cannot make is said, not half made.
  const folderProblem = wantsFolder && ports.folders ? ports.folders.preflight() : null;
  // Every check passed: from here on, writes only. A run stopped among them leaves the mark put just
  // before the first one (a refusal before it, e.g. the edited row changed, leaves none).
  const row = writePlan(
    markingFirstWrite(wb, () => remember(ports, rid, `${WRITING}${plan.id}`)),
    v,
    plan,
  );
  link?.(plan.id);
  const saved: Saved = {
    ok: true,
    id: plan.id,
    created: !existing,
    partnerId: v.newPartner ? plan.partner.id : null,
    row,
    folderUrl: existing?.folder ?? null,
    warning: folderProblem ? catalogue(lang).server.conventionFolderFailed(folderProblem(lang)) : null,
  };
  remember(ports, rid, JSON.stringify(saved));
  const association = book.settings.associationName || 'Association';
  const folder = wantsFolder && !folderProblem ? { id: plan.id, valid: v, partnerName: plan.partner.name, association, lang } : null;
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
      remember(ports, rid, JSON.stringify(done));
      return done;
    });
  } catch (e) {
    // Google's exceptions carry their sentence in `message` (whatever realm made them).
    const message =
      typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as Error).message : String(e);
    const why = refusalText(e, todo.lang) ?? message.split('\n')[0];
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
