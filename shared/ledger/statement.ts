/**
 * The compte de résultat in the associations' format (règlement ANC 2018-06): produits by
 * origin, charges by nature, fonds dédiés before the operating result, three results, and the
 * contributions volontaires en nature at the foot (86 mirroring 87).
 */
import type { Book } from '../sheets/book';
import { journalEntries } from './booking';
import type { Cents } from '../values/money';
import { volunteerValuation } from './volunteering';

export interface StatementGroup {
  readonly key: string;
  readonly fr: string;
  readonly en: string;
  /** Account prefixes; the longest matching prefix wins across all groups. */
  readonly prefixes: readonly string[];
}

export const INCOME_GROUPS: readonly StatementGroup[] = [
  { key: 'cotisations', fr: 'Cotisations', en: 'Membership fees', prefixes: ['756'] },
  { key: 'ventes', fr: 'Ventes de biens et de services', en: 'Sales of goods and services', prefixes: ['70'] },
  {
    key: 'subventions',
    fr: "Concours publics et subventions d'exploitation",
    en: 'Public funding and operating grants',
    prefixes: ['73', '74'],
  },
  {
    key: 'generosite',
    fr: 'Ressources liées à la générosité du public',
    en: 'Public generosity (donations, patronage)',
    prefixes: ['754'],
  },
  { key: 'contributions', fr: 'Contributions financières', en: 'Financial contributions', prefixes: ['755'] },
  { key: 'autres', fr: 'Autres produits', en: 'Other income', prefixes: ['75', '78', '79'] },
  { key: 'fondsDedies', fr: 'Utilisations des fonds dédiés', en: 'Use of dedicated funds', prefixes: ['789'] },
];

export const CHARGE_GROUPS: readonly StatementGroup[] = [
  { key: 'achats', fr: 'Achats', en: 'Purchases', prefixes: ['60'] },
  { key: 'services', fr: 'Services extérieurs et autres services extérieurs', en: 'External services', prefixes: ['61', '62'] },
  { key: 'impots', fr: 'Impôts, taxes et versements assimilés', en: 'Taxes', prefixes: ['63'] },
  { key: 'personnel', fr: 'Salaires et charges sociales', en: 'Salaries and social charges', prefixes: ['64'] },
  { key: 'aides', fr: 'Autres charges (dont aides financières)', en: 'Other charges (incl. grants given)', prefixes: ['65'] },
  { key: 'dotations', fr: 'Dotations aux amortissements et provisions', en: 'Depreciation and provisions', prefixes: ['68'] },
  { key: 'fondsDedies', fr: 'Reports en fonds dédiés', en: 'Transfers to dedicated funds', prefixes: ['689'] },
];

const FINANCIAL_INCOME = ['76'];
const FINANCIAL_CHARGES = ['66'];
const EXCEPTIONAL_INCOME = ['77'];
const EXCEPTIONAL_CHARGES = ['67'];
const TAX = ['69'];

export interface IncomeStatement {
  readonly year: number;
  readonly income: Readonly<Record<string, Cents>>;
  readonly charges: Readonly<Record<string, Cents>>;
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
  /** Contributions volontaires en nature: 86 (emplois) and 87 (contributions), equal by construction. */
  readonly cvnUses: Cents;
  readonly cvnSources: Cents;
  readonly volunteerHours: number;
  /** Journal lines booked for the year. */
  readonly lines: number;
}

function longestGroup(account: string, groups: readonly StatementGroup[]): StatementGroup | null {
  let best: StatementGroup | null = null;
  let len = 0;
  for (const g of groups)
    for (const p of g.prefixes)
      if (account.startsWith(p) && p.length > len) {
        best = g;
        len = p.length;
      }
  return best;
}

const starts = (account: string, prefixes: readonly string[]) => prefixes.some((p) => account.startsWith(p));

/** Built from the same entries as the FEC, so the report and the accountant's file agree to the cent. */
export function incomeStatement(book: Book, year: number): IncomeStatement {
  const { entries } = journalEntries(book, year);
  const income: Record<string, Cents> = Object.fromEntries(INCOME_GROUPS.map((g) => [g.key, 0]));
  const charges: Record<string, Cents> = Object.fromEntries(CHARGE_GROUPS.map((g) => [g.key, 0]));
  let financialIncome = 0,
    financialCharges = 0,
    exceptionalIncome = 0,
    exceptionalCharges = 0,
    tax = 0,
    cvnUses = 0,
    cvnSources = 0;
  for (const e of entries) {
    for (const l of e.lines) {
      const a = l.account;
      const asCharge = l.debit - l.credit;
      const asIncome = l.credit - l.debit;
      if (a.startsWith('86')) cvnUses += asCharge;
      else if (a.startsWith('87')) cvnSources += asIncome;
      else if (starts(a, FINANCIAL_INCOME)) financialIncome += asIncome;
      else if (starts(a, FINANCIAL_CHARGES)) financialCharges += asCharge;
      else if (starts(a, EXCEPTIONAL_INCOME)) exceptionalIncome += asIncome;
      else if (starts(a, EXCEPTIONAL_CHARGES)) exceptionalCharges += asCharge;
      else if (starts(a, TAX)) tax += asCharge;
      else if (a.startsWith('7')) {
        const g = longestGroup(a, INCOME_GROUPS);
        income[g ? g.key : 'autres'] += asIncome;
      } else if (a.startsWith('6')) {
        const g = longestGroup(a, CHARGE_GROUPS);
        charges[g ? g.key : 'aides'] += asCharge;
      }
    }
  }
  const volunteers = volunteerValuation(book, year);
  cvnUses += volunteers.value;
  cvnSources += volunteers.value;
  const operatingIncome = Object.values(income).reduce((s, v) => s + v, 0);
  const operatingCharges = Object.values(charges).reduce((s, v) => s + v, 0);
  const totalIncome = operatingIncome + financialIncome + exceptionalIncome;
  const totalCharges = operatingCharges + financialCharges + exceptionalCharges + tax;
  return {
    year,
    income,
    charges,
    operatingIncome,
    operatingCharges,
    operatingResult: operatingIncome - operatingCharges,
    financialIncome,
    financialCharges,
    financialResult: financialIncome - financialCharges,
    exceptionalIncome,
    exceptionalCharges,
    exceptionalResult: exceptionalIncome - exceptionalCharges,
    tax,
    totalIncome,
    totalCharges,
    netResult: totalIncome - totalCharges,
    cvnUses,
    cvnSources,
    volunteerHours: volunteers.hours,
    lines: entries.length,
  };
}
