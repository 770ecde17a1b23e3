/** Why a use case says no, in English: same keys and signatures as the French file. */
import type { FecProblem } from '../../exports/fec';
import { formatEurosEn } from '../../values/money';
import { formatNumberEn } from '../../values/numbers';
import type { RefusalMessages, UnshiftedContent, XmlFault } from '../fr/refusals';

function unshifted(what: UnshiftedContent): string {
  switch (what) {
    case 'formula':
      return 'a formula';
    case 'merged':
      return 'merged cells';
    case 'hyperlink':
      return 'a hyperlink';
    case 'conditional':
      return 'conditional formatting';
    case 'validation':
      return 'data validation';
    case 'table':
      return 'a table';
    case 'name':
      return 'a named range pointing';
    default: {
      const never: never = what;
      return never;
    }
  }
}

function xmlFault(f: XmlFault | string): string {
  if (typeof f === 'string') return f;
  switch (f.kind) {
    case 'unclosed':
      return `<${f.tag}> not closed`;
    case 'incomplete':
      return `</${f.tag}> incomplete`;
    case 'noClosingTag':
      return `<${f.tag}> without </${f.tag}>`;
    case 'unreadable':
      return `<${f.tag}> unreadable`;
    case 'absent':
      return `<${f.tag}> missing`;
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

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
  previewOutsideDrive: (id) =>
    `"${id}" is outside the preview's "Drive" folder: nothing is written there (was the .citego.json file next to the workbook edited?).`,
  previewLogUnreadable: (file) =>
    `The file ${file} next to the workbook is unreadable: move it aside (rename it) and try again; the preview will make a new one.`,
  workbookInUse: (file, pid) =>
    `${file} is already open for writing by another citego (process ${pid}): stop it first; two writers at once would lose saves.`,
  // workbook files (scripts/xlsx: the .xlsx opened by the CLI and the preview; `file` is its name)
  xlsxNotFound: (file) => `File not found: ${file}`,
  xlsxIsFolder: (file) => `${file} is a folder, not an .xlsx workbook`,
  xlsxCannotOpen: (file, why) => `Cannot open ${file} (${why ?? 'error'})`,
  xlsxNotAFile: (file) => `${file} is not a regular file (a pipe or a device?), not an .xlsx workbook`,
  xlsxTooLarge: (file, mb, maxMb) => `${file} is too large (${mb} MB, at most ${maxMb} MB)`,
  xlsxNotZip: (file) => `${file} is not an .xlsx workbook (not an Excel archive; a renamed .csv?)`,
  xlsxNoEnd: (file) => `${file} is truncated or damaged (end of archive not found)`,
  xlsxTooManyEntries: (file, n) => `${file} holds too many internal files (${n})`,
  xlsxDirectoryOutside: (file) => `${file} is truncated or damaged (archive directory outside the file)`,
  xlsxDirectoryUnreadable: (file) => `${file} is damaged (unreadable archive directory)`,
  xlsxBomb: (file, entry, ratio) => `${file} is refused: "${entry}" inflates ${ratio} times (a decompression bomb?)`,
  xlsxTooLargeInflated: (file, mb, maxMb) => `${file} is refused: ${mb} MB once inflated (at most ${maxMb} MB)`,
  xlsxNoWorkbook: (file) => `${file} is not an .xlsx workbook (no xl/workbook.xml; an .ods or a .docx?)`,
  xlsxPartMissing: (file, part) => `${file}: ${part} missing`,
  xlsxEntryMissing: (file, entry) => `${file} is damaged (${entry} missing)`,
  xlsxEncrypted: (file) => `${file} is password-protected: save it without protection`,
  xlsxEntryUnreadable: (file, entry) => `${file} is damaged (${entry} unreadable)`,
  xlsxEntryIncomplete: (file, entry) => `${file} is truncated or damaged (${entry} incomplete)`,
  xlsxCompression: (file, method) => `${file} uses an unknown compression (${method})`,
  xlsxEntryNotInflating: (file, entry) => `${file} is damaged (${entry} does not inflate)`,
  xlsxDamaged: (file, why) => `${file} is damaged or not a readable .xlsx workbook (${xmlFault(why)})`,
  xlsxReadTooLong: (file, seconds) => `${file}: reading took too long (over ${seconds} s), given up`,
  xlsxTooManyColumns: (file, sheet, max) => `${file}: the sheet "${sheet}" has more than ${max} columns; the workbook is refused`,
  xlsxTooManyCells: (file, sheet, rows, columns, max) =>
    `${file}: the sheet "${sheet}" spans ${rows} rows × ${columns} columns; above ${max} cells per sheet the workbook is refused (a lone cell far away? delete it)`,
  xlsxTooManyCellsInWorkbook: (file, max) =>
    `${file}: the sheets span more than ${max} cells, Google Sheets' own limit; the workbook is refused`,
  xlsxTooManyRows: (file, sheet, row, max) =>
    `${file}: the sheet "${sheet}" has a row no. ${formatNumberEn(row)}; beyond ${formatNumberEn(max)} rows the workbook is refused`,
  xlsxSaveEntryUnreadable: (file, entry) => `${file} is damaged (${entry} unreadable): cannot save`,
  xlsxSavePartMissing: (file, part) => `${file}: ${part} missing: cannot save`,
  xlsxSaveStylesUnreadable: (list) => `The workbook's styles are unreadable (${list} missing): cannot save`,
  xlsxSheetNamedTwice: (file, sheet) =>
    `${file}: two sheets are named “${sheet}”; rename one of them in Excel or LibreOffice, then try again`,
  xlsxRowsNotShifted: (sheet, what, row) =>
    `The sheet “${sheet}” holds ${unshifted(what)} at row ${formatNumberEn(row)} or below: deleting rows above would have to shift it, which the offline preview cannot do. Nothing was saved; edit this convention in Google Sheets (or remove that content from the sheet), then try again`,
  xlsxReadOnly: (file) => `${file} is read-only: nothing was saved. Allow writing to the file (or its folder), then try again`,
  xlsxSheetExists: (sheet) => `The sheet ${sheet} already exists`,
  // Drive with several editors, properties and retries (shared/usecases/folders.ts, shared/conventions/save.ts)
  driveOwnedBy: (owner) =>
    `The association's Drive folder was created by ${owner}, and Google lets Citego open it only from that account (access limited to the app's own files). Ask ${owner} to run this action, or open the workbook with that account; nothing was created.`,
  driveOwnerUnknown: () =>
    "The association's Drive folder was created from another account, which Citego cannot see (access limited to the app's own files). Ask the person who generated the first report or pack to run this action; nothing was created.",
  driveFolderNotGranted: (typed) =>
    `Paramètres › Dossier Drive says "${typed}", a folder Citego cannot open: it only reaches the folders it created itself. Empty that cell: Citego will create the association's folder, which you can then move anywhere in Drive. Nothing was created.`,
  propertiesFull: () =>
    "Citego's memory in this workbook (document properties, 500 KB) is full: nothing was saved. Untick “Create the Drive folder and the agreement sheet” to save without a folder, and tell whoever administers Citego.",
  saveInterrupted: (id) =>
    `The previous save of this form (agreement ${id}) stopped while writing: nothing was written this time. Check ${id} in the Conventions and Échéances sheets, fix it if needed, then reopen the form.`,
};
