/**
 * The sidebar <-> server contract. Every argument and result is JSON-safe: no Date, no
 * undefined, no function (google.script.run refuses them); dates travel as `YYYY-MM-DD`.
 */
import type { Finding } from './findings';
import type { Lang } from './i18n/messages';
import type { Overview } from './overview';
import type { Severity } from './findings';

/** The check as the sidebar receives it. */
export interface CheckReport {
  readonly associationName: string;
  readonly counts: Record<Severity, number>;
  readonly findings: readonly Finding[];
}

/** A cell to select: the sheet name, the 1-based row and column. */
export interface CellTarget {
  readonly sheet: string;
  readonly row: number;
  readonly column: number | null;
}

export type JsonFinding = Finding;

export interface RpcContract {
  /** Reads every table of the bound spreadsheet and says what was found. */
  getOverview: { args: [lang: Lang]; result: Overview };
  /** Runs every consistency rule on the bound spreadsheet. */
  runCheck: { args: [lang: Lang]; result: CheckReport };
  /** Activates the sheet and selects the cell of a finding. */
  selectCell: { args: [target: CellTarget]; result: { selected: string } };
}

export type RpcName = keyof RpcContract;

export const RPC_NAMES: readonly RpcName[] = ['getOverview', 'runCheck', 'selectCell'];
