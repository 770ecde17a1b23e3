/** The consistency check's sentences in English (`€1,234.56`, dates as `2025-03-15`): same keys and signatures as the French file. */
import type { CheckMessages, RefKind } from '../fr/checks';
import { formatEurosEn as eur } from '../../values/money';

const REF_KIND: Record<RefKind, string> = { project: 'Project', partner: 'Partner', convention: 'Agreement' };

export const checks: CheckMessages = {
  internal: (rule, error) => `Rule ${rule} failed (${error}): please report it.`,

  refUnknown: (kind, value, sheet) => `${REF_KIND[kind]} "${value}" unknown: it is not in sheet ${sheet}. Fix the code or add it.`,
  accountUnknown: (account) => `Account ${account} is not in the associations' chart of accounts: check the number.`,
  idDuplicate: (id, rows) => `ID ${id} appears ${rows.length} times (rows ${rows.join(', ')}): give this row a free ID.`,

  amountBoth: (income, expense) => `Line with both an income (${eur(income)}) and an expense (${eur(expense)}): keep only one.`,
  amountMissing: () => 'Line without an amount: fill in Income or Expense.',
  amountNegative: (amount) => `Negative amount (${eur(amount)}): enter it as a positive amount in the right column.`,
  inKindInJournal: (account) =>
    `Account ${account} (volunteer contribution in kind) in the Journal: no money moves, so the line is not counted. Enter the hours in sheet Bénévolat (valued on 864/875) and delete this line.`,
  expenseOnIncomeAccount: (expense, account) => `Expense of ${eur(expense)} on income account ${account}: check the account or the column.`,
  accountOutsideChart: (account, parent, listed) =>
    `Account ${account} is not in the associations' chart, which divides ${parent} into ${listed.map((l) => `${l.account} (${l.label})`).join(', ')}: choose one of them, or add ${account} in Paramètres › Comptes supplémentaires if it is intended.`,
  privateSubsidy: (income, partner, type, account) =>
    `Income of ${eur(income)} from ${partner} (${type}) on account ${account}: a subvention (74) is public money (loi 2000-321, art. 9-1); a grant from a foundation or a company goes to 7542 (mécénat) or 7551 (contributions financières).`,
  incomeOnChargeAccount: (income, account) => `Income of ${eur(income)} on charge account ${account}: check the account or the column.`,
  voucherMissing: () => 'No voucher number: number every receipt.',
  voucherReused: (voucher, firstRow) => `Voucher ${voucher} already used on row ${firstRow}: a voucher number is used once per year.`,
  lineDuplicate: (firstRow) => `Same date, account, amount and label as row ${firstRow}: entered twice?`,

  budgetUnbalanced: (year, project, charges, income, gap) =>
    `${year} budget of project ${project || '(no project)'} is unbalanced: charges ${eur(charges)}, income ${eur(income)} (gap ${eur(gap)}).`,
  budgetCvn: (year, project, uses, sources) =>
    `${year} budget of project ${project}: volunteer contributions unbalanced, uses (86) ${eur(uses)} vs sources (87) ${eur(sources)}.`,
  budgetOverrun: (o) =>
    `Project ${o.project || '(no project)'}, account ${o.account} (${o.label}) in ${o.year}: ${eur(o.actual)} spent for ${eur(o.budgeted)} budgeted (+${o.percent} %, threshold ${o.threshold} %).`,

  receivedOverGranted: (id, received, granted) => `${id}: received ${eur(received)}, more than the ${eur(granted)} granted.`,
  grantedOverRequested: (id, granted, requested) => `${id}: granted ${eur(granted)}, more than the ${eur(requested)} requested.`,
  cofinancing: (o) =>
    `${o.year} funding plan of project ${o.project}: funders ${eur(o.funders)} + own funds ${eur(o.ownFunds)} = ${eur(o.total)}, for a cost of ${eur(o.cost)}.`,
  fundedOver: (project, year, percent, funders, cost) =>
    `Project ${project} in ${year} funded at ${percent} %: ${eur(funders)} granted for a cost of ${eur(cost)}.`,

  conventionEndsBeforeStart: (id, end, start) => `${id ?? 'Agreement'} ends on ${end} before it starts on ${start}: fix Start or End.`,
  outsidePeriod: (date, convention, start, end) =>
    `Transaction of ${date} charged to ${convention}, which runs from ${start} to ${end}: outside its period.`,
  ineligibleExpense: (convention, account) =>
    `Ineligible expense charged to subsidy ${convention}: account ${account} cannot be paid by a subsidy.`,
  unsignedSubsidy: (id, amount) =>
    `Subsidy${id ? ` ${id}` : ''} of ${eur(amount)} has no signature date: above €23,000 a signed written agreement is mandatory.`,
  reportLate: (convention, due) => `Report for ${convention} was due on ${due}: late and not marked done.`,
  reportSoon: (convention, due, days) => `Report for ${convention} due on ${due}, within ${days} days.`,
  unspent: (o) =>
    `${o.convention}: ${eur(o.attributable)} attributable to ${o.year} and ${eur(o.spent)} spent; ${eur(o.unspent)} of a restricted resource unspent, to carry to restricted funds (689/19): year-end entry ${o.id} proposed at closing.`,
  owedBack: (o) =>
    `${o.convention} ended on ${o.end}: ${eur(o.received)} received for ${eur(o.justified)} of justified costs; the ${eur(o.owedBack)} received beyond them are probably to be paid back to the funder (a debt), not restricted funds.`,
  publicThreshold: (year, total) =>
    `Public subsidies ${year}: ${eur(total)}, above €153,000: annual accounts, a statutory auditor and publication are mandatory.`,

  // books: opening balances (Soldes d'ouverture, journal AN)
  yearEndNegative: (id) => `Year-end entry ${id}: a negative amount; write it positive in the other column (Débit or Crédit).`,
  yearEndTwice: (id) => `Year-end entry ${id}: this line is there twice; it would count twice.`,
  yearEndDate: (id, year, expected) =>
    `Year-end entry ${id} (fiscal year ${year}): the date must be ${expected}; another date would count it in another year.`,
  yearEndUnbalanced: (id, debit, credit) => `Year-end entry ${id} does not balance: debit ${eur(debit)}, credit ${eur(credit)}.`,
  openingUnbalanced: (year, debit, credit) =>
    `Opening balances ${year} do not balance: debits ${eur(debit)}, credits ${eur(credit)} (gap ${eur(Math.abs(debit - credit))}). Journal AN and the FEC cannot: copy the balances from the accountant's closing balance sheet.`,
  openingAccount: (year, account) =>
    `Account ${account} in the opening balances ${year}: only balance-sheet accounts (classes 1 to 5) are opened; the line is left out. Put this amount on the right balance-sheet account (110/119 for a result).`,
  openingCarried: (o) =>
    `Opening balances ${o.year}, account ${o.account}: ${eur(o.typed)} typed, the computed closing of ${o.year - 1} gives ${eur(o.carried)} (gap ${eur(Math.abs(o.typed - o.carried))}). Check the ${o.year - 1} Journal (a missing or doubled line?) or the typed balance, against the bank statement or the cash count.`,
};
