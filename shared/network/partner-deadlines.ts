/**
 * A partner's next deadlines (docs/domain.md, "Partner card"): its conventions' instalments and
 * reports not done (Échéances), its open opportunities' Échéance, the Échéance of the dossiers its
 * people review and that are not published. Those passed and not done come first, marked late.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import type { CardDossier, CardOpportunity, Place } from './partner-card';

export interface Deadline {
  readonly date: IsoDate;
  readonly kind: 'versement' | 'rapport' | 'opportunité' | 'dossier';
  /** The convention, opportunity or dossier it belongs to. */
  readonly ref: string;
  readonly label: string;
  readonly amount: Cents | null;
  readonly late: boolean;
  readonly place: Place;
}

/** At most this many deadlines on a card: the late ones, then the nearest. */
export const MAX_DEADLINES = 12;

export function partnerDeadlines(
  book: ParsedWorkbook,
  of: { conventions: ReadonlySet<string>; opportunities: readonly CardOpportunity[]; dossiers: readonly CardDossier[] },
  today: IsoDate,
): Deadline[] {
  const sheet = book.schedule.sheet ?? book.schedule.def.sheet;
  const out: Deadline[] = [];
  for (const s of book.schedule.records) {
    if (!s.date || !s.convention || s.done || !of.conventions.has(s.convention)) continue;
    const kind = s.type === 'rapport' ? 'rapport' : 'versement';
    out.push({
      date: s.date,
      kind,
      ref: s.convention,
      label: s.convention,
      amount: s.amount,
      late: s.date < today,
      place: { sheet, row: s.row },
    });
  }
  for (const o of of.opportunities) {
    if (o.due)
      out.push({ date: o.due, kind: 'opportunité', ref: o.id, label: o.title, amount: o.amount, late: o.due < today, place: o.place });
  }
  const dossiers = new Map(book.dossiers.records.map((d) => [d.id, d]));
  for (const c of of.dossiers) {
    const d = dossiers.get(c.id);
    if (d?.due && d.status !== 'publié')
      out.push({ date: d.due, kind: 'dossier', ref: c.id, label: c.title, amount: null, late: d.due < today, place: c.place });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date)).slice(0, MAX_DEADLINES);
}
