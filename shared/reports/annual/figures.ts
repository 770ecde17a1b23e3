/**
 * Everything the annual report shows, as one pure value computed from the book and the ledger
 * layer (shared/ledger/). The section builders only say these figures; they compute none.
 */
import type { ParsedWorkbook } from '../../sheets/parsed-workbook';
import type { IsoDate } from '../../values/dates';
import type { Cents } from '../../values/money';
import { refusal } from '../../i18n/refusal';
import { isCvnAccount, isCvnUse } from '../../ledger/accounts';
import { bookYear, type Excluded } from '../../ledger/booking';
import { budgetVsActual, chargesByProject, offBudget, type BudgetVsActual, type OffBudget } from '../../ledger/budget';
import { fiscalYearBounds, fiscalYearLabel } from '../../ledger/fiscal-years';
import {
  CHARGE_GROUPS,
  INCOME_GROUPS,
  incomeStatement,
  type ChargeGroupKey,
  type IncomeGroupKey,
  type IncomeStatement,
} from '../../ledger/statement';
import { subsidiesOfYear, type SubsidyStatus } from '../../ledger/subsidies';
import { yearEndProposals } from '../../ledger/year-end';
import { accountsBasis } from '../../ledger/year-end-accepted';
import { balanceSheet, type BalanceSheet } from '../../ledger/balance-sheet';
import type { YearEndLines } from '../../ledger/opening';

export interface ConventionFigure {
  readonly id: string;
  readonly title: string;
  /** The partner's name, or its ID when the partner is unknown. */
  readonly partner: string;
  readonly type: string;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly amount: Cents | null;
}

export interface ProjectProgress {
  readonly code: string;
  readonly title: string;
  readonly action: string;
  /** Budgeted charges of the year, 86 left out. */
  readonly planned: Cents;
  /** Every charge booked on the project in the year, hors-budget lines included. */
  readonly actual: Cents;
  readonly progress: number | null;
}

/** The projects of the year, then what is booked on no project of the sheet, to a total equal to the compte de résultat's charges. */
export interface ProjectsFigures {
  readonly rows: readonly ProjectProgress[];
  /** Charges booked without a project, or on a code the Projets sheet does not have. */
  readonly unassigned: Cents;
  readonly planned: Cents;
  readonly actual: Cents;
}

/** The year's activity, from the sheets Conventions, Partenaires, Projets, Dossiers, Groupes and Mémoire. */
export interface ActivityFigures {
  /** Per action: the conventions' amounts received (Sens recette) and paid out (Sens dépense), never added together. */
  readonly byAction: readonly {
    readonly action: string | null;
    readonly conventions: number;
    readonly amountIn: Cents;
    readonly amountOut: Cents;
  }[];
  readonly byPartnerType: readonly { readonly type: string | null; readonly conventions: number }[];
  readonly newPartners: readonly { readonly name: string; readonly type: string | null; readonly country: string | null }[];
  readonly projects: ProjectsFigures;
  readonly published: readonly { readonly title: string; readonly type: string; readonly publishedOn: IsoDate }[];
  readonly groups: readonly { readonly name: string; readonly type: string | null; readonly members: string | null }[];
  readonly chronology: readonly { readonly date: IsoDate; readonly type: string; readonly title: string }[];
}

/** One row of budget vs actual by project (86/87 left out); `offBudget` rows hold what no budget line covers. */
export interface BudgetFigure {
  readonly project: string;
  readonly offBudget: boolean;
  readonly plannedCharge: Cents;
  readonly actualCharge: Cents;
  readonly gap: Cents;
  readonly gapPercent: number | null;
  readonly plannedIncome: Cents;
  readonly actualIncome: Cents;
}

export type Bar<K extends string> = { readonly group: K | 'financialExceptional'; readonly amount: Cents };

export interface AnnualFigures {
  readonly year: number;
  readonly label: string;
  readonly first: IsoDate;
  readonly last: IsoDate;
  readonly generatedOn: IsoDate;
  /** From Paramètres; empty when not set. */
  readonly associationName: string;
  /** Paramètres › Date de l'AG and › Comptes arrêtés le, null when blank (docs/domain.md, "Annual report"). */
  readonly agDate: IsoDate | null;
  readonly accountsClosedOn: IsoDate | null;
  /** Paramètres › Taux horaire du bénévolat: the value of one volunteer hour. */
  readonly volunteerRate: Cents;
  /** On the cash basis, or the accrual basis when accepted year-end entries are given (its `basis` says which). */
  readonly statement: IncomeStatement;
  /** The previous year's compte de résultat, on the same basis, when that year has booked lines. */
  readonly previous: IncomeStatement | null;
  /** The bilan at closing, on the same basis, when the year has opening balances (typed or carried). */
  readonly balanceSheet: BalanceSheet | null;
  /** Journal lines that booking left out: counted in no table, listed in a note. */
  readonly excluded: readonly Excluded[];
  readonly activePartners: number;
  /** Conventions running in the year or signed in it. */
  readonly conventions: readonly ConventionFigure[];
  readonly activity: ActivityFigures;
  /** Largest first, zero left out. */
  readonly incomeBars: readonly Bar<IncomeGroupKey>[];
  readonly chargeBars: readonly Bar<ChargeGroupKey>[];
  /** Budget rows, then the total, whose actual figures equal the compte de résultat's totals. */
  readonly budget: readonly BudgetFigure[];
  readonly budgetTotal: BudgetFigure;
  /** The 864/875 budget lines, planned and valued from Bénévolat: shown apart, outside the total (the statement puts them at its foot). */
  readonly budgetCvn: BudgetFigure;
  /**
   * With the fonds dédiés the year-end proposes (earmarked resources only, on the year's attributable share)
   * and what it finds probably owed back to the funder (an ended convention, received beyond its eligible costs).
   */
  readonly subsidies: readonly (SubsidyStatus & { readonly dedicated: Cents; readonly owedBack: Cents })[];
  /** The subsidies' column totals (the table's last row when it lists more than one). */
  readonly subsidiesTotal: SubsidiesTotal;
}

export interface SubsidiesTotal {
  readonly requested: Cents;
  readonly granted: Cents;
  readonly receivedInYear: Cents;
  readonly spentInYear: Cents;
  readonly unspent: Cents;
  readonly dedicated: Cents;
  readonly owedBack: Cents;
}

function subsidiesTotal(s: AnnualFigures['subsidies']): SubsidiesTotal {
  return {
    requested: sum(s, (x) => x.requested ?? 0),
    granted: sum(s, (x) => x.granted),
    receivedInYear: sum(s, (x) => x.receivedInYear),
    spentInYear: sum(s, (x) => x.spentInYear),
    unspent: sum(s, (x) => x.unspent),
    dedicated: sum(s, (x) => x.dedicated),
    owedBack: sum(s, (x) => x.owedBack),
  };
}

/** Percentage with one decimal, or null when the base is zero. */
export function percent(part: number, base: number): number | null {
  return base === 0 ? null : Math.round((part * 1000) / base) / 10;
}

const sum = <T>(items: readonly T[], value: (t: T) => Cents): Cents => items.reduce((s, t) => s + value(t), 0);

type Period = { readonly first: IsoDate; readonly last: IsoDate };
const within = (d: IsoDate | null, p: Period) => d !== null && d >= p.first && d <= p.last;

type ConventionRecord = ParsedWorkbook['conventions']['records'][number];

function conventionsOfYear(book: ParsedWorkbook, p: Period): ConventionRecord[] {
  return book.conventions.records.filter(
    (c) => (c.start !== null && c.start <= p.last && (c.end === null || c.end >= p.first)) || within(c.signedOn, p),
  );
}

function activePartnerCount(book: ParsedWorkbook, conventions: readonly ConventionRecord[]): number {
  const involved = new Set(conventions.map((c) => c.partner).filter(Boolean));
  return book.partners.records.filter((p) => (p.id && involved.has(p.id)) || /^(actif|active)\b/i.test((p.status ?? '').trim())).length;
}

function byAction(conventions: readonly ConventionRecord[]): ActivityFigures['byAction'] {
  const groups = new Map<string | null, { conventions: number; amountIn: Cents; amountOut: Cents }>();
  for (const c of conventions) {
    const v = groups.get(c.action) ?? { conventions: 0, amountIn: 0, amountOut: 0 };
    v.conventions += 1;
    if (c.direction === 'dépense') v.amountOut += c.amount ?? 0;
    else v.amountIn += c.amount ?? 0;
    groups.set(c.action, v);
  }
  return [...groups.entries()].sort(([a], [b]) => (a ?? '').localeCompare(b ?? '')).map(([action, v]) => ({ action, ...v }));
}

function byPartnerType(book: ParsedWorkbook, conventions: readonly ConventionRecord[]): ActivityFigures['byPartnerType'] {
  const partnerType = new Map(book.partners.records.map((p) => [p.id, p.type]));
  const counts = new Map<string | null, number>();
  for (const c of conventions) {
    const type = (c.partner && partnerType.get(c.partner)) || null;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([, a], [, b]) => b - a).map(([type, n]) => ({ type, conventions: n }));
}

/**
 * Each project of the Projets sheet (one per code) running in the year or with charges booked in it: its budgeted
 * charges (86 left out) and every charge booked on it; the rest of the year's charges in `unassigned`.
 */
function projectsFigures(
  book: ParsedWorkbook,
  year: number,
  p: Period,
  bva: readonly BudgetVsActual[],
  yearEnd: YearEndLines | undefined,
): ProjectsFigures {
  // On the statement's basis: after year-end entries, their charges (6894…) too.
  const charges = chargesByProject(book, year, yearEnd);
  // One row per project code, the first (a second one is reported as id.duplicate), so that no charge counts twice.
  const seen = new Set<string>();
  const projects = book.projects.records.filter((x): x is typeof x & { code: string } => {
    if (!x.code || seen.has(x.code)) return false;
    seen.add(x.code);
    return true;
  });
  const rows = projects
    .filter((x) => ((x.start === null || x.start <= p.last) && (x.end === null || x.end >= p.first)) || charges.has(x.code))
    .map((x) => {
      const code = x.code;
      const planned = sum(
        bva.filter((b) => b.project === code && !isCvnUse(b.account)),
        (b) => b.plannedCharge,
      );
      const actual = charges.get(code) ?? 0;
      return { code, title: x.title ?? '', action: x.action ?? '', planned, actual, progress: percent(actual, planned) };
    });
  const actual = sum([...charges.values()], (c) => c);
  const shown = sum(rows, (r) => r.actual);
  return { rows, unassigned: actual - shown, planned: sum(rows, (r) => r.planned), actual };
}

function activityFigures(
  book: ParsedWorkbook,
  year: number,
  p: Period,
  conventions: readonly ConventionRecord[],
  bva: readonly BudgetVsActual[],
  yearEnd: YearEndLines | undefined,
): ActivityFigures {
  return {
    byAction: byAction(conventions),
    byPartnerType: byPartnerType(book, conventions),
    // New partners are those the association marks as such in the Statut column.
    newPartners: book.partners.records
      .filter((x) => /^(nouveau|nouvelle|new)\b/i.test((x.status ?? '').trim()))
      .map((x) => ({ name: x.name ?? '', type: x.type, country: x.country })),
    projects: projectsFigures(book, year, p, bva, yearEnd),
    published: book.dossiers.records
      .filter((d) => within(d.publishedOn, p))
      .map((d) => ({ title: d.title ?? '', type: d.type ?? '', publishedOn: d.publishedOn as IsoDate })),
    groups: book.groups.records.map((g) => ({ name: g.name ?? '', type: g.type, members: g.members })),
    chronology: book.memory.records
      .filter((m): m is typeof m & { date: IsoDate } => within(m.date, p))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((m) => ({ date: m.date, type: m.type ?? '', title: m.title ?? m.description ?? '' })),
  };
}

function budgetFigure(
  project: string,
  offBudget: boolean,
  lines: readonly Omit<BudgetFigure, 'project' | 'offBudget' | 'gap' | 'gapPercent'>[],
): BudgetFigure {
  const plannedCharge = sum(lines, (b) => b.plannedCharge);
  const actualCharge = sum(lines, (b) => b.actualCharge);
  return {
    project,
    offBudget,
    plannedCharge,
    actualCharge,
    gap: actualCharge - plannedCharge,
    gapPercent: percent(actualCharge - plannedCharge, plannedCharge),
    plannedIncome: sum(lines, (b) => b.plannedIncome),
    actualIncome: sum(lines, (b) => b.actualIncome),
  };
}

/** Each budgeted project, followed by its « hors budget » row; then the projects with no budget at all. */
function budgetFigures(bva: readonly BudgetVsActual[], off: readonly OffBudget[]): BudgetFigure[] {
  const rows: BudgetFigure[] = [];
  const offRow = (o: OffBudget) => budgetFigure(o.project, true, [{ ...o, plannedCharge: 0, plannedIncome: 0 }]);
  const budgeted = [...new Set(bva.map((b) => b.project))];
  for (const project of budgeted) {
    rows.push(
      budgetFigure(
        project,
        false,
        bva.filter((b) => b.project === project && !isCvnAccount(b.account)),
      ),
    );
    const o = off.find((x) => x.project === project);
    if (o) rows.push(offRow(o));
  }
  for (const o of off) if (!budgeted.includes(o.project)) rows.push(offRow(o));
  return rows;
}

function bars<K extends string>(groups: readonly { key: K }[], amounts: Readonly<Record<K, Cents>>, other: Cents): Bar<K>[] {
  return [...groups.map((g) => ({ group: g.key, amount: amounts[g.key] })), { group: 'financialExceptional' as const, amount: other }]
    .filter((b) => b.amount > 0)
    .sort((a, b) => b.amount - a.amount);
}

function conventionFigures(book: ParsedWorkbook, conventions: readonly ConventionRecord[]): ConventionFigure[] {
  const partnerName = new Map(book.partners.records.map((p) => [p.id, p.name]));
  return conventions.map((c) => ({
    id: c.id ?? '',
    title: c.title ?? '',
    partner: (c.partner && partnerName.get(c.partner)) || c.partner || '',
    type: c.type ?? '',
    start: c.start,
    end: c.end,
    amount: c.amount,
  }));
}

/** Refuses (`reportYearEmpty`) a year with nothing to say: no Journal line, event or volunteering. */
function refuseEmptyYear(book: ParsedWorkbook, year: number, p: Period, st: IncomeStatement, excluded: readonly Excluded[]): void {
  // A line without a date is listed in every year; it does not make a year worth a report.
  const journal = st.lines > 0 || excluded.some((x) => x.reason !== 'dateUnreadable');
  const activity = book.memory.records.some((m) => within(m.date, p)) || book.volunteering.records.some((v) => within(v.date, p));
  if (!journal && !activity) throw refusal('reportYearEmpty', fiscalYearLabel(year, book.settings.fiscalYearStart), p.first, p.last);
}

/**
 * Each subsidy with the fonds dédiés proposed for it at the year's closing and what the same year-end
 * finds probably owed back (docs/domain.md, "Year end": the `citego close` figures, never recomputed).
 */
function withDedicated(book: ParsedWorkbook, year: number): AnnualFigures['subsidies'] {
  const ye = yearEndProposals(book, year);
  const dedicated = new Map<string, Cents>();
  for (const p of ye.proposals) if (p.kind === 'dedicated') dedicated.set(p.convention, p.amount);
  const owed = new Map<string, Cents>();
  for (const x of ye.findings) if (x.owedBack > 0) owed.set(x.convention, x.owedBack);
  return subsidiesOfYear(book, year).map((s) => ({
    ...s,
    dedicated: dedicated.get(s.convention) ?? 0,
    owedBack: owed.get(s.convention) ?? 0,
  }));
}

/**
 * The figures of the annual report of a fiscal year; refuses a year without data. With `yearEnd`
 * (the accepted year-end entries), the statement and the bilan are after year-end entries.
 */
export function annualFigures(book: ParsedWorkbook, year: number, generatedOn: IsoDate, yearEnd?: YearEndLines): AnnualFigures {
  const p = fiscalYearBounds(year, book.settings.fiscalYearStart);
  // The accepted year-end entries, unless given: the accounts are then after them (docs/domain.md, "Year end").
  const basis = accountsBasis(book, year, yearEnd);
  const accepted = basis.basis === 'accrual' ? basis.yearEnd : undefined;
  const statement = incomeStatement(book, year, basis);
  const { excluded } = bookYear(book, year);
  refuseEmptyYear(book, year, p, statement, excluded);
  const previous = incomeStatement(book, year - 1, basis);
  const conventions = conventionsOfYear(book, p);
  // Budget vs réalisé on the statement's basis, so that it ties to it (docs/domain.md, "Year end").
  const bva = budgetVsActual(book, year, accepted);
  const budget = budgetFigures(bva, offBudget(book, year, accepted));
  const subsidies = withDedicated(book, year);
  return {
    year,
    label: fiscalYearLabel(year, book.settings.fiscalYearStart),
    ...p,
    generatedOn,
    associationName: book.settings.associationName ?? '',
    agDate: book.settings.agDate,
    accountsClosedOn: book.settings.accountsClosedOn,
    volunteerRate: book.settings.volunteerHourlyRate,
    statement,
    previous: previous.lines > 0 ? previous : null,
    balanceSheet: balanceSheet(book, year, basis),
    excluded,
    activePartners: activePartnerCount(book, conventions),
    conventions: conventionFigures(book, conventions),
    activity: activityFigures(book, year, p, conventions, bva, accepted),
    incomeBars: bars(INCOME_GROUPS, statement.income, statement.financialIncome + statement.exceptionalIncome),
    chargeBars: bars(CHARGE_GROUPS, statement.charges, statement.financialCharges + statement.exceptionalCharges + statement.tax),
    budget,
    budgetTotal: budgetFigure('', false, budget),
    budgetCvn: budgetFigure(
      '',
      false,
      bva.filter((b) => isCvnAccount(b.account)),
    ),
    subsidies,
    subsidiesTotal: subsidiesTotal(subsidies),
  };
}
