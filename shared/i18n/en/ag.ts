/** The AG pack in English: same keys as the French file. */
import { formatEurosEn } from '../../values/money';
import type { AgMessages } from '../fr/ag';

const eur = (c: number) => formatEurosEn(Math.abs(c));
const BLANK = '……………';
const signedChange = (c: number) => `${c < 0 ? '−' : '+'}${formatEurosEn(Math.abs(c))}`;
const signed = (c: number) => (c < 0 ? `${formatEurosEn(-c)} (debit)` : formatEurosEn(c));

export const ag: AgMessages = {
  blank: BLANK,
  generating: () => 'Preparing the general meeting pack…',
  ready: (year, url) => `General meeting pack (accounts ${year}) ready: ${url}`,
  failed: (why) => `The general meeting pack could not be prepared: ${why}`,
  day: (d) => d,
  title: (name, label) => `${name} — General meeting, accounts ${label}`,
  heading: (label) => `General meeting — accounts ${label}`,
  draft: (today, reportTitle) =>
    `Draft prepared on ${today} from the workbook, to be read and completed. The financial report is the annual report “${reportTitle}”.`,
  agenda: 'Agenda (draft)',
  meetingDate: (d) => (d ? `General meeting of ${d}.` : `Date of the general meeting: ${BLANK} (Paramètres › Date de l’AG).`),
  provisional: (label, count, change) =>
    `Accounts not finalised: ${count} year-end ${count > 1 ? 'entries' : 'entry'} of the year ${label} ${count > 1 ? 'are' : 'is'} proposed and still to be reviewed (citego close). The result below is provisional: accepted, ${count > 1 ? 'they' : 'it'} would change it by ${signedChange(change)}.`,
  provisionalResolution: (change) =>
    ` Provisional result: the proposed year-end entries, not yet reviewed, would change it by ${signedChange(change)}.`,
  items: {
    minutes: (d) => `Approval of the minutes of the general meeting of ${d}`,
    activity: (label) => `Moral and activity report ${label}`,
    financial: (label) => `Financial report ${label}: the accounts`,
    accounts: (label) => `Approval of the accounts ${label} and discharge of the board`,
    allocation: (label) => `Allocation of the result ${label}`,
    budget: (label) => `Budget ${label}`,
    board: 'Election of the board (if due)',
    other: 'Any other business',
  },
  allocation: (label) => `Allocation of the result ${label}`,
  figure: 'Item',
  amount: 'Amount',
  surplus: (label) => `Surplus of the year ${label}`,
  deficit: (label) => `Deficit of the year ${label}`,
  retainedBefore: 'Retained earnings before allocation',
  retainedAfter: 'Retained earnings after allocation',
  retainedDebit: ' (debit)',
  basis: (cash) =>
    cash
      ? 'Accounts on a cash basis (no year-end entries), those of the financial report.'
      : 'Accounts after year-end entries, those of the financial report.',
  resolutionAllocation: (label, result, before, after) =>
    result >= 0
      ? `Having heard the financial report, the general meeting resolves to allocate the surplus of the year ${label}, ${eur(result)}, to retained earnings, which go from ${signed(before)} to ${signed(after)}.`
      : `Having heard the financial report, the general meeting resolves to charge the deficit of the year ${label}, ${eur(result)}, to retained earnings, which go from ${signed(before)} to ${signed(after)}.`,
  owedBack: (total, items) =>
    `To note: ${formatEurosEn(total)} is probably to be paid back to the funders of ended agreements (received beyond the justified costs): ${items.map((i) => `${i.convention}, ${i.funder}: ${formatEurosEn(i.amount)}`).join('; ')}.`,
  reserveOption: (result) =>
    result >= 0
      ? `Alternative: allocate ${BLANK} € to reserves (account 1068) and the rest to retained earnings.`
      : `Alternative: charge ${BLANK} € of the deficit to reserves (account 1068) and the rest to retained earnings.`,
  resolutionAccounts: (label, closedOn) =>
    `The general meeting approves the accounts of the year ${label}, drawn up on ${closedOn ?? BLANK}, as presented and gives the board discharge for its management.`,
  budgetHeading: (label) => `Budget ${label}`,
  project: 'Project',
  charges: 'Charges',
  income: 'Income',
  gap: 'Gap (income − charges)',
  total: 'Total',
  ofWhichCvn: 'of which contributions in kind',
  nature: 'Nature',
  budgetNote: 'As typed in the Budget sheet, contributions in kind included (86 uses = 87 sources), project by project.',
  unbalanced: (project, charges, income, gap) =>
    `Budget ${project} unbalanced: charges ${formatEurosEn(charges)}, income ${formatEurosEn(income)} (gap ${formatEurosEn(Math.abs(gap))}). It is shown as it is: to be balanced before the vote.`,
  noBudget: (label) => `The Budget sheet has no line for ${label}: the budget is to be entered before the meeting.`,
  resolutionBudget: (label, total) =>
    `The general meeting approves the budget ${label}, balanced at ${formatEurosEn(total)} of charges and income, contributions in kind included.`,
  resolutionBudgetUnbalanced: (label, charges, income) =>
    `The general meeting approves the budget ${label}: charges ${formatEurosEn(charges)}, income ${formatEurosEn(income)}. Note: this budget is not balanced.`,
  resolution: (n) => `Resolution ${n}`,
  minutes: 'Minutes (draft)',
  minutesTitle: (name) => `Minutes of the ordinary general meeting of ${name}`,
  meeting: (d) => [
    `Date and time: ${d ? `${d}, ${BLANK}` : BLANK}`,
    `Place: ${BLANK}`,
    `Members present: ${BLANK}; represented: ${BLANK}; the quorum (${BLANK}) is reached.`,
    `Chair: ${BLANK}; secretary: ${BLANK}.`,
  ],
  lastAg: (d, title) => `Last general meeting: ${title}, on ${d}.`,
  noLastAg: 'Mémoire mentions no earlier general meeting.',
  decisions: (label) => `Decisions of the year ${label} (Mémoire)`,
  noDecision: 'Mémoire mentions no decision this year.',
  debate: `Discussion: ${BLANK}`,
  vote: 'Vote',
  votesCast: 'Number of votes',
  footer: (name, label) => `${name} — General meeting, accounts ${label}`,
  page: 'Page',
  votes: { for: 'For', against: 'Against', abstain: 'Abstentions' },
  outcome: 'The resolution is adopted / rejected (strike out).',
  closing: `The agenda being exhausted, the meeting closes at ${BLANK}.`,
  signatures: 'Signatures',
  signers: ['Chair', 'Secretary'],
};
