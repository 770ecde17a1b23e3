import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { isChargeAccount, isIncomeAccount } from './accounts';
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

export type Flows = { received: Cents; spent: Cents };

/**
 * What the year's booked lines of each convention received and spent (docs/domain.md, "Subsidies
 * and fonds dédiés"): received = its produits (class 7, credits − debits, so a repayment to the
 * funder reduces it), spent = its charges (class 6, debits − credits, so a refund reduces it).
 */
export function flowsByConvention(book: ParsedWorkbook, year: number): Map<string, Flows> {
  const flows = new Map<string, Flows>();
  for (const line of bookYear(book, year).lines) {
    if (line.treasury || !line.convention) continue;
    const income = isIncomeAccount(line.account);
    if (!income && !isChargeAccount(line.account)) continue;
    const f = flows.get(line.convention) ?? { received: 0, spent: 0 };
    if (income) f.received += line.credit - line.debit;
    else f.spent += line.debit - line.credit;
    flows.set(line.convention, f);
  }
  return flows;
}

export type Funding = { readonly funder: string | null; readonly requested: Cents | null; readonly granted: Cents | null };

/** The Financements rows of each convention, summed: a second row for the same convention is a top-up, not a replacement. */
export function fundingByConvention(book: ParsedWorkbook): Map<string, Funding> {
  const out = new Map<string, Funding>();
  const add = (a: Cents | null, b: Cents | null) => (a === null ? b : b === null ? a : a + b);
  for (const f of book.fundings.records) {
    if (!f.convention) continue;
    const seen = out.get(f.convention);
    out.set(
      f.convention,
      seen
        ? { funder: seen.funder ?? f.funder, requested: add(seen.requested, f.requested), granted: add(seen.granted, f.granted) }
        : { funder: f.funder, requested: f.requested, granted: f.granted },
    );
  }
  return out;
}

/**
 * Subsidies and patronage received (conventions en recette), from the year's booked lines: a line
 * left out of booking is counted nowhere. One row per convention ID, the first row of that ID
 * (a second one is reported as `id.duplicate`).
 */
export function subsidiesOfYear(book: ParsedWorkbook, year: number): SubsidyStatus[] {
  const start = book.settings.fiscalYearStart;
  const flows = flowsByConvention(book, year);
  const partners = new Map(book.partners.records.map((p) => [p.id, p.name]));
  const funding = fundingByConvention(book);
  const seen = new Set<string>();
  const out: SubsidyStatus[] = [];
  for (const c of book.conventions.records) {
    if (!c.id || seen.has(c.id)) continue;
    seen.add(c.id);
    if ((c.type !== 'subvention' && c.type !== 'mécénat') || c.direction === 'dépense') continue;
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
