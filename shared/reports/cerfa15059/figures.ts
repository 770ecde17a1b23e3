/**
 * The figures of a compte rendu financier de subvention (CERFA n° 15059) for one convention and
 * one fiscal year, as a pure value (docs/domain.md, "Compte rendu financier (CERFA 15059)"):
 * the action's charges and produits by nature, prévu (the Budget sheet's lines of the convention's
 * project for the year) against réalisé (the year's booked lines of the convention or of its
 * project, `bookYear`), the contributions volontaires en nature and the part charged to the
 * convention itself. Nothing here is laid out; build.ts says it as a ReportDoc.
 */
import { refusal } from '../../i18n/refusal';
import { isChargeAccount, isCvnSource, isCvnUse, isIncomeAccount } from '../../ledger/accounts';
import { bookYear, type BookedLine } from '../../ledger/booking';
import { budgetLines } from '../../ledger/budget';
import { fiscalYearBounds, fiscalYearLabel, fiscalYearOf, lastClosedYear } from '../../ledger/fiscal-years';
import { subsidiesOfYear } from '../../ledger/subsidies';
import { grantShareOfYear } from '../../ledger/year-end';
import { volunteerValuation } from '../../ledger/volunteering';
import type { ParsedWorkbook } from '../../sheets/parsed-workbook';
import type { IsoDate } from '../../values/dates';
import type { Cents } from '../../values/money';
import { normalizeLabel } from '../../values/text';

/** A gap above this share of the prévu asks the association for an explanation (docs/domain.md, "Compte rendu financier (CERFA 15059)"). */
export const GAP_THRESHOLD_PERCENT = 15;

/** The rows of the CERFA's grid: charges by nature (60-68), produits by origin (70-78), this subsidy on its own row. */
export const CHARGE_NATURES = ['60', '61', '62', '63', '64', '65', '66', '67', '68'] as const;
export const INCOME_NATURES = ['70', '73', '74', 'subsidy', '75', '76', '77', '78', '79'] as const;
export type ChargeNature = (typeof CHARGE_NATURES)[number];
export type IncomeNature = (typeof INCOME_NATURES)[number];
export type CvnNature = '86' | '87';
export type Nature = ChargeNature | IncomeNature | CvnNature;

/** One row of the grid: prévu, réalisé, the gap in € and in % of the prévu (null when nothing was planned). */
export interface CerfaRow {
  readonly nature: Nature;
  readonly planned: Cents;
  readonly actual: Cents;
  readonly gap: Cents;
  readonly gapPercent: number | null;
  /** The gap is over GAP_THRESHOLD_PERCENT of the prévu (or something was done that was not planned). */
  readonly needsExplanation: boolean;
}

export interface CerfaFigures {
  readonly convention: { readonly id: string; readonly title: string; readonly start: IsoDate | null; readonly end: IsoDate | null };
  readonly association: {
    readonly name: string;
    readonly siren: string | null;
    readonly siret: string | null;
    readonly rna: string | null;
  };
  readonly funder: string;
  readonly project: string;
  readonly year: number;
  /** `2025`, or `2025-2026` when the fiscal year does not start on 1 January. */
  readonly yearLabel: string;
  readonly yearBounds: { readonly first: IsoDate; readonly last: IsoDate };
  /** Financements (summed), else the convention's amount: the subsidy table's « accordé ». */
  readonly granted: Cents;
  /** The convention's produits of the year (class 7, credits − debits): the subsidy table's « reçu ». */
  readonly received: Cents;
  /** The convention's charges of the year (class 6, debits − credits): the subsidy table's « dépensé ». */
  readonly spent: Cents;
  /** The Échéances « rapport » date of the convention after the year's start, if any. */
  readonly reportDue: IsoDate | null;
  /** Paramètres › Taux horaire du bénévolat, at which the 86/87 rows are valued. */
  readonly hourlyRate: Cents;
  readonly charges: readonly CerfaRow[];
  readonly income: readonly CerfaRow[];
  readonly cvn: readonly CerfaRow[];
  readonly totals: { readonly charges: CerfaRow; readonly income: CerfaRow };
  /** « La subvention représente … % du total des produits de l'action »: the subsidy row's réalisé over the produits' (null when none). */
  readonly subsidySharePercent: number | null;
}

/** The CERFA's « La subvention représente … % du total des produits », réalisé over réalisé, to one decimal. */
function subsidyShare(income: readonly CerfaRow[], totalIncome: CerfaRow): number | null {
  const own = income.find((r) => r.nature === 'subsidy')?.actual ?? 0;
  return totalIncome.actual > 0 ? Math.round((own / totalIncome.actual) * 1000) / 10 : null;
}

type Convention = ParsedWorkbook['conventions']['records'][number];

/**
 * The convention a CERFA 15059 can be written for: a subsidy received by the association, from a
 * named financer. Refused in one sentence otherwise (docs/domain.md, "Compte rendu financier (CERFA 15059)").
 */
export function subsidyConvention(book: ParsedWorkbook, id: string): Convention {
  const c = book.conventions.records.find((r) => r.id === id);
  if (!c) throw refusal('cerfaUnknownConvention', id);
  // Only a subvention is reported on a CERFA 15059 (loi 2000-321 art. 10): mécénat and contracts are not.
  if (c.type !== 'subvention' || c.direction === 'dépense') throw refusal('cerfaNotASubsidy', id, c.type ?? '');
  if (!c.partner) throw refusal('cerfaNoFunder', id);
  return c;
}

/** The year reported by default: the last closed one, kept inside the convention's period. */
export function cerfaYear(book: ParsedWorkbook, c: Convention, today: IsoDate): number {
  const start = book.settings.fiscalYearStart;
  let year = lastClosedYear(book, today);
  if (c.end) year = Math.min(year, fiscalYearOf(c.end, start));
  if (c.start) year = Math.max(year, fiscalYearOf(c.start, start));
  return year;
}

function row(nature: Nature, planned: Cents, actual: Cents): CerfaRow {
  const gap = actual - planned;
  const gapPercent = planned === 0 ? null : Math.round((gap / planned) * 1000) / 10;
  const needsExplanation = gapPercent === null ? actual !== 0 : Math.abs(gapPercent) > GAP_THRESHOLD_PERCENT;
  return { nature, planned, actual, gap, gapPercent, needsExplanation };
}

type Sums = Map<Nature, Cents>;
const add = (sums: Sums, nature: Nature, cents: Cents) => sums.set(nature, (sums.get(nature) ?? 0) + cents);

/** The row of an account: its two-digit nature (charges 60-68, produits 70-79); this subsidy's own produits on their row. */
function natureOf(account: string, ofConvention: boolean): Nature | null {
  const two = account.slice(0, 2);
  if (isChargeAccount(account)) return (CHARGE_NATURES as readonly string[]).includes(two) ? (two as ChargeNature) : '68';
  if (isIncomeAccount(account)) {
    if (ofConvention) return 'subsidy';
    return (INCOME_NATURES as readonly string[]).includes(two) ? (two as IncomeNature) : '75';
  }
  return null;
}

/** Réalisé: the year's booked lines of the convention or of its project (refunds reduce a charge, repayments a produit). */
function actualSums(lines: readonly BookedLine[], id: string, project: string): { sums: Sums; received: Cents; spent: Cents } {
  const sums: Sums = new Map();
  let received = 0;
  let spent = 0;
  for (const l of lines) {
    const own = l.convention === id;
    if (l.treasury || !(own || (project !== '' && l.project === project))) continue;
    const nature = natureOf(l.account, own);
    if (nature === null) continue;
    const income = isIncomeAccount(l.account);
    add(sums, nature, income ? l.credit - l.debit : l.debit - l.credit);
    // docs/domain.md, "Subsidies and fonds dédiés": received = class 7 net, spent = class 6 net.
    if (own && income) received += l.credit - l.debit;
    if (own && !income) spent += l.debit - l.credit;
  }
  return { sums, received, spent };
}

/**
 * Prévu: the project's Budget lines of the year; a 74 line naming the convention's financer (its
 * partner's name, or the Financeur of its Financements rows) is this subsidy.
 */
function plannedSums(book: ParsedWorkbook, project: string, year: number, funders: ReadonlySet<string>): Sums {
  const sums: Sums = new Map();
  if (!project) return sums;
  for (const l of budgetLines(book)) {
    if (l.year !== year || (l.project ?? '') !== project) continue;
    const charge = l.charge ?? 0;
    const income = l.income ?? 0;
    if (isCvnUse(l.account)) add(sums, '86', charge - income);
    else if (isCvnSource(l.account)) add(sums, '87', income - charge);
    else {
      const own = l.account.startsWith('74') && l.funder !== null && funders.has(normalizeLabel(l.funder));
      const nature = natureOf(l.account, own);
      if (nature) add(sums, nature, isIncomeAccount(l.account) ? income - charge : charge - income);
    }
  }
  return sums;
}

function rows<N extends Nature>(natures: readonly N[], planned: Sums, actual: Sums): CerfaRow[] {
  return natures
    .filter((n) => n === 'subsidy' || planned.get(n) || actual.get(n))
    .map((n) => row(n, planned.get(n) ?? 0, actual.get(n) ?? 0));
}

const total = (rs: readonly CerfaRow[], nature: Nature) =>
  row(
    nature,
    rs.reduce((s, r) => s + r.planned, 0),
    rs.reduce((s, r) => s + r.actual, 0),
  );

/** The CERFA 15059 of convention `id` for fiscal `year` (the last closed one in its period by default). */
export function cerfaFigures(book: ParsedWorkbook, id: string, year: number | null, today: IsoDate): CerfaFigures {
  const c = subsidyConvention(book, id);
  const chosen = year ?? cerfaYear(book, c, today);
  const fy = book.settings.fiscalYearStart;
  const outside = (c.start && fiscalYearOf(c.start, fy) > chosen) || (c.end && fiscalYearOf(c.end, fy) < chosen);
  if (outside) throw refusal('cerfaYearOutside', id, chosen, c.start ?? '', c.end ?? '');
  const subsidy = subsidiesOfYear(book, chosen).find((s) => s.convention === id);
  const funder = subsidy?.funder || book.partners.records.find((p) => p.id === c.partner)?.name || (c.partner ?? '');
  const project = c.project ?? '';
  const actual = actualSums(bookYear(book, chosen).lines, id, project);
  // A year with nothing booked on the convention or its project has nothing to report (as the annual report refuses an empty year).
  if (actual.sums.size === 0 && actual.received === 0 && actual.spent === 0) throw refusal('cerfaYearEmpty', id, chosen);
  const names = [funder, ...book.fundings.records.filter((r) => r.convention === id).map((r) => r.funder ?? '')];
  const planned = plannedSums(book, project, chosen, new Set(names.filter(Boolean).map(normalizeLabel)));
  const bounds = fiscalYearBounds(chosen, fy);
  const granted = subsidy?.granted ?? c.amount ?? 0;
  // A convention over several fiscal years: the subsidy's prévu is this year's share pro rata temporis, as the
  // year-end entries attribute it (docs/domain.md, "Compte rendu financier (CERFA 15059)").
  if (c.start && c.end && (c.start < bounds.first || c.end > bounds.last))
    planned.set('subsidy', grantShareOfYear(granted, c.start, c.end, bounds.first, bounds.last));
  // Contributions volontaires: volunteer hours of the project × the hourly rate, on 864 and 875 alike (docs/domain.md).
  const volunteering = project ? (volunteerValuation(book, chosen).projects.find((p) => p.project === project)?.value ?? 0) : 0;
  const cvnActual: Sums = new Map<Nature, Cents>([
    ['86', volunteering],
    ['87', volunteering],
  ]);
  const charges = rows(CHARGE_NATURES, planned, actual.sums);
  const income = rows(INCOME_NATURES, planned, actual.sums);
  const incomeTotal = total(income, '70');
  const reports = book.schedule.records.filter((s) => s.convention === id && s.type === 'rapport' && s.date && s.date >= bounds.first);
  return {
    convention: { id, title: c.title ?? '', start: c.start, end: c.end },
    association: { name: book.settings.associationName, siren: book.settings.siren, siret: book.settings.siret, rna: book.settings.rna },
    funder,
    project,
    year: chosen,
    yearLabel: fiscalYearLabel(chosen, fy),
    yearBounds: bounds,
    granted,
    received: actual.received,
    spent: actual.spent,
    reportDue: reports.map((r) => r.date as IsoDate).sort()[0] ?? null,
    hourlyRate: book.settings.volunteerHourlyRate,
    charges,
    income,
    cvn: (['86', '87'] as const).map((n) => row(n, planned.get(n) ?? 0, cvnActual.get(n) ?? 0)),
    totals: { charges: total(charges, '60'), income: incomeTotal },
    subsidySharePercent: subsidyShare(income, incomeTotal),
  };
}
