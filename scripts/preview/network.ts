/** The partnership network's rpc offline (scripts/preview/dispatch.ts spreads it into PREVIEW_RPC): the same use cases. */
import type { NetworkRpc } from '../../shared/usecases/network-rpc';
import type { Ports } from '../../shared/usecases/ports';
import type { RpcTable } from '../../shared/usecases/rpc';
import { getPipeline } from '../../shared/usecases/get-pipeline';
import { moveOpportunity } from '../../shared/usecases/move-opportunity';
import { getOpportunityConvention, opportunityConventionPage } from '../../shared/usecases/opportunity-convention';
import { addMembership, endMembership, getGroups, saveGroup } from '../../shared/usecases/groups';

export const NETWORK_PREVIEW_RPC: Pick<RpcTable<[Ports]>, keyof NetworkRpc> = {
  getPipeline: (p) => getPipeline(p),
  moveOpportunity: (p, move) => moveOpportunity(p, move),
  getOpportunityConvention: (p, id) => getOpportunityConvention(p, id),
  // No sidebar to open in a browser tab: the page goes to the form itself.
  openOpportunityConvention: (p, id) => ({ shown: false, page: opportunityConventionPage(p, id).page }),
  getGroups: (p) => getGroups(p),
  saveGroup: (p, group) => saveGroup(p, group),
  addMembership: (p, membership) => addMembership(p, membership),
  endMembership: (p, end) => endMembership(p, end),
};

/** Which of them write into the workbook (a read-only file is refused before they run). */
export const NETWORK_WRITES: Readonly<Record<keyof NetworkRpc, boolean>> = {
  getPipeline: false,
  moveOpportunity: true,
  getOpportunityConvention: false,
  openOpportunityConvention: false,
  getGroups: false,
  saveGroup: true,
  addMembership: true,
  endMembership: true,
};
