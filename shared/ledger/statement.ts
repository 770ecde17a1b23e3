/**
 * The compte de résultat in the associations' format (règlement ANC 2018-06): produits by
 * origin (those of tiers financeurs grouped), charges by nature (salaires and charges sociales
 * apart), fonds dédiés before the operating result, the operating, financial, current and
 * exceptional results (ANC 2022-06 from 2025), and the contributions volontaires en nature at the
 * foot (86 mirroring 87). On the cash basis or the accrual basis (docs/domain.md).
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { isChargeAccount, isIncomeAccount, isSubAccount, isUnderAny } from './accounts';
import { bookYear, type BookedLine } from './booking';
import type { Basis } from './books';
import { fiscalYearBounds } from './fiscal-years';
import { yearEndOf, type YearEndLines } from './opening';
import type { Cents } from '../values/money';
import { volunteerValuation } from './volunteering';

export interface StatementGroup<K extends string = string> {
  readonly key: K;
  /** Account prefixes; the longest matching prefix wins across all groups. */
  readonly prefixes: readonly string[];
}

/**
 * Produits d'exploitation by origin (ANC 2018-06); their names are in the catalogue
 * (`report.incomeGroups`). Subventions, générosité du public and contributions financières are the
 * « produits de tiers financeurs » (`THIRD_PARTY_FUNDERS`).
 */
export const INCOME_GROUPS = [
  { key: 'cotisations', prefixes: ['756'] },
  { key: 'ventes', prefixes: ['70'] },
  { key: 'subventions', prefixes: ['73', '74'] },
  { key: 'generosite', prefixes: ['754'] },
  { key: 'contributions', prefixes: ['755'] },
  { key: 'reprises', prefixes: ['78', '79'] },
  { key: 'fondsDedies', prefixes: ['789'] },
  { key: 'autres', prefixes: ['75'] },
] as const satisfies readonly StatementGroup[];

/** The produits de tiers financeurs, shown grouped under one heading with their subtotal. */
export const THIRD_PARTY_FUNDERS = ['subventions', 'generosite', 'contributions'] as const;

/**
 * Charges d'exploitation by nature; their names are in the catalogue (`report.chargeGroups`).
 * Salaires (641…) and charges sociales (645–647) apart, aides financières (657) apart.
 */
export const CHARGE_GROUPS = [
  { key: 'achats', prefixes: ['60'] },
  { key: 'services', prefixes: ['61', '62'] },
  { key: 'impots', prefixes: ['63'] },
  { key: 'salaires', prefixes: ['64'] },
  { key: 'chargesSociales', prefixes: ['645', '646', '647'] },
  { key: 'aides', prefixes: ['657'] },
  { key: 'autres', prefixes: ['65'] },
  { key: 'dotations', prefixes: ['68'] },
  { key: 'fondsDedies', prefixes: ['689'] },
] as const satisfies readonly StatementGroup[];

export type IncomeGroupKey = (typeof INCOME_GROUPS)[number]['key'];
export type ChargeGroupKey = (typeof CHARGE_GROUPS)[number]['key'];

const FINANCIAL_INCOME = ['76'];
const FINANCIAL_CHARGES = ['66'];
const EXCEPTIONAL_INCOME = ['77'];
const EXCEPTIONAL_CHARGES = ['67'];
const TAX = ['69'];
/**
 * Penalties and fines (6712): exceptional in fiscal years opened before 2025, operating charges
 * (« autres charges ») from 1 January 2025 (ANC 2022-06: only major, unusual events stay exceptional).
 */
const PENALTIES = '6712';
const ANC_2022_06_FROM = '2025-01-01';

/** What the statement and the bilan are built on: the cash book alone, or with the accepted year-end entries. */
export type StatementBasis = { readonly basis: 'cash' } | { readonly basis: 'accrual'; readonly yearEnd: YearEndLines };

export const CASH_BASIS: StatementBasis = { basis: 'cash' };

export interface IncomeStatement {
  readonly year: number;
  /** « comptabilité de trésorerie » (cash) or « après écritures d'inventaire » (accrual): the title says which. */
  readonly basis: Basis;
  readonly income: Readonly<Record<IncomeGroupKey, Cents>>;
  /** Subventions + générosité du public + contributions financières. */
  readonly thirdPartyFunders: Cents;
  readonly charges: Readonly<Record<ChargeGroupKey, Cents>>;
  readonly operatingIncome: Cents;
  readonly operatingCharges: Cents;
  readonly operatingResult: Cents;
  readonly financialIncome: Cents;
  readonly financialCharges: Cents;
  readonly financialResult: Cents;
  /** Résultat courant avant impôts: exploitation + financier. */
  readonly currentResult: Cents;
  readonly exceptionalIncome: Cents;
  readonly exceptionalCharges: Cents;
  readonly exceptionalResult: Cents;
  readonly tax: Cents;
  readonly totalIncome: Cents;
  readonly totalCharges: Cents;
  readonly netResult: Cents;
  /**
   * Contributions volontaires en nature: 86 (emplois) and 87 (contributions), both the volunteer
   * valuation of Bénévolat, so equal by construction (booking leaves Journal lines on 86/87 out).
   */
  readonly cvnUses: Cents;
  readonly cvnSources: Cents;
  readonly volunteerHours: number;
  /** Journal lines booked for the year. */
  readonly lines: number;
}

function longestGroup<K extends string>(account: string, groups: readonly StatementGroup<K>[]): K | null {
  let best: K | null = null;
  let len = 0;
  for (const g of groups)
    for (const p of g.prefixes)
      if (isSubAccount(account, p) && p.length > len) {
        best = g.key;
        len = p.length;
      }
  return best;
}

type Totals = {
  income: Record<IncomeGroupKey, Cents>;
  charges: Record<ChargeGroupKey, Cents>;
  financialIncome: Cents;
  financialCharges: Cents;
  exceptionalIncome: Cents;
  exceptionalCharges: Cents;
  tax: Cents;
};

/**
 * Adds one line under its heading; balance-sheet accounts (512, 530, AN and OD counterparts)
 * fall under none, and no booked line is on 86/87.
 */
function post(t: Totals, line: BookedLine, penaltiesOperating: boolean): void {
  const a = line.account;
  const asCharge = line.debit - line.credit;
  const asIncome = line.credit - line.debit;
  if (isUnderAny(a, FINANCIAL_INCOME)) t.financialIncome += asIncome;
  else if (isUnderAny(a, FINANCIAL_CHARGES)) t.financialCharges += asCharge;
  else if (isUnderAny(a, EXCEPTIONAL_INCOME)) t.exceptionalIncome += asIncome;
  else if (penaltiesOperating && isSubAccount(a, PENALTIES)) t.charges.autres += asCharge;
  else if (isUnderAny(a, EXCEPTIONAL_CHARGES)) t.exceptionalCharges += asCharge;
  else if (isUnderAny(a, TAX)) t.tax += asCharge;
  else if (isIncomeAccount(a)) t.income[longestGroup(a, INCOME_GROUPS) ?? 'autres'] += asIncome;
  else if (isChargeAccount(a)) t.charges[longestGroup(a, CHARGE_GROUPS) ?? 'autres'] += asCharge;
}

function emptyTotals(): Totals {
  return {
    income: Object.fromEntries(INCOME_GROUPS.map((g) => [g.key, 0])) as Record<IncomeGroupKey, Cents>,
    charges: Object.fromEntries(CHARGE_GROUPS.map((g) => [g.key, 0])) as Record<ChargeGroupKey, Cents>,
    financialIncome: 0,
    financialCharges: 0,
    exceptionalIncome: 0,
    exceptionalCharges: 0,
    tax: 0,
  };
}

const sum = (values: Readonly<Record<string, Cents>>): Cents => Object.values(values).reduce((s, v) => s + v, 0);

/**
 * The compte de résultat of a fiscal year (ANC 2018-06), on the cash book's booked lines — the
 * FEC's — or, on the accrual basis, with the accepted year-end entries of the year too.
 */
export function incomeStatement(book: ParsedWorkbook, year: number, on: StatementBasis = CASH_BASIS): IncomeStatement {
  const booked = bookYear(book, year);
  const { first } = fiscalYearBounds(year, book.settings.fiscalYearStart);
  const penaltiesOperating = first >= ANC_2022_06_FROM;
  const t = emptyTotals();
  for (const line of booked.lines) post(t, line, penaltiesOperating);
  if (on.basis === 'accrual') for (const line of yearEndOf(book, year, on.yearEnd)) post(t, line, penaltiesOperating);
  const volunteers = volunteerValuation(book, year);
  const operatingIncome = sum(t.income);
  const operatingCharges = sum(t.charges);
  const totalIncome = operatingIncome + t.financialIncome + t.exceptionalIncome;
  const totalCharges = operatingCharges + t.financialCharges + t.exceptionalCharges + t.tax;
  const operatingResult = operatingIncome - operatingCharges;
  const financialResult = t.financialIncome - t.financialCharges;
  return {
    year,
    basis: on.basis,
    ...t,
    thirdPartyFunders: THIRD_PARTY_FUNDERS.reduce((s, k) => s + t.income[k], 0),
    operatingIncome,
    operatingCharges,
    operatingResult,
    financialResult,
    currentResult: operatingResult + financialResult,
    exceptionalResult: t.exceptionalIncome - t.exceptionalCharges,
    totalIncome,
    totalCharges,
    netResult: totalIncome - totalCharges,
    cvnUses: volunteers.value,
    cvnSources: volunteers.value,
    volunteerHours: volunteers.hours,
    lines: booked.entries.length,
  };
}
