/**
 * Accepting proposed year-end entries: under the document lock, the workbook is read again, the
 * proposals computed again, and the entries not yet in « Écritures d'inventaire » appended in one
 * block (each at the closing date, and, for produits à recevoir / constatés d'avance, its reversal
 * on the first day of the next year). Never into the Journal. Idempotent: an ID already in the
 * sheet is not written again, and a repeated request id returns the first answer.
 */
import { catalogue } from '../i18n/catalogue';
import { refusal } from '../i18n/refusal';
import { yearEndProposals } from '../ledger/year-end';
import { acceptedIds, yearEndRows, type YearEndRow } from '../ledger/year-end-accepted';
import { newSheetFor } from '../sheets/install';
import { findSheet, readWorkbook } from '../sheets/parsed-workbook';
import { appendRecords, type FieldValue } from '../sheets/records';
import { yearEnd } from '../sheets/schema/tables';
import { parseYearArg } from './args';
import { fiscalYearBounds } from '../ledger/fiscal-years';
import { KEYS, REQUEST_TTL_SECONDS } from './keys';
import type { Ports } from './ports';
import type { YearEndAccepted } from './rpc';

/** The IDs to accept: a list of short IDs, or 'all'. */
function parseIds(value: unknown): readonly string[] | 'all' {
  if (value === 'all') return 'all';
  if (!Array.isArray(value) || value.length > 500 || !value.every((x) => typeof x === 'string' && /^[\w-]{1,80}$/.test(x)))
    throw refusal('argYearEndIds');
  return value as string[];
}

function requestIdOf(value: unknown): string | null {
  return typeof value === 'string' && /^[\w-]{8,80}$/.test(value) ? value : null;
}

const record = (r: YearEndRow): Record<string, FieldValue> => ({
  year: r.year,
  id: r.id,
  date: { date: r.date },
  journal: 'OD',
  account: r.account,
  label: r.label,
  debit: r.debit === 0 ? null : r.debit,
  credit: r.credit === 0 ? null : r.credit,
  convention: r.convention,
});

function acceptUnderLock(ports: Pick<Ports, 'workbook' | 'clock'>, year: number, ids: readonly string[] | 'all'): YearEndAccepted {
  const wb = ports.workbook;
  const book = readWorkbook(wb);
  // Year-end entries are dated at the closing: a year not yet closed has none to accept.
  const closing = fiscalYearBounds(year, book.settings.fiscalYearStart).last;
  if (closing > ports.clock.today()) throw refusal('yearEndNotClosed', year, closing);
  const proposals = yearEndProposals(book, year).proposals;
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const wanted = ids === 'all' ? proposals.map((p) => p.id) : [...new Set(ids)];
  for (const id of wanted) if (!byId.has(id)) throw refusal('yearEndUnknown', id, year);
  const done = acceptedIds(book);
  const written = wanted.filter((id) => !done.has(id));
  const already = wanted.filter((id) => done.has(id));
  if (written.length > 0) {
    if (!findSheet(yearEnd, wb.sheetNames())) wb.addSheet(newSheetFor(yearEnd));
    // The Libellé stays French: the sheet is the accountant's, like the FEC.
    const m = catalogue('fr').close;
    const rows = written.flatMap((id) => {
      const p = byId.get(id);
      return p ? yearEndRows(p, m.entryLabel(p), m.reversalLabel(p)).map(record) : [];
    });
    appendRecords(wb, yearEnd, rows);
  }
  return { year, written, already, sheet: findSheet(yearEnd, wb.sheetNames()) ?? yearEnd.sheet };
}

/** The rpc and `citego close --accept`: writes the accepted entries of `year` (see the file's comment). */
export function acceptYearEnd(
  ports: Pick<Ports, 'workbook' | 'lock' | 'cache' | 'clock'>,
  rawYear: unknown,
  rawIds: unknown,
  rawRequestId: unknown,
): YearEndAccepted {
  const year = parseYearArg(rawYear);
  const ids = parseIds(rawIds);
  const rid = requestIdOf(rawRequestId);
  return ports.lock.withLock(() => {
    const prior = rid ? ports.cache.get(KEYS.yearEndRequest(rid)) : null;
    if (prior) return JSON.parse(prior) as YearEndAccepted;
    const result = acceptUnderLock(ports, year, ids);
    if (rid) ports.cache.put(KEYS.yearEndRequest(rid), JSON.stringify(result), REQUEST_TTL_SECONDS);
    return result;
  });
}
