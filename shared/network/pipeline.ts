/**
 * The opportunities pipeline (docs/domain.md, "Opportunities pipeline"): the funnel (count and
 * amount per stage, per project), what needs an action this week, and which stage an opportunity
 * may move to. Pure: computed from the parsed Opportunités and Partenaires.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { OPPORTUNITY_STAGES } from '../sheets/schema/network-tables';
import { dayNumber } from '../values/dates';
import type { IsoDate } from '../values/dates';

export type Stage = (typeof OPPORTUNITY_STAGES)[number]['label'];

/** Every stage, in the funnel's order. */
export const STAGES: readonly Stage[] = OPPORTUNITY_STAGES.map((s) => s.label);

/** The stages still being worked on; the others close an opportunity. */
export const OPEN_STAGES: readonly Stage[] = ['repérée', 'contact', 'dossier en cours', 'déposée'];

/** How far ahead « cette semaine » looks: a due date passed or within 7 days. */
export const ACTION_WINDOW_DAYS = 7;

/**
 * Where an opportunity may go from `stage`, one stage at a time: the next open stage; a filed one
 * (déposée) is granted or refused; any open one may be dropped (abandonnée). Closed stages stay.
 */
export function nextStages(stage: string | null): readonly Stage[] {
  if (stage === null) return [];
  const at = OPEN_STAGES.indexOf(stage as Stage);
  if (at < 0) return [];
  if (stage === 'déposée') return ['accordée', 'refusée', 'abandonnée'];
  return [OPEN_STAGES[at + 1], 'abandonnée'];
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export interface FunnelCell {
  readonly stage: Stage;
  readonly count: number;
  /** Montant visé added up, in cents (an opportunity without an amount counts, for 0). */
  readonly amount: number;
}

export interface PipelineItem {
  readonly id: string;
  readonly title: string;
  readonly partner: string | null;
  readonly partnerName: string;
  readonly project: string | null;
  readonly amount: number | null;
  readonly stage: Stage;
  readonly nextAction: string;
  readonly due: IsoDate | null;
  readonly convention: string | null;
  readonly row: number;
  /** Stages it may move to now. */
  readonly moves: readonly Stage[];
  /** Granted and not yet a convention: it can become one. */
  readonly convertible: boolean;
}

export interface ActionItem {
  readonly id: string;
  readonly title: string;
  readonly nextAction: string;
  readonly due: IsoDate;
  /** Negative when the date has passed. */
  readonly daysLeft: number;
}

export interface Pipeline {
  readonly today: IsoDate;
  readonly funnel: readonly FunnelCell[];
  /** One funnel per project ('' for the opportunities of no project), projects in code order. */
  readonly byProject: readonly { readonly project: string; readonly funnel: readonly FunnelCell[] }[];
  readonly items: readonly PipelineItem[];
  /** Open opportunities whose Échéance has passed or falls within ACTION_WINDOW_DAYS, soonest first. */
  readonly thisWeek: readonly ActionItem[];
  /** Rows left out of the funnel (no ID, no stage, a stage not in the list): their sheet rows. */
  readonly leftOut: readonly number[];
}

function funnelOf(items: readonly PipelineItem[]): FunnelCell[] {
  return STAGES.map((stage) => {
    const at = items.filter((i) => i.stage === stage);
    return { stage, count: at.length, amount: at.reduce((s, i) => s + (i.amount ?? 0), 0) };
  });
}

function itemsOf(book: ParsedWorkbook): { items: PipelineItem[]; leftOut: number[] } {
  const names = new Map(book.partners.records.map((p) => [p.id, p.name ?? '']));
  const items: PipelineItem[] = [];
  const leftOut: number[] = [];
  for (const o of book.opportunities.records) {
    if (!o.id || !isStage(o.stage)) {
      leftOut.push(o.row);
      continue;
    }
    items.push({
      id: o.id,
      title: o.title ?? '',
      partner: o.partner,
      partnerName: (o.partner && names.get(o.partner)) || '',
      project: o.project,
      amount: o.amount,
      stage: o.stage,
      nextAction: o.nextAction ?? '',
      due: o.due,
      convention: o.convention,
      row: o.row,
      moves: nextStages(o.stage),
      convertible: o.stage === 'accordée' && !o.convention,
    });
  }
  return { items, leftOut };
}

/** The whole pipeline as of `today`. */
export function pipeline(book: ParsedWorkbook, today: IsoDate): Pipeline {
  const { items, leftOut } = itemsOf(book);
  const projects = [...new Set(items.map((i) => i.project ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const now = dayNumber(today);
  const thisWeek = items
    .filter((i) => OPEN_STAGES.includes(i.stage) && i.due !== null && dayNumber(i.due) - now <= ACTION_WINDOW_DAYS)
    .map((i) => ({
      id: i.id,
      title: i.title,
      nextAction: i.nextAction,
      due: i.due as IsoDate,
      daysLeft: dayNumber(i.due as IsoDate) - now,
    }))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
  return {
    today,
    funnel: funnelOf(items),
    byProject: projects.map((project) => ({ project, funnel: funnelOf(items.filter((i) => (i.project ?? '') === project)) })),
    items,
    thisWeek,
    leftOut,
  };
}

/** The line a move appends to Notes: « 2026-11-29 : contact → dossier en cours — note ». */
export function historyLine(today: IsoDate, from: Stage, to: Stage, note: string): string {
  return `${today} : ${from} → ${to}${note ? ` — ${note}` : ''}`;
}

/** Notes with the move's line appended on a new line (the history stays in the cell, oldest first). */
export function appendHistory(notes: string | null, line: string): string {
  return notes ? `${notes}\n${line}` : line;
}
