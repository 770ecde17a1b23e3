/** The annual report's commentary in English: same keys and signatures as the French file. */
import type { CommentaryMessages } from '../fr/commentary';

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('en') + s.slice(1);
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const outcome = (deficit: boolean, amount: string) => `${deficit ? 'a deficit' : 'a surplus'} of ${amount}`;

export const commentary: CommentaryMessages = {
  result: (label, deficit, amount, income, charges) =>
    `Fiscal year ${label} closes with ${outcome(deficit, amount)}: income amounts to ${income} and charges to ${charges}.`,
  resultBefore: (previousLabel, deficit, amount, income, charges) =>
    `Fiscal year ${previousLabel} had closed with ${outcome(deficit, amount)}; since then, income has gone from ${income.from} to ${income.to} and charges from ${charges.from} to ${charges.to}.`,
  chargesMoved: (previousLabel, changes) =>
    `Compared with ${previousLabel}, the charges that moved most are ${list(changes.map((c) => `${lower(c.label)} (from ${c.from} to ${c.to})`))}.`,
  incomeMoved: (changes) => `On the income side: ${list(changes.map((c) => `${lower(c.label)} (from ${c.from} to ${c.to})`))}.`,
  largestCharges: (items) => `The main charges are ${list(items.map((i) => `${lower(i.label)} (${i.amount})`))}.`,
  agreements: (count, partners) =>
    `${count} agreements were running or signed in the year${partners.length > 0 ? `; ${partners.length === 1 ? 'a new partner joined us' : 'new partners joined us'}: ${list(partners)}` : ''}.`,
  volunteering: (hours, value) => `Volunteers gave the association ${hours} hours, valued at ${value} as voluntary contributions in kind.`,
  budgetTotal: (actual, planned, gap, under) =>
    `Actual charges, ${actual}, are ${under ? 'below' : 'above'} the budget of ${planned}${gap ? ` (gap ${gap})` : ''}.`,
  budgetLargest: (project, actual, planned, gap) =>
    `The largest gap in amount is on project ${project}: ${actual} spent for ${planned} planned${gap ? ` (${gap})` : ''}.`,
  dedicated: (amount, conventions) =>
    `Dedicated funds of ${amount} are proposed (${list(conventions)}): the share of this funding not used this year is carried to the next one.`,
  owedBack: (total, items) =>
    `Ended agreements received more than their justified costs: ${total} is probably to be paid back to the funders (${list(items.map((i) => `${i.label}: ${i.amount}`))}), a debt rather than dedicated funds.`,
  noDedicated: 'No dedicated funds are proposed at closing: the year’s earmarked funding was used or cannot be carried over.',
  cash: (date, bank, cash) => `On ${date}, cash stands at ${bank} in the bank and ${cash} in hand.`,
};
