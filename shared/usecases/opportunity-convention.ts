/**
 * rpc getOpportunityConvention and openOpportunityConvention: the convention form opened on a
 * granted opportunity, pre-filled (partner, project, amount, title); saving it links the two
 * (shared/network/opportunity-link.ts).
 */
import { conventionForm } from '../conventions/save';
import type { ConventionForm } from '../conventions/payload';
import { convertibleOpportunity, conventionTypeOf } from '../network/opportunity-link';
import type { Workbook, WorkbookReader } from '../sheets/ports';
import { decimalComma } from '../values/money';
import { parseRecordId } from './args';

export function getOpportunityConvention(p: { readonly workbook: Workbook }, opportunityId: unknown): ConventionForm {
  const o = convertibleOpportunity(p.workbook, parseRecordId(opportunityId));
  const form = conventionForm(p.workbook, null);
  const known = (code: string | null) => (code && form.projects.some((x) => x.code === code) ? code : '');
  return {
    ...form,
    prefill: {
      opportunityId: o.id as string,
      title: o.title ?? '',
      partnerId: o.partner && form.partners.some((x) => x.id === o.partner) ? o.partner : null,
      project: known(o.project),
      amount: o.amount === null ? '' : decimalComma(o.amount),
      type: conventionTypeOf(o.type),
    },
  };
}

/** The checked opportunity's ID, and the preview's page of the form opened on it. */
export function opportunityConventionPage(p: { readonly workbook: WorkbookReader }, opportunityId: unknown): { id: string; page: string } {
  const id = parseRecordId(opportunityId);
  convertibleOpportunity(p.workbook, id);
  return { id, page: `convention.html?opportunity=${encodeURIComponent(id)}` };
}
