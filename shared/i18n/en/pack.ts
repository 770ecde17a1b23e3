/** The accountant's pack as the user sees it, in English: same keys and signatures as the French file. */
import { formatNumberEn } from '../../values/numbers';
import type { PackMessages } from '../fr/pack';

export const pack: PackMessages = {
  files: {
    fec: (lines) => `Accounting entries file (FEC, ${formatNumberEn(lines)} lines)`,
    generalLedger: 'General ledger',
    trialBalance: 'Trial balance',
    budget: 'Budget vs actual by project',
    volunteering: 'Volunteer valuation (864/875)',
    subsidies: 'Grants awarded, received, unspent',
    vouchers: 'Index of vouchers and receipts',
    excluded: 'Journal lines to fix, left out of the entries',
  },
  labels: {
    fec: 'FEC',
    journal: 'Journal',
    vouchers: 'Receipts',
    email: "Accountant's e-mail",
    report: 'Annual report',
  },
  fecReady: (file, entries) => `${file}, ${formatNumberEn(entries)} balanced ${entries === 1 ? 'entry' : 'entries'}`,
  journalBooked: (lines) => `${formatNumberEn(lines)} ${lines === 1 ? 'line' : 'lines'} booked`,
  journalExcluded: (rows) =>
    rows.length > 1 ? `${rows.length} lines to fix (rows ${rows.join(', ')}), left out` : `1 line to fix (row ${rows[0]}), left out`,
  vouchersComplete: () => 'every voucher has a receipt',
  vouchersMissing: (n) =>
    n === 1 ? '1 voucher without a number or a receipt' : `${formatNumberEn(n)} vouchers without a number or a receipt`,
  emailMissing: () => 'to fill in under Paramètres',
  reportJoined: () => 'included in the folder',
  reportMissing: () => 'not generated yet',
};
