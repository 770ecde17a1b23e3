/**
 * Proposed year-end entries (inventaire) of a fiscal year, computed from Conventions, Échéances,
 * Financements and the booked Journal (docs/domain.md, "Year end"): journal OD at the closing date,
 * listed for the user to accept, never mixed into the Journal.
 *
 * For each subsidy or mécénat received (the conventions of the subsidy table):
 * - the amount attributable up to the closing date is the grant when the convention lies within
 *   the years closed so far, else pro rata temporis of its days (cumulated, so the years add up
 *   to the grant exactly);
 * - attributable but not received → produits à recevoir (4411 public funder / 4687 other);
 * - received for days after the closing → produits constatés d'avance (487);
 * both reversed on the first day of the next year, so that each year's produit is its share;
 * - for an earmarked resource only (a convention with a project that is not the association's
 *   running costs, and that has not ended), the year's share not spent → fonds dédiés
 *   (689x / 19x, ANC 2018-06 art. 132-1 ff.); fonds dédiés accepted earlier and spent this year
 *   come back through 789x;
 * - an ended earmarked convention earns at most its justified costs (prudence, PCG art. 121-4):
 *   attributable = min(grant, eligible spending on it, the `convention.ineligible` accounts left
 *   out for a subsidy); no receivable beyond that; what was received beyond it is likely owed
 *   back: a finding with that amount, no entry.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { addDays, dayNumber, type IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import {
  accountLabel,
  INELIGIBLE_FOR_SUBSIDY,
  isChargeAccount,
  isCvnAccount,
  isIncomeAccount,
  isPublicSubsidy,
  isSubAccount,
  isUnderAny,
} from './accounts';
import { bookYear } from './booking';
import { fiscalYearBounds, fiscalYearOf, ledgerYears } from './fiscal-years';
import { flowsByConvention, fundingByConvention, type Flows } from './subsidies';

export type YearEndKind = 'receivable' | 'deferred' | 'dedicated' | 'dedicatedUse';

/** The short code of each kind, in the proposal's ID. */
export const KIND_CODE: Readonly<Record<YearEndKind, string>> = {
  receivable: 'PAR',
  deferred: 'PCA',
  dedicated: 'FD',
  dedicatedUse: 'UFD',
};

export interface YearEndLine {
  readonly account: string;
  readonly accountLabel: string;
  readonly debit: Cents;
  readonly credit: Cents;
}

/** The figures a proposal comes from, all in cents, cumulated from the convention's start to the closing date. */
export interface YearEndFigures {
  readonly granted: Cents;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Days of the convention up to the closing date, and in all. */
  readonly daysElapsed: number;
  readonly daysTotal: number;
  readonly attributable: Cents;
  /** The share of this year alone. */
  readonly attributableInYear: Cents;
  readonly received: Cents;
  readonly spent: Cents;
  /** Spent on items a subsidy does not pay for (`convention.ineligible`: 6712, 667, 661, 627, 68), cumulated. */
  readonly ineligible: Cents;
  readonly spentInYear: Cents;
  /** Fonds dédiés accepted in earlier years and not yet used. */
  readonly dedicatedBefore: Cents;
  readonly publicFunder: boolean;
  readonly incomeAccount: string;
  /** Instalments of Échéances not marked done, and the first of their dates. */
  readonly pendingInstalments: Cents;
  readonly nextInstalment: IsoDate | null;
}

export interface YearEndProposal {
  /** Stable: `<year>-<code>-<convention>` (e.g. `2025-PAR-C-2025-002`). */
  readonly id: string;
  readonly kind: YearEndKind;
  readonly year: number;
  readonly journal: 'OD';
  /** The closing date. */
  readonly date: IsoDate;
  /** The first day of the next year for the entries reversed at opening; null for fonds dédiés. */
  readonly reversal: IsoDate | null;
  readonly convention: string;
  readonly project: string;
  readonly funder: string;
  readonly amount: Cents;
  /** Balanced: debits = credits = amount. */
  readonly lines: readonly YearEndLine[];
  readonly figures: YearEndFigures;
}

/** An ended convention whose money is not all spent: usually owed back to the funder, not a fonds dédié. */
export interface YearEndFinding {
  readonly kind: 'endedUnspent';
  readonly convention: string;
  readonly funder: string;
  /** The grant not earned: granted − attributable (the eligible spending). */
  readonly unspent: Cents;
  /** Received beyond the eligible spending: what the funder may ask back. */
  readonly owedBack: Cents;
  readonly figures: YearEndFigures;
}

export interface YearEnd {
  readonly year: number;
  readonly closing: IsoDate;
  readonly proposals: readonly YearEndProposal[];
  readonly findings: readonly YearEndFinding[];
}

type ConventionRecord = ParsedWorkbook['conventions']['records'][number];

/** Days from `a` to `b`, both included (0 when b is before a). */
const daysBetween = (a: IsoDate, b: IsoDate) => Math.max(0, dayNumber(b) - dayNumber(a) + 1);

/** Cancelled, refused or abandoned conventions bring nothing to recognise. */
const CANCELLED = /annul|r[ée]sili|refus|abandon/i;

/** Funders whose grants are public money (loi 2000-321): a collectivité; else, when the type says nothing, the account (73/74). */
function isPublicFunder(type: string | null, incomeAccount: string): boolean {
  if (type === 'collectivité') return true;
  if (type === 'fondation' || type === 'entreprise' || type === 'association' || type === 'revue') return false;
  return isPublicSubsidy(incomeAccount);
}

/** The fonds dédiés accounts for a resource's origin (ANC 2018-06): générosité du public 196, contributions financières 195, subsidies 194. */
function dedicatedAccounts(incomeAccount: string): { report: string; fund: string; use: string } {
  if (isSubAccount(incomeAccount, '754')) return { report: '6896', fund: '196', use: '7896' };
  if (isSubAccount(incomeAccount, '755')) return { report: '6895', fund: '195', use: '7895' };
  return { report: '6894', fund: '194', use: '7894' };
}

/** Everything booked on each convention, per year, up to `year`: received and spent. */
function flowsUpTo(book: ParsedWorkbook, year: number): Map<number, Map<string, Flows>> {
  const out = new Map<number, Map<string, Flows>>();
  for (const y of ledgerYears(book)) if (y <= year) out.set(y, flowsByConvention(book, y));
  if (!out.has(year)) out.set(year, flowsByConvention(book, year));
  return out;
}

/** The class 7 account the convention's receipts are booked on (the largest), else the usual one for its type. */
function incomeAccountOf(book: ParsedWorkbook, c: ConventionRecord, years: readonly number[], publicType: boolean): string {
  const byAccount = new Map<string, Cents>();
  for (const y of years) {
    for (const l of bookYear(book, y).lines)
      if (!l.treasury && l.convention === c.id && isIncomeAccount(l.account))
        byAccount.set(l.account, (byAccount.get(l.account) ?? 0) + l.credit - l.debit);
  }
  let best: string | null = null;
  for (const [a, v] of byAccount) if (best === null || v > (byAccount.get(best) ?? 0)) best = a;
  return best ?? (c.type === 'subvention' && publicType ? '741' : '7542');
}

/** What a subsidy convention's booked charges up to `year` spent on ineligible items (docs/domain.md, `convention.ineligible`). */
function ineligibleSpent(book: ParsedWorkbook, c: ConventionRecord, years: readonly number[]): Cents {
  if (c.type !== 'subvention') return 0;
  let total = 0;
  for (const y of years)
    for (const l of bookYear(book, y).lines)
      if (
        !l.treasury &&
        l.convention === c.id &&
        isChargeAccount(l.account) &&
        isUnderAny(l.account, INELIGIBLE_FOR_SUBSIDY) &&
        !isCvnAccount(l.account)
      )
        total += l.debit - l.credit;
  return total;
}

/** Whether the grant was notified by the closing date: signed, or granted in Financements (decision by then), or money received. */
function notified(book: ParsedWorkbook, c: ConventionRecord, closing: IsoDate, received: Cents): boolean {
  if (received > 0) return true;
  if (c.signedOn !== null && c.signedOn <= closing) return true;
  return book.fundings.records.some(
    (f) => f.convention === c.id && (f.granted ?? 0) > 0 && (f.decidedOn === null || f.decidedOn <= closing),
  );
}

/** Attributable up to a date: the grant pro rata temporis of the convention's days elapsed (rounded once, cumulated). */
function attributableUpTo(granted: Cents, start: IsoDate, end: IsoDate, date: IsoDate): { amount: Cents; elapsed: number; total: number } {
  const total = daysBetween(start, end);
  const elapsed = Math.min(total, daysBetween(start, date));
  return { amount: total === 0 ? 0 : Math.round((granted * elapsed) / total), elapsed, total };
}

/**
 * The share of a multi-year grant that falls in one fiscal year, pro rata temporis of the
 * convention's days in it, cumulated as attributableUpTo rounds it, so the years add up to the
 * grant exactly (docs/domain.md, "Compte rendu financier (CERFA 15059)", the prévu of the 74 row).
 */
export function grantShareOfYear(granted: Cents, start: IsoDate, end: IsoDate, first: IsoDate, last: IsoDate): Cents {
  const upTo = (d: IsoDate) => (d < start ? 0 : attributableUpTo(granted, start, end, d).amount);
  return upTo(last) - upTo(previousDay(first));
}

/** Fonds dédiés of a convention accepted before `year` and not yet used: 19x credits − debits in « Écritures d'inventaire ». */
function dedicatedBalance(book: ParsedWorkbook, convention: string, year: number): Cents {
  let balance = 0;
  for (const r of book.yearEnd.records)
    if (r.convention === convention && r.year !== null && r.year < year && r.account !== null && isSubAccount(r.account, '19'))
      balance += (r.credit ?? 0) - (r.debit ?? 0);
  return balance;
}

/** An earmarked resource: tied to a project that is not the association's running costs (docs/domain.md). */
function isEarmarked(book: ParsedWorkbook, c: ConventionRecord): boolean {
  if (!c.project || c.action === 'fonctionnement') return false;
  const project = book.projects.records.find((p) => p.code === c.project);
  return project?.action !== 'fonctionnement';
}

const line = (account: string, debit: Cents, credit: Cents, extra: Readonly<Record<string, string>>): YearEndLine => ({
  account,
  accountLabel: accountLabel(account, extra) ?? `Compte ${account}`,
  debit,
  credit,
});

type Context = {
  readonly book: ParsedWorkbook;
  readonly year: number;
  readonly closing: IsoDate;
  readonly opening: IsoDate;
  readonly nextOpening: IsoDate;
  readonly flows: Map<number, Map<string, Flows>>;
  readonly partners: Map<string | null, { name: string | null; type: string | null }>;
  readonly granted: Map<string, Cents>;
};

/** The figures of one convention at the closing date, or null when it brings nothing to recognise. */
function figuresOf(ctx: Context, c: ConventionRecord & { id: string; start: IsoDate; end: IsoDate }): YearEndFigures | null {
  const { book, year, closing } = ctx;
  const years = [...ctx.flows.keys()];
  let received = 0,
    spent = 0;
  for (const y of years) {
    const f = ctx.flows.get(y)?.get(c.id);
    received += f?.received ?? 0;
    spent += f?.spent ?? 0;
  }
  const inYear = ctx.flows.get(year)?.get(c.id);
  const granted = ctx.granted.get(c.id) ?? c.amount ?? 0;
  if (granted <= 0 && received === 0) return null;
  const partnerType = ctx.partners.get(c.partner)?.type ?? null;
  const incomeAccount = incomeAccountOf(book, c, years, partnerType === 'collectivité');
  const isNotified = notified(book, c, closing, received);
  const ineligible = ineligibleSpent(book, c, years);
  const now = attributableUpTo(granted, c.start, c.end, closing);
  // An ended earmarked convention earns at most its justified costs (prudence, PCG art. 121-4).
  const earned = c.end <= closing && isEarmarked(book, c) ? Math.max(0, Math.min(now.amount, spent - ineligible)) : now.amount;
  const beforeAmount = ctx.opening <= c.start ? 0 : attributableUpTo(granted, c.start, c.end, previousDay(ctx.opening)).amount;
  const pending = book.schedule.records.filter((e) => e.convention === c.id && e.type === 'versement' && !e.done && (e.amount ?? 0) > 0);
  return {
    granted,
    start: c.start,
    end: c.end,
    daysElapsed: now.elapsed,
    daysTotal: now.total,
    attributable: isNotified ? earned : 0,
    attributableInYear: isNotified ? earned - beforeAmount : 0,
    received,
    spent,
    ineligible,
    spentInYear: inYear?.spent ?? 0,
    dedicatedBefore: dedicatedBalance(book, c.id, year),
    publicFunder: isPublicFunder(partnerType, incomeAccount),
    incomeAccount,
    pendingInstalments: pending.reduce((t, e) => t + (e.amount ?? 0), 0),
    nextInstalment:
      pending
        .map((e) => e.date)
        .filter((d): d is IsoDate => d !== null)
        .sort()[0] ?? null,
  };
}

function previousDay(d: IsoDate): IsoDate {
  return addDays(d, -1);
}

/** The entries and finding of one convention (see the file's comment for the rules). */
function proposalsOf(
  ctx: Context,
  c: ConventionRecord & { id: string; start: IsoDate; end: IsoDate },
  f: YearEndFigures,
): { proposals: YearEndProposal[]; finding: YearEndFinding | null } {
  const extra = ctx.book.settings.extraAccounts;
  const funder = ctx.partners.get(c.partner)?.name || c.partner || '';
  const ended = c.end <= ctx.closing;
  const proposals: YearEndProposal[] = [];
  const propose = (kind: YearEndKind, amount: Cents, debit: string, credit: string) => {
    if (amount <= 0) return;
    proposals.push({
      id: `${ctx.year}-${KIND_CODE[kind]}-${c.id}`,
      kind,
      year: ctx.year,
      journal: 'OD',
      date: ctx.closing,
      reversal: kind === 'receivable' || kind === 'deferred' ? ctx.nextOpening : null,
      convention: c.id,
      project: c.project ?? '',
      funder,
      amount,
      lines: [line(debit, amount, 0, extra), line(credit, 0, amount, extra)],
      figures: f,
    });
  };
  const gap = f.attributable - f.received;
  propose('receivable', gap, f.publicFunder ? '4411' : '4687', f.incomeAccount);
  // Money received for days after the closing; an ended convention has none (an excess is owed back).
  if (!ended) propose('deferred', -gap, f.incomeAccount, '487');
  const accounts = dedicatedAccounts(f.incomeAccount);
  const used = Math.min(Math.max(0, f.dedicatedBefore), f.spentInYear);
  propose('dedicatedUse', used, accounts.fund, accounts.use);
  const unspentInYear = f.attributableInYear - (f.spentInYear - used);
  if (!ended && isEarmarked(ctx.book, c)) propose('dedicated', unspentInYear, accounts.report, accounts.fund);
  // Ended: the attributable is the eligible spending (figuresOf); the grant beyond it is not earned,
  // what was received beyond it is likely owed back. Only an earmarked resource is followed by its spending.
  const unspent = Math.max(f.granted, f.received) - f.attributable;
  const finding: YearEndFinding | null =
    ended && isEarmarked(ctx.book, c) && fiscalYearOf(c.end, ctx.book.settings.fiscalYearStart) === ctx.year && unspent > 0
      ? { kind: 'endedUnspent', convention: c.id, funder, unspent, owedBack: Math.max(0, f.received - f.attributable), figures: f }
      : null;
  return { proposals, finding };
}

type Dated = ConventionRecord & { id: string; start: IsoDate; end: IsoDate };

/** The conventions the year-end looks at: subsidies and mécénat received, one per ID, dated, not cancelled, started by the closing. */
function conventionsToClose(ctx: Context): Dated[] {
  const seen = new Set<string>();
  const out: Dated[] = [];
  for (const c of ctx.book.conventions.records) {
    if (!c.id || seen.has(c.id)) continue;
    seen.add(c.id);
    if ((c.type !== 'subvention' && c.type !== 'mécénat') || c.direction === 'dépense' || CANCELLED.test(c.status ?? '')) continue;
    if (c.start === null || c.end === null || c.end < c.start || c.start > ctx.closing) continue;
    out.push(c as Dated);
  }
  return out;
}

/** Whether a convention still matters at this closing: running in the year, moving in it, or with fonds dédiés or instalments left. */
function relevant(ctx: Context, c: Dated, f: YearEndFigures): boolean {
  return c.end >= ctx.opening || ctx.flows.get(ctx.year)?.has(c.id) === true || f.dedicatedBefore > 0 || f.pendingInstalments > 0;
}

/** The proposed year-end entries of a fiscal year and the ended conventions' unspent money (see the file's comment). */
export function yearEndProposals(book: ParsedWorkbook, year: number): YearEnd {
  const start = book.settings.fiscalYearStart;
  const { first, last } = fiscalYearBounds(year, start);
  const granted = new Map<string, Cents>();
  for (const [id, f] of fundingByConvention(book)) if (f.granted !== null) granted.set(id, f.granted);
  const ctx: Context = {
    book,
    year,
    closing: last,
    opening: first,
    nextOpening: fiscalYearBounds(year + 1, start).first,
    flows: flowsUpTo(book, year),
    partners: new Map(book.partners.records.map((p) => [p.id, { name: p.name, type: p.type }])),
    granted,
  };
  const proposals: YearEndProposal[] = [];
  const findings: YearEndFinding[] = [];
  for (const c of conventionsToClose(ctx)) {
    const f = figuresOf(ctx, c);
    if (!f || !relevant(ctx, c, f)) continue;
    const r = proposalsOf(ctx, c, f);
    proposals.push(...r.proposals);
    if (r.finding) findings.push(r.finding);
  }
  return { year, closing: last, proposals, findings };
}
