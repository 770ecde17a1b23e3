/**
 * rpc markReportDone: once the compte rendu financier (CERFA 15059) is sent, the convention's report
 * row of Échéances gets Fait = oui (docs/domain.md, "Compte rendu financier (CERFA 15059)"). Under
 * the document lock, with a request id (a double click writes once), the row found again by its
 * convention, type and date just before writing; a row someone else already marked is left as it is.
 */
import { refusal } from '../i18n/refusal';
import { readWorkbook } from '../sheets/parsed-workbook';
import { ensureColumn, locateTable } from '../sheets/records';
import { schedule } from '../sheets/schema/tables';
import { parseDate } from '../values/dates';
import { normalizeLabel } from '../values/text';
import { parseConventionId } from './args';
import { KEYS, REQUEST_TTL_SECONDS } from './keys';
import type { Ports } from './ports';
import type { ReportDone } from './rpc';

const MAX_ID = 400;

function args(convention: unknown, date: unknown, requestId: unknown): { id: string; date: string | null; rid: string } {
  const id = typeof convention === 'string' ? parseConventionId(convention.trim()) : null;
  if (id === null) throw refusal('cerfaUnknownConvention', String(convention).slice(0, 40));
  const day = date === null ? null : typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  if (day === undefined) throw refusal('reportRowNotFound', id);
  if (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > MAX_ID) throw refusal('bankProposalArg');
  return { id, date: day, rid: requestId };
}

/** The report row to mark: the one of `date`, else the earliest not done; null when there is none. */
function target(wb: Ports['workbook'], id: string, date: string | null) {
  const rows = readWorkbook(wb, 'fr', [schedule]).schedule.records.filter(
    (s) => s.convention === id && s.type === 'rapport' && s.date !== null && (date === null ? s.done !== true : s.date === date),
  );
  return rows.sort((a, b) => (a.date! < b.date! ? -1 : 1))[0] ?? null;
}

/** Writes Fait = oui on the row, after reading it again: the same convention and date must still be there. */
function markRow(wb: Ports['workbook'], row: number, id: string, date: string): void {
  ensureColumn(wb, schedule, 'done');
  const { sheet, header } = locateTable(wb, schedule);
  const width = Math.max(header.width, ...Object.values(header.index).map((i) => i + 1));
  const now = wb.readRow(sheet, row, width);
  const cell = now[header.index.date];
  const day = parseDate(cell, wb.timeZone);
  const same = normalizeLabel(String(now[header.index.convention] ?? '')) === normalizeLabel(id) && day.ok && day.date === date;
  if (!same) throw refusal('rowChanged', row, sheet, id);
  wb.writeBlock(sheet, row, header.index.done + 1, [['oui']]);
}

export function markReportDone(
  p: Pick<Ports, 'workbook' | 'lock' | 'cache'>,
  convention: unknown,
  date: unknown,
  requestId: unknown,
): ReportDone {
  const a = args(convention, date, requestId);
  return p.lock.withLock(() => {
    const known = p.cache.get(KEYS.reportDoneRequest(a.rid));
    if (known !== null) return { ...(JSON.parse(known) as ReportDone), already: true };
    const row = target(p.workbook, a.id, a.date);
    if (!row || !row.date) throw refusal('reportRowNotFound', a.id);
    const answer: ReportDone = { convention: a.id, date: row.date, row: row.row, already: row.done === true };
    if (!answer.already) markRow(p.workbook, row.row, a.id, row.date);
    p.cache.put(KEYS.reportDoneRequest(a.rid), JSON.stringify(answer), REQUEST_TTL_SECONDS);
    return answer;
  });
}
