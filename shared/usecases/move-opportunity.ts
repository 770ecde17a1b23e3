/**
 * rpc moveOpportunity: an opportunity moved on one stage with a dated note (docs/domain.md,
 * "Opportunities pipeline"). Under the document lock, the row is found again by ID and its stage
 * must still be the one the sidebar showed: of two people moving it at once, the first wins and the
 * second is told. The move's line is appended to Notes (the history); a request id makes a retry a no-op.
 */
import { refusal } from '../i18n/refusal';
import { appendHistory, historyLine, isStage, nextStages, type Pipeline, type Stage } from '../network/pipeline';
import { readWorkbook } from '../sheets/parsed-workbook';
import { ensureColumn, updateRecordById } from '../sheets/records';
import { opportunities } from '../sheets/schema/network-tables';
import { isPlainObject, parseRecordId, parseRequestId, parseShortText } from './args';
import { KEYS, REQUEST_TTL_SECONDS } from './keys';
import type { Ports } from './ports';
import { pipelineNow } from './get-pipeline';

/** What the sidebar sends: the stage it showed (`from`), the one chosen, and the note. */
export interface OpportunityMove {
  readonly requestId: string;
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly note: string;
}

export interface MoveResult {
  readonly pipeline: Pipeline;
  /** The line appended to Notes (or appended by the first answer to this request). */
  readonly line: string;
  /** True when this request had been answered before: nothing was written again. */
  readonly already: boolean;
}

/** The longest note a move takes (one line of Notes). */
export const MOVE_NOTE_MAX = 500;

interface ValidMove {
  readonly requestId: string;
  readonly id: string;
  readonly from: Stage;
  readonly to: Stage;
  readonly note: string;
}

function parseMove(raw: unknown): ValidMove {
  if (!isPlainObject(raw)) throw refusal('argOpportunityMove');
  const { from, to } = raw;
  if (!isStage(from) || !isStage(to)) throw refusal('opportunityStageUnknown');
  const note = parseShortText(raw.note, MOVE_NOTE_MAX, 'opportunityNoteTooLong');
  return { requestId: parseRequestId(raw.requestId), id: parseRecordId(raw.id), from, to, note: note.replace(/\s*\n\s*/g, ' ') };
}

/** Under the lock: the row's stage is checked against the one shown, then Étape and Notes are written. */
function moveNow(p: Pick<Ports, 'workbook' | 'clock'>, m: ValidMove): string {
  const book = readWorkbook(p.workbook, 'fr', [opportunities]);
  const found = book.opportunities.records.filter((o) => o.id === m.id);
  if (found.length === 0) throw refusal('idNotFound', m.id, book.opportunities.sheet ?? opportunities.sheet);
  const now = found[0].stage;
  if (now !== m.from) throw refusal('opportunityMovedMeanwhile', m.id, m.from, now ?? '');
  if (!nextStages(m.from).includes(m.to)) throw refusal('opportunityStageNotNext', m.id, m.from, m.to);
  const line = historyLine(p.clock.today(), m.from, m.to, m.note);
  ensureColumn(p.workbook, opportunities, 'notes');
  // updateRecordById reads the row again just before writing: a row changed since is refused, not overwritten.
  updateRecordById(p.workbook, opportunities, m.id, { stage: m.to, notes: appendHistory(found[0].notes, line) });
  return line;
}

export function moveOpportunity(p: Pick<Ports, 'workbook' | 'lock' | 'clock' | 'cache'>, move: unknown): MoveResult {
  const m = parseMove(move);
  return p.lock.withLock(() => {
    const key = KEYS.opportunityMoveRequest(m.requestId);
    const prior = p.cache.get(key);
    const line = prior ?? moveNow(p, m);
    if (prior === null) p.cache.put(key, line, REQUEST_TTL_SECONDS);
    return { pipeline: pipelineNow(p.workbook, p.clock.today()), line, already: prior !== null };
  });
}
