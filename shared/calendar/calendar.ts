/**
 * One calendar of every deadline the workbook knows (docs/domain.md, "Memory and calendar"):
 * Échéances (instalments, reports — a subsidy's report is its CERFA 15059), convention starts and
 * ends, decisions' follow-ups, opportunities' next actions, dossiers' due dates, committee
 * meetings, the AG, the CERFA 15059 of a subsidy that has no report row, and the accountant's
 * deadlines after each closing. Each item names its row and has a stable key (the .ics UID).
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { suggestedReportDate } from '../conventions/report-date';
import { fiscalYearBounds, fiscalYearOf } from '../ledger/fiscal-years';
import { addDays, type IsoDate } from '../values/dates';

export type CalendarKind =
  | 'instalment'
  | 'report'
  | 'cerfa'
  | 'conventionStart'
  | 'conventionEnd'
  | 'followUp'
  | 'opportunity'
  | 'dossier'
  | 'committee'
  | 'ag'
  | 'accountantPack'
  | 'accountsApproval';

/** What an item says, in no language yet: the renderer words it from the catalogue (`calendar` section). */
export interface CalendarItem {
  /** Stable across runs and edits of other rows: the .ics UID (docs/domain.md). */
  readonly key: string;
  readonly kind: CalendarKind;
  readonly date: IsoDate;
  /** The ID or title it is about (a convention, an opportunity, a decision's title, a fiscal year). */
  readonly subject: string;
  /** A second detail: the amount in cents of an instalment, who follows a decision up, the next action. */
  readonly detail: string | null;
  readonly amount: number | null;
  /** Where it comes from, to jump to; null for a deadline computed from the rules alone. */
  readonly sheet: string | null;
  readonly row: number | null;
  /** true: done; false: still to do (late once past); null: nothing to do (a start, a meeting). */
  readonly done: boolean | null;
}

/** What the calendar reads besides the tables: Paramètres › Date de l'AG, and the fiscal years to cover. */
export interface CalendarInput {
  readonly agDate: IsoDate | null;
  /** The calendar year of today: the accountant's deadlines cover the fiscal years up to it. */
  readonly today: IsoDate;
}

const CLOSED_STAGES = new Set(['accordée', 'refusée', 'abandonnée']);

/** A short stable hash (FNV-1a, 32 bits) of what identifies an item with no ID of its own. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

type Push = (item: Omit<CalendarItem, 'detail' | 'amount'> & Partial<Pick<CalendarItem, 'detail' | 'amount'>>) => void;

function scheduleItems(book: ParsedWorkbook, push: Push): void {
  const subsidies = new Set(book.conventions.records.filter((c) => c.type === 'subvention' && c.id).map((c) => c.id as string));
  const sheet = book.schedule.sheet;
  for (const s of book.schedule.records) {
    if (!s.convention || !s.date || !s.type) continue;
    const kind: CalendarKind = s.type === 'versement' ? 'instalment' : subsidies.has(s.convention) ? 'cerfa' : 'report';
    push({
      key: `schedule-${s.convention}-${s.type}-${s.date}`,
      kind,
      date: s.date,
      subject: s.convention,
      amount: s.amount,
      sheet,
      row: s.row,
      done: s.done === true,
    });
  }
  // A subsidy with instalments and no report row: its CERFA 15059 is still due, six months after the
  // fiscal year of its last instalment (docs/domain.md, "Conventions and partnerships").
  const withReport = new Set(book.schedule.records.filter((s) => s.type === 'rapport').map((s) => s.convention));
  for (const id of subsidies) {
    if (withReport.has(id)) continue;
    const last = book.schedule.records
      .filter((s) => s.convention === id && s.type === 'versement' && s.date)
      .map((s) => s.date as IsoDate)
      .sort()
      .pop();
    if (!last) continue;
    const date = suggestedReportDate(last, book.settings.fiscalYearStart);
    push({ key: `cerfa-${id}`, kind: 'cerfa', date, subject: id, sheet: null, row: null, done: false });
  }
}

function conventionItems(book: ParsedWorkbook, push: Push): void {
  const sheet = book.conventions.sheet;
  for (const c of book.conventions.records) {
    if (!c.id) continue;
    if (c.start)
      push({ key: `convention-${c.id}-start`, kind: 'conventionStart', date: c.start, subject: c.id, sheet, row: c.row, done: null });
    if (c.end) push({ key: `convention-${c.id}-end`, kind: 'conventionEnd', date: c.end, subject: c.id, sheet, row: c.row, done: null });
  }
}

function memoryItems(book: ParsedWorkbook, push: Push): void {
  const sheet = book.memory.sheet;
  for (const m of book.memory.records) {
    const title = m.title ?? '';
    const id = stableHash(`${m.date ?? ''}|${title}`);
    if (m.followUpDue) {
      const done = m.followUpDone === true;
      push({ key: `followup-${id}`, kind: 'followUp', date: m.followUpDue, subject: title, detail: m.followUpBy, sheet, row: m.row, done });
    }
    // A meeting of a group or committee (Groupe filled in): on the calendar, past and future alike.
    if (m.group && m.date)
      push({ key: `meeting-${id}`, kind: 'committee', date: m.date, subject: title, detail: m.group, sheet, row: m.row, done: null });
  }
}

function pipelineItems(book: ParsedWorkbook, push: Push): void {
  for (const o of book.opportunities.records) {
    if (!o.id || !o.due) continue;
    const done = o.stage !== null && CLOSED_STAGES.has(o.stage);
    const subject = o.title ?? o.id;
    push({
      key: `opportunity-${o.id}`,
      kind: 'opportunity',
      date: o.due,
      subject,
      detail: o.nextAction,
      sheet: book.opportunities.sheet,
      row: o.row,
      done,
    });
  }
  for (const d of book.dossiers.records) {
    if (!d.id || !d.due) continue;
    const subject = d.title ?? d.id;
    push({
      key: `dossier-${d.id}`,
      kind: 'dossier',
      date: d.due,
      subject,
      sheet: book.dossiers.sheet,
      row: d.row,
      done: d.status === 'publié',
    });
  }
}

/**
 * The accountant's deadlines (docs/domain.md, "Memory and calendar"): the year-end pack two months
 * after each closing, the accounts approved by the AG within six months of it; for the current
 * fiscal year and the two before it (the Journal is not read: the calendar stays cheap).
 */
function accountantItems(book: ParsedWorkbook, input: CalendarInput, push: Push): void {
  const start = book.settings.fiscalYearStart;
  const current = fiscalYearOf(input.today, start);
  for (const y of [current - 2, current - 1, current]) {
    const last = fiscalYearBounds(y, start).last;
    const subject = String(y);
    push({ key: `accountant-${y}`, kind: 'accountantPack', date: monthsAfter(last, 2), subject, sheet: null, row: null, done: null });
    push({ key: `approval-${y}`, kind: 'accountsApproval', date: monthsAfter(last, 6), subject, sheet: null, row: null, done: null });
  }
}

/** The last day of the month `months` after the month of `date` (a closing on 31/12 gives 28/02 and 30/06). */
export function monthsAfter(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return new Date(Date.UTC(y, m - 1 + months + 1, 0)).toISOString().slice(0, 10) as IsoDate;
}

/** Every dated item of the workbook, by date (then kind and key: the same order on every run). */
export function calendarOf(book: ParsedWorkbook, input: CalendarInput): CalendarItem[] {
  const items: CalendarItem[] = [];
  const push: Push = (i) => items.push({ detail: null, amount: null, ...i });
  scheduleItems(book, push);
  conventionItems(book, push);
  memoryItems(book, push);
  pipelineItems(book, push);
  if (input.agDate)
    push({ key: `ag-${input.agDate}`, kind: 'ag', date: input.agDate, subject: input.agDate, sheet: null, row: null, done: null });
  accountantItems(book, input, push);
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}

/** What is late (past and not done) and what comes in the next `days` days, today included. */
export function calendarWindow(
  items: readonly CalendarItem[],
  today: IsoDate,
  days = 90,
): { late: CalendarItem[]; upcoming: CalendarItem[] } {
  const end = addDays(today, days);
  return {
    late: items.filter((i) => i.date < today && i.done === false),
    upcoming: items.filter((i) => i.date >= today && i.date < end && i.done !== true),
  };
}
