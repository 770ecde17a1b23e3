/**
 * The compte de résultat in the associations' format (règlement ANC 2018-06): produits by
 * origin, charges by nature, fonds dédiés before the operating result, three results, and the
 * contributions volontaires en nature at the foot (86 mirroring 87).
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { isChargeAccount, isIncomeAccount, isSubAccount, isUnderAny } from './accounts';
import { bookYear, type BookedLine } from './booking';
import type { Cents } from '../values/money';
import { volunteerValuation } from './volunteering';

export interface StatementGroup<K extends string = string> {
  readonly key: K;
  /** Account prefixes; the longest matching prefix wins across all groups. */
  readonly prefixes: readonly string[];
}

/** Produits by origin; their names are in the catalogue (`report.incomeGroups`). */
export const INCOME_GROUPS = [
  { key: 'cotisations', prefixes: ['756'] },
  { key: 'ventes', prefixes: ['70'] },
  { key: 'subventions', prefixes: ['73', '74'] },
  { key: 'generosite', prefixes: ['754'] },
  { key: 'contributions', prefixes: ['755'] },
  { key: 'autres', prefixes: ['75', '78', '79'] },
  { key: 'fondsDedies', prefixes: ['789'] },
] as const satisfies readonly StatementGroup[];

/** Charges by nature; their names are in the catalogue (`report.chargeGroups`). */
export const CHARGE_GROUPS = [
  { key: 'achats', prefixes: ['60'] },
  { key: 'services', prefixes: ['61', '62'] },
  { key: 'impots', prefixes: ['63'] },
  { key: 'personnel', prefixes: ['64'] },
  { key: 'aides', prefixes: ['65'] },
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

export interface IncomeStatement {
  readonly year: number;
  readonly income: Readonly<Record<IncomeGroupKey, Cents>>;
  readonly charges: Readonly<Record<ChargeGroupKey, Cents>>;
  readonly operatingIncome: Cents;
  readonly operatingCharges: Cents;
  readonly operatingResult: Cents;
  readonly financialIncome: Cents;
  readonly financialCharges: Cents;
  readonly financialResult: Cents;
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

/** Adds one booked line under its heading; treasury accounts (512, 530) fall under none, and no booked line is on 86/87. */
function post(t: Totals, line: BookedLine): void {
  const a = line.account;
  const asCharge = line.debit - line.credit;
  const asIncome = line.credit - line.debit;
  if (isUnderAny(a, FINANCIAL_INCOME)) t.financialIncome += asIncome;
  else if (isUnderAny(a, FINANCIAL_CHARGES)) t.financialCharges += asCharge;
  else if (isUnderAny(a, EXCEPTIONAL_INCOME)) t.exceptionalIncome += asIncome;
  else if (isUnderAny(a, EXCEPTIONAL_CHARGES)) t.exceptionalCharges += asCharge;
  else if (isUnderAny(a, TAX)) t.tax += asCharge;
  else if (isIncomeAccount(a)) t.income[longestGroup(a, INCOME_GROUPS) ?? 'autres'] += asIncome;
  else if (isChargeAccount(a)) t.charges[longestGroup(a, CHARGE_GROUPS) ?? 'aides'] += asCharge;
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

/** Built from the year's booked lines, the same as the FEC's, so the report and the accountant's file agree to the cent. */
export function incomeStatement(book: ParsedWorkbook, year: number): IncomeStatement {
  const booked = bookYear(book, year);
  const t = emptyTotals();
  for (const line of booked.lines) post(t, line);
  const volunteers = volunteerValuation(book, year);
  const operatingIncome = sum(t.income);
  const operatingCharges = sum(t.charges);
  const totalIncome = operatingIncome + t.financialIncome + t.exceptionalIncome;
  const totalCharges = operatingCharges + t.financialCharges + t.exceptionalCharges + t.tax;
  return {
    year,
    ...t,
    operatingIncome,
    operatingCharges,
    operatingResult: operatingIncome - operatingCharges,
    financialResult: t.financialIncome - t.financialCharges,
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
