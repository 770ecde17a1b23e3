/**
 * The annual report's network part (docs/domain.md, "Pictures of the network and the atlas"): the
 * year's new partners by type and country, each group and committee with its members and meetings
 * of the year, the opportunities won and lost. A pure value, said by sections/network.ts.
 */
import type { ParsedWorkbook } from '../../sheets/parsed-workbook';
import type { Cents } from '../../values/money';
import type { IsoDate } from '../../values/dates';
import { during, refList, type Period } from '../../graph/network';
import type { ActivityFigures, AnnualFigures } from './figures';

export interface NewPartnersRow {
  readonly type: string;
  /** '' when the partner's country is not given. */
  readonly country: string;
  readonly names: readonly string[];
}

export interface GroupRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  /** Distinct persons whose mandate ran during the year. */
  readonly members: number;
  /** Mémoire entries of the year whose Groupe names the group. */
  readonly meetings: number;
}

export interface OpportunityRow {
  readonly id: string;
  readonly title: string;
  readonly partner: string;
  readonly project: string;
  readonly amount: Cents | null;
  readonly won: boolean;
}

export interface NetworkFigures {
  readonly newPartners: readonly NewPartnersRow[];
  readonly groups: readonly GroupRow[];
  readonly opportunities: readonly OpportunityRow[];
}

const inPeriod = (d: IsoDate | null, p: Period): boolean => d !== null && d >= p.first && d <= p.last;

/** The year's new partners (as the activity part counts them, figures.ts) by type and country. */
function newPartnersByTypeAndCountry(partners: ActivityFigures['newPartners']): NewPartnersRow[] {
  const rows = new Map<string, { type: string; country: string; names: string[] }>();
  for (const partner of partners) {
    const [type, country] = [partner.type ?? 'autre', partner.country?.trim() ?? ''];
    const row = rows.get(`${type}\u0000${country}`) ?? { type, country, names: [] };
    row.names.push(partner.name);
    rows.set(`${type}\u0000${country}`, row);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'fr');
  return [...rows.values()].sort((a, b) => b.names.length - a.names.length || byName(a.type, b.type) || byName(a.country, b.country));
}

function groups(book: ParsedWorkbook, p: Period): GroupRow[] {
  return book.groups.records
    .filter((g) => g.id)
    .map((g) => {
      const persons = new Set(
        book.memberships.records.filter((m) => m.group === g.id && m.person && during(p, m.since, m.until)).map((m) => m.person),
      );
      const meetings = book.memory.records.filter((e) => inPeriod(e.date, p) && refList(e.group).includes(g.id!)).length;
      return { id: g.id!, name: g.name ?? g.id!, type: g.type ?? '', members: persons.size, meetings };
    });
}

/** Opportunities decided in the year: Étape accordée (won) or refusée (lost), Échéance within the year. */
function opportunities(book: ParsedWorkbook, p: Period): OpportunityRow[] {
  const partnerName = new Map(book.partners.records.map((r) => [r.id, r.name ?? r.id]));
  return book.opportunities.records
    .filter((o) => (o.stage === 'accordée' || o.stage === 'refusée') && inPeriod(o.due, p))
    .map((o) => ({
      id: o.id ?? '',
      title: o.title ?? '',
      partner: (o.partner && partnerName.get(o.partner)) || (o.partner ?? ''),
      project: o.project ?? '',
      amount: o.amount,
      won: o.stage === 'accordée',
    }));
}

export function networkFigures(book: ParsedWorkbook, f: AnnualFigures): NetworkFigures {
  return {
    newPartners: newPartnersByTypeAndCountry(f.activity.newPartners),
    groups: groups(book, f),
    opportunities: opportunities(book, f),
  };
}
