/**
 * The partnership network's rpc on Google (apps-script/index.ts spreads it into RPC): the
 * « Opportunités » and « Groupes et comités » sidebars' calls, each the shared use case.
 */
import type { NetworkRpc } from '../shared/usecases/network-rpc';
import type { RpcTable } from '../shared/usecases/rpc';
import { getPipeline } from '../shared/usecases/get-pipeline';
import { moveOpportunity } from '../shared/usecases/move-opportunity';
import { getOpportunityConvention, opportunityConventionPage } from '../shared/usecases/opportunity-convention';
import { addMembership, endMembership, getGroups, saveGroup } from '../shared/usecases/groups';
import { googlePorts as ports } from './google-ports';
import { showSidebar } from './sidebars';
import { userFacing } from './user-facing';

export const NETWORK_RPC: Pick<RpcTable, keyof NetworkRpc> = {
  getPipeline: () => userFacing(() => getPipeline(ports())),
  moveOpportunity: (move) => userFacing(() => moveOpportunity(ports(), move)),
  getOpportunityConvention: (id) => userFacing(() => getOpportunityConvention(ports(), id)),
  // The convention sidebar replaces this one, opened on the opportunity.
  openOpportunityConvention: (id) =>
    userFacing(() => {
      const checked = opportunityConventionPage(ports(), id);
      showSidebar('convention', checked.id);
      return { shown: true, page: checked.page };
    }),
  getGroups: () => userFacing(() => getGroups(ports())),
  saveGroup: (group) => userFacing(() => saveGroup(ports(), group)),
  addMembership: (membership) => userFacing(() => addMembership(ports(), membership)),
  endMembership: (end) => userFacing(() => endMembership(ports(), end)),
};
