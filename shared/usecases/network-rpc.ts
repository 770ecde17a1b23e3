/**
 * The partnership network's part of the rpc contract (shared/usecases/rpc.ts extends it): the
 * « Opportunités » sidebar and the « Groupes et comités » one. JSON-safe, dates as `YYYY-MM-DD`.
 */
import type { ConventionForm } from '../conventions/payload';
import type { Pipeline, PipelineItem } from '../network/pipeline';
import type { MoveResult, OpportunityMove } from './move-opportunity';

export type { Pipeline, PipelineItem, MoveResult, OpportunityMove };

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
}

export const NETWORK_RPC_NAMES: Record<keyof NetworkRpc, true> = {
  getPipeline: true,
  moveOpportunity: true,
  getOpportunityConvention: true,
  openOpportunityConvention: true,
};
