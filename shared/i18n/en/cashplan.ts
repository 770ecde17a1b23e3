/** The twelve-month cash plan in English: same keys as the French file. */
import { formatEurosEn } from '../../values/money';
import type { CashPlanMessages } from '../fr/cashplan';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const cashplan: CashPlanMessages = {
  month: (m) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`,
  shortMonth: (m) => `${MONTHS[Number(m.slice(5, 7)) - 1].slice(0, 3)} ${m.slice(0, 4)}`,
  heading: 'Twelve-month cash plan',
  title: (from, to) => `Cash plan from ${from} to ${to}`,
  opening: (d, cents) => `Bank and cash on ${d}: ${formatEurosEn(cents)}.`,
  columns: { month: 'Month', opening: 'Start of month', in: 'In', out: 'Out', closing: 'End of month', flag: 'Alert' },
  below: 'below threshold',
  chart: 'Cash at the end of each month (€)',
  minimum: (cents) => `Minimum cash (Settings): ${formatEurosEn(cents)}.`,
  noMinimum: 'No minimum cash in Settings: only months below zero are flagged.',
  belowMonths: (months, cents) => `Below the minimum cash of ${formatEurosEn(cents)}: ${months.join(', ')}.`,
  noneBelow: 'No month below the minimum cash.',
  lowest: (month, cents) => `Lowest point: ${month}, ${formatEurosEn(cents)}.`,
  lowestAtStart: (d, cents) => `Lowest point: on ${d} (start of the plan), ${formatEurosEn(cents)}.`,
  openingBelow: (cents) => `The starting cash is already below the minimum cash of ${formatEurosEn(cents)}.`,
  uncertain: (convention, d, cents, side, why) =>
    `Uncertain instalment, not counted: ${convention}, ${formatEurosEn(cents)} ${side === 'in' ? 'to receive' : 'to pay'} on ${d} (${why.join('; ')}).`,
  why: { unsigned: 'agreement not signed', ended: 'agreement ended before the plan starts' },
  repayment: (convention, cents) =>
    `Probable repayment, not counted as its date is unknown: ${convention}, ${formatEurosEn(cents)} received beyond the justified spending of an ended agreement.`,
  overdue: (inCents, outCents) =>
    `Overdue instalments, not marked done in the schedule, counted in the first month: ${formatEurosEn(inCents)} to receive, ${formatEurosEn(outCents)} to pay.`,
  noBudget: (years) => `No budget for ${years.join(', ')} in the Budget sheet: those months count only the Journal and the schedule.`,
  method:
    'Each month: the Journal lines dated in the month, the schedule’s instalments not marked done (agreements received: in; paid out: out), and the year’s budget spread evenly over its months, less what the Journal and the schedule already cover; contributions in kind are not money.',
  detail: { booked: 'Journal', scheduled: 'Schedule', budget: 'Budget' },
};
