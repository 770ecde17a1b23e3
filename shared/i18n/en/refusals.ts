/** Why a use case says no, in English: same keys and signatures as the French file. */
import type { FecProblem } from '../../exports/fec';
import { formatEurosEn } from '../../values/money';
import type { RefusalMessages } from '../fr/refusals';

function fecProblem(p: FecProblem): string {
  switch (p.kind) {
    case 'unbalanced':
      return `entry ${p.entry} (Journal row ${p.row}) does not balance: debit ${formatEurosEn(p.debit)}, credit ${formatEurosEn(p.credit)}`;
    case 'numbering':
      return `numbering of journal ${p.journal} broken: ${p.entry} instead of no. ${p.expected}`;
    case 'outsideYear':
      return `entry ${p.entry} dated ${p.date}, outside fiscal year ${p.first} – ${p.last}`;
    default: {
      const never: never = p;
      return never;
    }
  }
}

export const refusals: RefusalMessages = {
  unexpected: () => 'Unexpected error: try again, then report it if it persists.',

  // reports and exports
  reportYearEmpty: (label, first, last) =>
    `No data for fiscal year ${label} (no Journal line, event or volunteering between ${first} and ${last}): choose another year.`,
  packYearEmpty: (year, first, last) => `No Journal line between ${first} and ${last}: no ${year} pack to prepare.`,
  fecNoSiren: () => 'SIREN missing or invalid in Paramètres (9 digits): the FEC file name needs it. Add the « SIREN » row.',
  fecRefused: (year, problems) =>
    `FEC ${year} not produced: ${problems.slice(0, 5).map(fecProblem).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}.`,
  // use cases and shells (shared/usecases, shared/sheets/records.ts, apps-script, scripts/preview, scripts/cli)
  busy: () => 'Someone else is saving in this workbook: try again in a moment.',
  noDocumentLock: () => 'This workbook cannot be written to (no document lock).',
  driveDisabled: () => 'The advanced Drive service (v3) is not enabled for this script.',
  accountantEmailMissing: () => "Fill in the accountant's e-mail first.",
  argCell: () => 'Invalid cell to select.',
  argSheet: () => 'Invalid sheet name.',
  argRow: () => 'Invalid row number.',
  argColumn: () => 'Invalid column number.',
  argYear: () => 'Invalid year.',
  argEmail: () => 'Invalid e-mail address.',
  argEmailText: (text) => `"${text}" is not a valid e-mail address.`,
  sheetGone: (sheet) => `The sheet "${sheet}" no longer exists.`,
  sheetMissing: (sheet) => `The sheet ${sheet} is missing: run "Install / repair the sheets".`,
  columnsMissing: (sheet, headers) =>
    `Sheet ${sheet}: column${headers.length > 1 ? 's' : ''} ${headers.map((h) => `"${h}"`).join(', ')} not found; nothing was written.`,
  columnMissing: (sheet, header) => `Sheet ${sheet}: column "${header}" is missing.`,
  idColumnMissing: (sheet) => `Sheet ${sheet}: no ID column; run "Install / repair the sheets".`,
  idNotFound: (id, sheet) => `${id} is not in the sheet ${sheet} (deleted meanwhile?): nothing was written.`,
  idDuplicated: (id, sheet, rows) => `${id} is on several rows of ${sheet} (${rows.join(', ')}): fix the duplicate; nothing was written.`,
  rowChanged: (row, sheet, id) =>
    `Row ${row} of ${sheet} (${id}) was changed or moved meanwhile: nothing was written. Reopen it and try again.`,
  sheetChanged: (sheet) => `The sheet ${sheet} changed meanwhile: nothing was written. Try again.`,
  selectConventionRow: () => 'First select a row of the Conventions sheet.',
  selectBelowHeader: () => 'Select an agreement row, below the headers.',
  conventionsWithoutId: () => 'The Conventions sheet has no ID column: run "Install / repair the sheets".',
  rowWithoutId: (row) => `Row ${row} has no agreement ID.`,
  cliYear: (value) => `--year expects a year like 2025, not "${value}"`,
  cliDate: (value) => `--date expects a date like 2026-01-15, not "${value}"`,
  cliPort: (value) => `--port expects a port number, not "${value}"`,
  cliPortInUse: (port) => `Port ${port} is already in use: try --port ${port + 1}`,
  cliServerFailed: (why) => `The server could not start (${why})`,
  cliNotBuilt: () => 'The sidebars are not built: run "npm run build".',
  cliInitNeedsWorkbook: () => 'init needs --workbook FILE: the demo workbook is never modified.',
  cliNotXlsx: (file) => `The new workbook must end in .xlsx: ${file}`,
};
