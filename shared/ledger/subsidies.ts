import type { Book } from '../sheets/book';
import { bookYear } from './booking';
import { fiscalYearOf } from './fiscal-years';
import type { Cents } from '../values/money';

/** A subsidy or patronage of a year: asked, granted, received, spent, and what remains (candidate fonds dédiés). */
export interface SubsidyStatus {
  readonly convention: string;
  readonly funder: string;
  readonly project: string;
  readonly requested: Cents | null;
  readonly granted: Cents;
  readonly receivedInYear: Cents;
  readonly spentInYear: Cents;
  /** Received in the year and not spent: to carry as fonds dédiés if still earmarked. */
  readonly unspent: Cents;
}

/** What the year's booked lines of each convention received (credits) and spent (debits) on their own accounts. */
function flowsByConvention(book: Book, year: number): Map<string, { received: Cents; spent: Cents }> {
  const flows = new Map<string, { received: Cents; spent: Cents }>();
  for (const line of bookYear(book, year).lines) {
    if (line.treasury || !line.convention) continue;
    const f = flows.get(line.convention) ?? { received: 0, spent: 0 };
    f.received += line.credit;
    f.spent += line.debit;
    flows.set(line.convention, f);
  }
  return flows;
}

/** Subsidies and patronage received (conventions en recette), from the year's booked lines: a line left out of booking is counted nowhere. */
export function subsidiesOfYear(book: Book, year: number): SubsidyStatus[] {
  const start = book.settings.fiscalYearStart;
  const flows = flowsByConvention(book, year);
  const partners = new Map(book.partners.records.map((p) => [p.id, p.name]));
  const funding = new Map(book.fundings.records.filter((f) => f.convention).map((f) => [f.convention as string, f]));
  const out: SubsidyStatus[] = [];
  for (const c of book.conventions.records) {
    if (!c.id || (c.type !== 'subvention' && c.type !== 'mécénat') || c.direction === 'dépense') continue;
    const f = flows.get(c.id);
    const active = c.start !== null && c.end !== null && fiscalYearOf(c.start, start) <= year && fiscalYearOf(c.end, start) >= year;
    if (!f && !active) continue;
    const fund = funding.get(c.id);
    const received = f?.received ?? 0;
    const spent = f?.spent ?? 0;
    out.push({
      convention: c.id,
      funder: (c.partner && partners.get(c.partner)) || fund?.funder || c.partner || '',
      project: c.project ?? '',
      requested: fund?.requested ?? null,
      granted: fund?.granted ?? c.amount ?? 0,
      receivedInYear: received,
      spentInYear: spent,
      unspent: Math.max(0, received - spent),
    });
  }
  return out;
}
