/**
 * The sidebar <-> server contract. Every argument and result is JSON-safe: no Date, no
 * undefined, no function (google.script.run refuses them); dates travel as `YYYY-MM-DD`.
 */
import type { Finding } from './findings';
import type { Lang } from './i18n/messages';
import type { Overview } from './overview';

export type JsonFinding = Finding;

export interface RpcContract {
  /** Reads every table of the bound spreadsheet and says what was found. */
  getOverview: { args: [lang: Lang]; result: Overview };
}

export type RpcName = keyof RpcContract;

export const RPC_NAMES: readonly RpcName[] = ['getOverview'];
