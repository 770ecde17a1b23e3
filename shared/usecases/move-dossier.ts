/**
 * rpc moveDossier: a dossier moves one stage on or back (docs/domain.md, "Dossier pipeline");
 * publishing gives its URL and date. Under the lock: a request id already answered writes nothing
 * again; the row is found again by ID and its Statut must still be the one the user saw (else
 * `dossierStale`); updateRecordById then re-reads the row and writes only the cells that change.
 */
import { isOneStep, isStage, type DossierBoard, type Stage } from '../dossiers/pipeline';
import { refusal } from '../i18n/refusal';
import { readWorkbook } from '../sheets/parsed-workbook';
import { updateRecordById, type FieldValue } from '../sheets/records';
import { TABLES } from '../sheets/schema/tables';
import { parseDate, type IsoDate } from '../values/dates';
import { getDossierBoard } from './get-dossier-board';
import { KEYS, REQUEST_TTL_SECONDS } from './keys';
import type { Ports } from './ports';

export interface DossierMove {
  readonly id: string;
  /** The stage the user saw. */
  readonly from: Stage;
  readonly to: Stage;
  /** When publishing: the page's address and the publication date `YYYY-MM-DD`. */
  readonly url: string | null;
  readonly publishedOn: string | null;
  readonly requestId: string;
}

function text(v: unknown, max: number): string | null {
  return typeof v === 'string' && v.trim() !== '' && v.length <= max ? v.trim() : null;
}

/** The move as sent by the sidebar (or a browser console), checked again here. */
export function parseMove(value: unknown): DossierMove & { publishedOn: IsoDate | null } {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const id = text(v.id, 40);
  const requestId = text(v.requestId, 200);
  if (!id || !requestId || !isStage(v.from) || !isStage(v.to)) throw refusal('dossierMoveArg');
  if (!isOneStep(v.from, v.to)) throw refusal('dossierMoveStep', id, v.from, v.to);
  if (v.to !== 'publié') return { id, from: v.from, to: v.to, url: null, publishedOn: null, requestId };
  const url = text(v.url, 2000);
  if (!url || !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) throw refusal('dossierPublishUrl', id);
  const date = typeof v.publishedOn === 'string' ? parseDate(v.publishedOn, 'UTC') : { ok: false as const };
  if (!date.ok) throw refusal('dossierPublishDate', id);
  return { id, from: v.from, to: v.to, url, publishedOn: date.date, requestId };
}

export function moveDossier(p: Pick<Ports, 'workbook' | 'lock' | 'clock' | 'cache'>, move: unknown): DossierBoard {
  const m = parseMove(move);
  return p.lock.withLock(() => {
    if (p.cache.get(KEYS.dossierMoveRequest(m.requestId)) === null) {
      const book = readWorkbook(p.workbook, 'fr', [TABLES.dossiers]);
      const row = book.dossiers.records.find((d) => d.id === m.id);
      if (!row) throw refusal('idNotFound', m.id, book.dossiers.sheet ?? TABLES.dossiers.sheet);
      if (row.status !== m.from) throw refusal('dossierStale', m.id, m.from, row.status ?? '');
      const changes: Record<string, FieldValue> = { status: m.to };
      if (m.to === 'publié') Object.assign(changes, { url: m.url, publishedOn: { date: m.publishedOn as IsoDate } });
      updateRecordById(p.workbook, TABLES.dossiers, m.id, changes);
      p.cache.put(KEYS.dossierMoveRequest(m.requestId), m.to, REQUEST_TTL_SECONDS);
    }
    return getDossierBoard(p);
  });
}
