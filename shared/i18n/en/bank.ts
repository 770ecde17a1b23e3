/** What `citego reconcile` prints of a bank reconciliation, in English: same keys and signatures as the French file. */
import { formatEurosEn } from '../../values/money';
import { formatNumberEn } from '../../values/numbers';
import type { BankMessages } from '../fr/bank';

const s = (n: number) => (n > 1 ? 's' : '');
const eur = (cents: number) => formatEurosEn(cents);

export const bank: BankMessages = {
  title: (year, account) => `Bank reconciliation ${year} — account ${account}`,
  imported: (file, read, added, already) =>
    `${file}: ${formatNumberEn(read)} line${s(read)} read, ${formatNumberEn(added)} added to Relevés, ${formatNumberEn(already)} already there.`,
  matched: (matched, count, ticked) =>
    `${formatNumberEn(matched)} of ${formatNumberEn(count)} statement lines matched (${formatNumberEn(ticked)} ticked now in Relevés › Pointé).`,
  unreadable: (rows) => `Relevés rows without a readable date or amount, left aside: ${rows.join(', ')}.`,
  balanceTitle: () => 'Balances',
  statementClosing: (date, cents) => `  Statement balance on ${date}        ${eur(cents)}`,
  bookClosing: (date, cents) => `  Books balance (512) on ${date}      ${eur(cents)}`,
  noBalance: () => '  The statement has no Solde column: no gap can be computed.',
  gap: (cents) => `  Gap                                  ${eur(cents)}`,
  openingMissing: (cents) => `    of which no opening balance in the books (to type in Soldes d’ouverture)   ${eur(cents)}`,
  openingDifference: (statement, books, cents) =>
    `    of which a different start: the statement starts at ${eur(statement)}, the books at ${eur(books)}   ${eur(cents)}`,
  unmatchedBankSum: (cents) => `    of which statement lines missing from the Journal         ${eur(cents)}`,
  unmatchedBookSum: (cents) => `    of which Journal lines not yet on the statement           ${eur(-cents)}`,
  explained: () => '  Gap fully explained.',
  unexplained: (cents, fromOpening) =>
    fromOpening
      ? `  Unexplained: ${eur(cents)} (the statement does not start from the books’ balance: check the 512 opening balance in Soldes d’ouverture, or the previous statement).`
      : `  Unexplained: ${eur(cents)} (a line is missing from the export, or the opening Solde is unknown).`,
  unmatchedBankTitle: (n) => `On the statement, not in the Journal (${formatNumberEn(n)})`,
  unmatchedBookTitle: (n) => `In the Journal, not on the statement (${formatNumberEn(n)})`,
  bankLine: (row, date, label, cents) => `  Relevés!${row}  ${date}  ${eur(cents).padStart(14)}  ${label}`,
  bookLine: (row, date, voucher, label, cents) =>
    `  Journal!${row}  ${date}  ${eur(cents).padStart(14)}  ${voucher ? `${voucher} · ` : ''}${label}`,
  proposalsTitle: (n) => `Proposed entries (${formatNumberEn(n)})`,
  proposal: (row, date, label, cents, account, accountLabel, voucher) =>
    `  [${row}] ${date}  ${eur(cents).padStart(14)}  ${label} → account ${account} (${accountLabel}), voucher ${voucher}`,
  acceptHint: () => 'To add them to the Journal: citego reconcile --workbook FILE --accept <row>… (the number in brackets).',
  accepted: (row) => `Relevés!${row}: line added to the Journal and ticked.`,
  totalRowAbove: (row) => `The lines added are below the Total row (row ${row}): extend its formula.`,
  notProposed: (row) => `Relevés!${row}: no proposal for this line (already matched?); nothing was added.`,
  none: () => '  None.',
  noStatement: (year) => `No statement line for ${year} in Relevés: import the bank's statement (--import statement.csv).`,
  demoNotWritten: () => 'Demo: nothing is written into the demo (give --workbook for your workbook).',
};
