/**
 * Saving a convention from the form: validate everything first, then, under the document lock,
 * re-read, number, write each table in one block; a repeated submit returns the first result.
 */
import { readBook, type Book } from '../sheets/book';
import type { FolderStore, KeyValueStore, Lock, Workbook } from '../sheets/ports';
import { conventions, partners, projects, schedule } from '../sheets/schema/tables';
import { appendRecords, ensureColumn, locateTable, updateRecordById, WriteRefused, type FieldValue } from '../sheets/records';
import { isBlank } from '../sheets/parse/cells';
import { findSheet } from '../sheets/book';
import { conventionSheet } from './fiche';
import { formatDateFr, type IsoDate } from '../values/dates';
import { decimalComma } from '../values/money';
import type { ConventionForm, SaveResult } from './payload';
import { nextConventionId, nextPartnerId, validateConvention, type ValidConvention } from './validate';

export interface ConventionPorts {
  readonly workbook: Workbook;
  readonly lock: Lock;
  readonly requests: KeyValueStore;
  readonly folders: FolderStore | null;
  /** Today, `YYYY-MM-DD`, for numbering a convention with no date of its own. */
  readonly today: string;
}

type Convention = Book['conventions']['records'][number];

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
    if (String(now[col]).trim() !== id)
      throw new WriteRefused('La feuille Échéances a changé entre-temps : rien n’a été écrit. Recommencez.');
  }
  if (mine.length > 0) wb.deleteRows(sheet, mine);
}

export function saveConvention(ports: ConventionPorts, raw: unknown): SaveResult {
  const requestKey = (id: string) => `convention-request:${id}`;
  const rid =
    typeof raw === 'object' && raw !== null && typeof (raw as { requestId?: unknown }).requestId === 'string'
      ? (raw as { requestId: string }).requestId
      : null;
  let folderTodo: { id: string; valid: ValidConvention; partnerName: string; association: string } | null = null;

  const result = ports.lock.withLock((): SaveResult => {
    if (rid) {
      const prior = ports.requests.get(requestKey(rid));
      if (prior) return JSON.parse(prior) as SaveResult;
    }
    const wb = ports.workbook;
    const book = readBook(wb, 'fr', CONVENTION_TABLES);
    for (const t of [conventions, partners])
      if (!findSheet(t, wb.sheetNames()))
        throw new WriteRefused(`La feuille ${t.sheet} est absente : lancez « Installer / réparer les feuilles ».`);
    const checked = validateConvention(raw, book);
    if (!checked.ok) return { ok: false, errors: checked.errors, message: checked.message };
    const v = checked.value;
    let partnerId = v.partnerId;
    let partnerName = book.partners.records.find((p) => p.id === partnerId)?.name ?? '';
    let id: string;
    let row: number;
    const existing = v.id ? book.conventions.records.find((c) => c.id === v.id) : undefined;
    if (existing && v.version !== null && v.version !== conventionVersion(existing))
      return {
        ok: false,
        errors: { form: 'modifiée' },
        message: `${existing.id} a été modifiée par quelqu’un d’autre depuis l’ouverture du formulaire : rien n’a été écrit. Rouvrez-la.`,
      };
    // Every check passed: from here on, writes only.
    if (v.newPartner) {
      partnerId = nextPartnerId(book.partners.records.map((p) => p.id));
      partnerName = v.newPartner.name;
      appendRecords(wb, partners, [
        {
          id: partnerId,
          name: v.newPartner.name,
          type: v.newPartner.type,
          country: v.newPartner.country,
          contact: v.newPartner.contact,
          email: v.newPartner.email,
          status: 'actif',
        },
      ]);
    }
    if (existing && v.id) {
      id = v.id;
      row = updateRecordById(wb, conventions, id, fields(v, partnerId as string));
      deleteSchedule(wb, id);
    } else {
      const year = Number((v.signedOn ?? v.start ?? ports.today).slice(0, 4));
      id = nextConventionId(
        book.conventions.records.map((c) => c.id),
        year,
      );
      row = appendRecords(wb, conventions, [{ id, ...fields(v, partnerId as string) }]);
    }
    const scheduleRows = [
      ...v.instalments.map((i) => ({ convention: id, date: { date: i.date }, type: 'versement', amount: i.amount, done: 'non' })),
      ...v.reports.map((d) => ({ convention: id, date: { date: d }, type: 'rapport', amount: null, done: 'non' })),
    ];
    if (scheduleRows.length > 0) {
      if (!findSheet(schedule, wb.sheetNames()))
        throw new WriteRefused('La feuille Échéances est absente : lancez « Installer / réparer les feuilles ».');
      appendRecords(wb, schedule, scheduleRows);
    }
    const saved: SaveResult = {
      ok: true,
      id,
      created: !existing,
      partnerId: v.newPartner ? partnerId : null,
      row,
      folderUrl: existing?.folder ?? null,
      warning: null,
    };
    if (rid) ports.requests.set(requestKey(rid), JSON.stringify(saved));
    if (v.createFolder && ports.folders && !existing?.folder)
      folderTodo = { id, valid: v, partnerName, association: book.settings.associationName || 'Association' };
    return saved;
  });

  const todo = folderTodo as { id: string; valid: ValidConvention; partnerName: string; association: string } | null;
  if (!result.ok || !todo || !ports.folders) return result;
  // The folder comes after the row is safe: a Drive failure never loses the convention.
  try {
    const url = ports.folders.conventionFolder(
      todo.association,
      `${todo.id} — ${todo.valid.title}`.slice(0, 120),
      conventionSheet(todo.id, todo.valid, todo.partnerName, todo.association),
    );
    return ports.lock.withLock(() => {
      ensureColumn(ports.workbook, conventions, 'folder');
      updateRecordById(ports.workbook, conventions, todo.id, { folder: url });
      const done: SaveResult = { ...result, folderUrl: url };
      if (rid) ports.requests.set(requestKey(rid), JSON.stringify(done));
      return done;
    });
  } catch (e) {
    return {
      ...result,
      warning: `Convention enregistrée, mais le dossier n’a pas pu être créé : ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    };
  }
}

/** The form's data: lists to choose from, and the convention being edited if any. */
export function conventionForm(wb: Workbook, editId: string | null, notice: string | null = null): ConventionForm {
  const book = readBook(wb, 'fr', CONVENTION_TABLES);
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
    notice: editId && !c ? `La convention ${editId} est introuvable.` : notice,
  };
}
