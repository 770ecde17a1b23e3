/**
 * The partnership network's part of the rpc contract (shared/usecases/rpc.ts extends it): the
 * « Opportunités » sidebar and the « Groupes et comités » one. JSON-safe, dates as `YYYY-MM-DD`.
 */
import type { ConventionForm } from '../conventions/payload';
import type { Pipeline, PipelineItem } from '../network/pipeline';
import type { MoveResult, OpportunityMove } from './move-opportunity';
import type { GroupsView, Mandate, PersonSummary } from '../network/groups';
import type { EndPayload, GroupPayload, MembershipPayload } from '../network/group-form';
import type { GroupsFormResult } from './groups';

export type { Pipeline, PipelineItem, MoveResult, OpportunityMove, GroupsView, Mandate, PersonSummary, GroupsFormResult };

export interface NetworkRpc {
  /** The funnel per stage and per project, this week's actions, each opportunity's allowed moves. */
  getPipeline: { args: []; result: Pipeline };
  /** One stage on, with a dated note appended to Notes; refused if the stage shown is no longer the row's. */
  moveOpportunity: { args: [move: OpportunityMove]; result: MoveResult };
  /** The convention form pre-filled from a granted opportunity (partner, project, amount, title). */
  getOpportunityConvention: { args: [opportunityId: string]; result: ConventionForm };
  /**
   * Opens the convention form on a granted opportunity: on Google the convention sidebar is shown
   * (`shown`); offline the sidebar goes to `page` itself.
   */
  openOpportunityConvention: { args: [opportunityId: string]; result: { shown: boolean; page: string } };
  /** Groups and committees, the persons (for the search), every mandate. */
  getGroups: { args: []; result: GroupsView };
  /** A new group or committee (Groupes) with its animateur's mandate (Membres). */
  saveGroup: { args: [group: GroupPayload]; result: GroupsFormResult };
  addMembership: { args: [membership: MembershipPayload]; result: GroupsFormResult };
  /** Writes Jusqu'au on the person's running mandate in the group. */
  endMembership: { args: [end: EndPayload]; result: GroupsFormResult };
}

export const NETWORK_RPC_NAMES: Record<keyof NetworkRpc, true> = {
  getPipeline: true,
  moveOpportunity: true,
  getOpportunityConvention: true,
  openOpportunityConvention: true,
  getGroups: true,
  saveGroup: true,
  addMembership: true,
  endMembership: true,
};
