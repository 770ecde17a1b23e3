/**
 * A granted opportunity turned into a convention (docs/domain.md, "Opportunities pipeline"): the
 * convention form opens pre-filled from it, and saving the new convention writes its ID into the
 * opportunity's Convention column. Checked before the convention's first write, written after it.
 */
import { refusal } from '../i18n/refusal';
import { readWorkbook } from '../sheets/parsed-workbook';
import type { Workbook, WorkbookReader } from '../sheets/ports';
import { ensureColumn, updateRecordById } from '../sheets/records';
import { opportunities } from '../sheets/schema/network-tables';
import { parseRecordId } from '../usecases/args';

type Opportunity = ReturnType<typeof readWorkbook>['opportunities']['records'][number];

/** The convention type an opportunity's type becomes (an appel à projets won is a subsidy). */
const CONVENTION_TYPE: Readonly<Record<string, string>> = {
  partenariat: 'partenariat',
  subvention: 'subvention',
  mécénat: 'mécénat',
  'appel à projets': 'subvention',
};

export function conventionTypeOf(opportunityType: string | null): string {
  return (opportunityType && CONVENTION_TYPE[opportunityType]) || 'subvention';
}

/** The opportunity `id`, refused unless it is granted (accordée) and not yet linked to a convention. */
export function convertibleOpportunity(wb: WorkbookReader, id: string): Opportunity {
  const book = readWorkbook(wb, 'fr', [opportunities]);
  const o = book.opportunities.records.find((x) => x.id === id);
  if (!o) throw refusal('idNotFound', id, book.opportunities.sheet ?? opportunities.sheet);
  if (o.stage !== 'accordée') throw refusal('opportunityNotConvertible', id, o.stage ?? '');
  if (o.convention) throw refusal('opportunityAlreadyConverted', id, o.convention);
  return o;
}

/**
 * For a convention form sent with `opportunityId`: checks now (reads only) and returns the write
 * to make once the convention has its ID; null when the form came from no opportunity.
 */
export function planOpportunityLink(wb: Workbook, raw: unknown): ((conventionId: string) => void) | null {
  const given = typeof raw === 'object' && raw !== null ? (raw as { opportunityId?: unknown }).opportunityId : undefined;
  if (given === undefined || given === null || given === '') return null;
  const id = parseRecordId(given);
  convertibleOpportunity(wb, id);
  return (conventionId) => {
    ensureColumn(wb, opportunities, 'convention');
    // Found again by ID and re-read just before writing (rows move).
    updateRecordById(wb, opportunities, id, { convention: conventionId });
  };
}
