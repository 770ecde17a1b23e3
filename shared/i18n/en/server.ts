/** What the server side writes for a person to read, in English: same keys and signatures as the French file. */
import type { ServerMessages } from '../fr/server';

export const server: ServerMessages = {
  reportsFolder: () => 'Annual reports',
  conventionsFolder: () => 'Agreements',
  accountantFolder: (association) => `${association} — Accountant`,
  ledgerSheet: (year) => `General ledger ${year}`,
  reportShortcut: (year) => `Annual report ${year}`,
  shareMessage: (association, year) =>
    `${association}: the ${year} accounting folder is ready (FEC, general ledger, trial balance, budgets, volunteering, grants, vouchers).`,
  accountantNoteTitle: (year) => `Accountant's folder ${year} sent`,
  accountantNoteText: (files, email) => `${files} files shared with ${email}`,
  installCreated: (sheets) => `Sheets created: ${sheets.join(', ')}.`,
  installNumbered: (column, sheet, rows) => `Column "${column}" added to ${sheet} (${rows} ${rows === 1 ? 'row' : 'rows'} numbered).`,
  installNothing: () => 'Every sheet is in place: nothing changed.',
  reportGenerating: () => 'Generating the annual report…',
  reportReady: (year, url) => `Annual report ${year} ready: ${url}`,
  reportFailed: (why) => `The report could not be generated: ${why}`,
  conventionChanged: (id) => `${id} was changed by someone else since the form opened: nothing was written. Reopen it.`,
  conventionNotFound: (id) => `The agreement ${id} cannot be found.`,
  conventionFolderFailed: (why) => `Agreement saved, but its folder could not be created: ${why}`,
};
