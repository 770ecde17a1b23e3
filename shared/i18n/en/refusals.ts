/** Why a use case says no, in English: same keys and signatures as the French file. */
import type { FecProblem } from '../../exports/fec';
import type { JournalCode } from '../../ledger/booking';
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

/** Where an FEC entry comes from (books: opening balances, year-end entries). */
function fecSource(journal: JournalCode, row: number): string {
  if (journal === 'AN') return row > 0 ? "Soldes d'ouverture (opening balances)" : 'carried opening balances';
  return journal === 'OD' ? 'year-end entry' : `Journal row ${row}`;
}

function fecProblem(p: FecProblem): string {
  switch (p.kind) {
    case 'unbalanced':
      return `entry ${p.entry} (${fecSource(p.journal, p.row)}) does not balance: debit ${formatEurosEn(p.debit)}, credit ${formatEurosEn(p.credit)}`;
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
  xlsxCellTooLong: (file, sheet, cell, max) =>
    `${file}: the cell ${sheet}!${cell} holds a text longer than ${formatNumberEn(max)} characters, the limit of a Google Sheets cell; the workbook is refused`,
  xlsxCannotWrite: (file, code) =>
    `Cannot write ${file} (${
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'writing is not allowed in its folder'
          : code === 'ENOSPC'
            ? 'disk full'
            : code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR'
              ? 'a file has that name, or the path goes through a file instead of a folder'
              : (code ?? 'write error')
    }): nothing was written`,
  xlsxSaveEntryUnreadable: (file, entry) => `${file} is damaged (${entry} unreadable): cannot save`,
  xlsxSavePartMissing: (file, part) => `${file}: ${part} missing: cannot save`,
  xlsxSaveStylesUnreadable: (list) => `The workbook's styles are unreadable (${list} missing): cannot save`,
  xlsxSheetNamedTwice: (file, sheet) =>
    `${file}: two sheets are named “${sheet}”; rename one of them in Excel or LibreOffice, then try again`,
  xlsxRowsNotShifted: (sheet, what, row) =>
    `The sheet “${sheet}” holds ${unshifted(what)} at row ${formatNumberEn(row)} or below: deleting rows above would have to shift it, which the offline preview cannot do. Nothing was saved; edit this convention in Google Sheets (or remove that content from the sheet), then try again`,
  xlsxReadOnly: (file) => `${file} is read-only: nothing was saved. Allow writing to the file (or its folder), then try again`,
  xlsxSheetExists: (sheet) => `The sheet ${sheet} already exists`,
  // deploy (scripts/cli/commands/deploy.ts, scripts/cli/deploy/)
  deployNoSpreadsheet: () => 'deploy needs --spreadsheet followed by the ID or the address of the Google Sheets spreadsheet.',
  deployNotASpreadsheet: (value) =>
    `"${value}" is neither the ID of a Google Sheets spreadsheet nor its address (https://docs.google.com/spreadsheets/d/<ID>/edit).`,
  deployNotAProject: (dir) => `${dir} is not a Citego project (apps-script/appsscript.json or scripts/build.mjs is missing).`,
  deployBoundElsewhere: (parentId, scriptId, wanted) =>
    `This project is already bound to the spreadsheet ${parentId} (script ${scriptId}): to install Citego on the spreadsheet ${wanted}, run again with --force-new (the old .clasp.json will be kept as .clasp-${parentId}.json).`,
  deployBindingUnknown: (scriptId) =>
    `.clasp.json names the script ${scriptId} without saying which spreadsheet it is bound to: if it is this spreadsheet's, add "parentId": "<spreadsheet ID>" to it; otherwise run again with --force-new.`,
  deployClaspJsonUnreadable: (why) => `.clasp.json is unreadable (${why}): fix it or move it aside, then run again.`,
  deployRootDir: (rootDir) => `.clasp.json pushes "${rootDir}" instead of "dist" (what npm run build writes): fix rootDir, then run again.`,
  deployNoClasp: (command) =>
    `clasp cannot be found (${command}): run "npm install" (it installs @google/clasp 3.4.1) or give its path in CITEGO_CLASP.`,
  deployNotLoggedIn: () => 'clasp is not logged in to any Google account: run "npx clasp login", then run again.',
  deployApiDisabled: () =>
    'The Apps Script API is not enabled for your account: enable it at https://script.google.com/home/usersettings, wait a few minutes, then run again.',
  deployClaspFailed: (step, said) => `clasp ${step} failed: ${said}`,
  deployBuildFailed: (said) => `The build (npm run build) failed: ${said}`,
  deployNotTracked: (files) =>
    `clasp would not push ${files.join(', ')} (missing from clasp show-file-status): does a .claspignore leave it out? Nothing was pushed.`,
  deployManifestMismatch: (scriptId, missing) =>
    `After the push, the manifest of the script ${scriptId} is not the project's (missing: ${missing.join(', ')}): run again; if it persists, open the Apps Script editor.`,
  // Bank reconciliation (shared/bank/, issue 12 #7)
  bankCsvNoHeader: () =>
    'The bank file has no header row we recognise (Date, Libellé, Montant or Débit/Crédit) in its first 30 lines: nothing was imported. Export the statement as CSV from your bank, or add these headers',
  bankCsvQuote: (line: number) =>
    `Bank file, line ${formatNumberEn(line)}: a quote is opened and never closed; nothing was imported. Fix the line or export the statement again`,
  bankCsvNoDate: (line: number) =>
    `Bank file, line ${formatNumberEn(line)}: the date is empty; nothing was imported. Fill in or delete the line`,
  bankCsvDate: (line: number, typed: string) =>
    `Bank file, line ${formatNumberEn(line)}: “${typed}” is not a date (e.g. 15/03/2025); nothing was imported. Fix the line`,
  bankCsvAmount: (line: number, typed: string) =>
    `Bank file, line ${formatNumberEn(line)}: “${typed}” is not an amount (e.g. -1 234,56); nothing was imported. Fix the line`,
  bankCsvNoAmount: (line: number) =>
    `Bank file, line ${formatNumberEn(line)}: no amount, debit or credit; nothing was imported. Fill in or delete the line`,
  bankCsvEmpty: () => "The statement is empty: paste the bank's CSV file, or choose the file",
  bankCsvTooBig: (max: number) =>
    `The statement is over ${formatNumberEn(max)} characters: import it in several parts (one file a month, say)`,
  bankCsvFile: (file: string) => `Statement file missing or unreadable: ${file}`,
  bankCsvNotAFile: (file: string) =>
    `${file} is not a regular file (a pipe, a folder or a device?): choose the CSV file exported by the bank`,
  bankCsvTooManyLines: (max: number) =>
    `The statement has more than ${formatNumberEn(max)} lines: nothing was imported; import it in several parts (one file per month, for example)`,
  bankCsvTextTooLong: (line: number, max: number) =>
    `Bank file, line ${formatNumberEn(line)}: a field is longer than ${formatNumberEn(max)} characters (a cell's limit); nothing was imported. Fix the line`,
  bankCsvDebitAndCredit: (line: number) =>
    `Bank file, line ${formatNumberEn(line)}: both a debit and a credit; nothing was imported. Keep one of the two amounts`,
  bankCsvEncoding: () => 'The bank file is in UTF-16, which is not supported: nothing was imported; save the file as UTF-8 or Windows-1252',
  bankProposalUnknown: () => 'This proposal no longer exists (the statement line was ticked or changed): run the reconciliation again',
  bankProposalArg: () => 'Unknown proposal: run the reconciliation again',
  bankAcceptNumber: (typed: string) => `--accept ${typed}: give the Relevés row of a proposal (the number in brackets, e.g. --accept 12)`,
  // year-end closing (close rpc, citego close)
  yearEndNotClosed: (year, closing) =>
    `Fiscal year ${year} is not closed (closing on ${closing}): its year-end entries can be accepted after that date.`,
  yearEndUnknown: (id, year) => `${id} is not a year-end entry proposed for ${year}: run the closing again to see the current list`,
  argYearEndIds: () => 'Unreadable list of entries to accept: a list of IDs was expected',
  cliCloseNeedsWorkbook: () => 'close --accept needs --workbook FILE: the demo workbook is never modified.',
  // compte rendu financier CERFA 15059 (shared/reports/cerfa15059/, citego cerfa15059)
  cerfaNoConvention: () => 'Name the subsidy agreement: --convention C-2025-002 (its ID in the Conventions sheet).',
  cerfaUnknownConvention: (id) => `Agreement “${id}” not found in the Conventions sheet.`,
  cerfaNotASubsidy: (id, type) =>
    `${id} is not a subsidy received (type “${type || 'empty'}”): the Cerfa 15059 financial report is for subsidies only.`,
  cerfaNoFunder: (id) => `Subsidy ${id} has no funding partner: fill in the agreement’s Partenaire column.`,
  cerfaYearEmpty: (id, year) =>
    `No line booked in fiscal year ${year} on agreement ${id} or its project: nothing to report for that year: choose another one.`,
  cerfaYearOutside: (id, year, start, end) =>
    `Fiscal year ${year} is outside the period of agreement ${id} (${start || '?'} – ${end || '?'}).`,
  // AG pack, cash plan and the CERFA 15059 follow-up
  cashPlanMonth: (value) => `Month "${value}" unreadable: expected YYYY-MM, like 2026-01.`,
  reportRowNotFound: (id) =>
    `No report to do for ${id} in the Échéances sheet (it may have been changed or already marked done): nothing was written.`,
  // Drive with several editors, properties and retries (shared/usecases/folders.ts, shared/conventions/save.ts)
  driveOwnedBy: (owner) =>
    `The association's Drive folder was created by ${owner}, and Google lets Citego open it only from that account (access limited to the app's own files). Ask ${owner} to run this action, or open the workbook with that account; nothing was created.`,
  driveOwnerUnknown: () =>
    "The association's Drive folder was created from another account, which Citego cannot see (access limited to the app's own files). Ask the person who generated the first report or pack to run this action; nothing was created.",
  driveFolderNotGranted: (typed) =>
    `Paramètres › Dossier Drive says "${typed}", a folder Citego cannot open: it only reaches the folders it created itself. Empty that cell: Citego will create the association's folder, which you can then move anywhere in your Drive; nothing was created.`,
  propertiesFull: () =>
    "Citego's memory in this workbook (document properties, 500 KB) is full: nothing was saved. Untick “Create the Drive folder and the agreement sheet” to save without a folder, and tell whoever administers Citego.",
  saveInterrupted: (id) =>
    `The previous save of this form (agreement ${id}) stopped while writing: nothing was written this time. Check ${id} in the Conventions and Échéances sheets, fix it if needed, then reopen the form.`,
  // live spreadsheet over the Sheets API (scripts/sheets-api/, citego --sheet, login, logout, provision)
  liveNoCredentials: () =>
    'citego has no Google access. Two ways: “gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets.readonly,https://www.googleapis.com/auth/cloud-platform” (Google Cloud’s default credentials), or “citego login --client client_secret.json” with a “Desktop app” OAuth client of your Google Cloud project (README, “The live spreadsheet”).',
  liveNoCredentialsWrite: () =>
    'citego has no Google write access: provision creates a spreadsheet and needs the “spreadsheets” access. Run “citego login --client client_secret.json --write” with a “Desktop app” OAuth client of your Google Cloud project, or “gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/cloud-platform” (README, “The live spreadsheet”).',
  liveGarbled: () =>
    'Google Sheets’ answer is unreadable (it does not have the shape the API describes): nothing was read or written. Try again; if it happens again, check CITEGO_SHEETS_API_URL or a proxy.',
  liveTooLarge: (mb) => `Google Sheets’ answer is over ${mb} MB: citego does not read it (an association’s spreadsheet is far smaller).`,
  liveTimeout: () => 'Google Sheets did not answer within two minutes: try again later; nothing was read or written.',
  agYearNotClosed: (year, closing) =>
    `The ${year} fiscal year is not closed (it closes on ${closing}): the general meeting approves closed accounts; choose a finished year.`,
  liveRevoked: () =>
    'citego’s Google authorisation was revoked or has expired: run “citego login” (or “gcloud auth application-default login”) again, then the command.',
  liveNotShared: (id) =>
    `The spreadsheet ${id} is not shared with this Google account (403): ask its owner to share it with you, or sign in with another account (citego logout, then citego login).`,
  liveApiDisabled: () =>
    'The Google Sheets API is not enabled in the Google Cloud project of your credentials: enable it (console.cloud.google.com › APIs & Services › Library › Google Sheets API), then run again.',
  liveScope: () =>
    'Your Google credentials do not give access to spreadsheets (insufficient scope): run “citego login” again and accept the access asked.',
  liveNotFound: (id) => `No Google Sheets spreadsheet has the ID ${id} (404): check the address copied from the browser’s bar.`,
  liveQuota: (attempts) => `Google is limiting requests (429) and refused ${attempts} attempts: wait a minute, then run again.`,
  liveUnavailable: (status, attempts) =>
    `Google Sheets is not answering properly (error ${status}, ${attempts} attempt${attempts > 1 ? 's' : ''}): try again in a few minutes.`,
  liveBadRequest: (said) => `Google Sheets refused the request: ${said}`,
  liveNetwork: (why) => `Cannot reach Google Sheets (${why}): check the Internet connection, then run again.`,
  liveTooManyCells: (sheet, max) =>
    `The sheet “${sheet}” of the spreadsheet has more than ${formatNumberEn(max)} cells: citego does not read it.`,
  liveSheetAndWorkbook: () => '--sheet and --workbook exclude each other: choose the Google Sheets spreadsheet or the .xlsx file.',
  liveTokenUnreadable: (path) => `${path} is unreadable: delete it with “citego logout”, then run “citego login” again.`,
  liveClientUnreadable: (path, why) =>
    `${path} is not an OAuth client downloaded from Google Cloud (${why}): download the JSON of the “Desktop app” client (Credentials › OAuth client ID).`,
  liveLoginTimeout: (minutes) => `No authorisation received from the browser in ${minutes} minutes: run “citego login” again.`,
  liveLoginDenied: (why) => `The authorisation was refused in the browser (${why}): nothing was stored.`,
  liveLoginNoRefresh: () =>
    'Google gave no lasting token: remove citego’s access at https://myaccount.google.com/permissions, then run “citego login” again.',
  liveNeedsWrite: () =>
    'This command creates a spreadsheet: it needs the “spreadsheets” access (read and write), which your sign-in lacks. Run “citego login --write”.',
  liveNoTitle: () => 'provision needs --title followed by the new spreadsheet’s name (e.g. --title "Citego — accounts 2026").',
  // atlas as SKOS and the link check (shared/atlas/skos-*.ts, citego atlas, citego links)
  skosSyntax: (line: number, near: string) =>
    `Unreadable SKOS file at line ${formatNumberEn(line)}${near ? ` (near “${near}”)` : ''}: it is not valid Turtle; nothing was written.`,
  skosTooBig: (max: number) =>
    `SKOS file too large (over ${formatNumberEn(max)} characters once its prefixes are expanded): nothing was read.`,
  skosTooLong: (line: number | null, max: number) =>
    `SKOS file refused: an address or a text is longer than ${formatNumberEn(max)} characters${line === null ? '' : ` (line ${formatNumberEn(line)})`}; nothing was written.`,
  skosTooMany: (max: number, what: 'triples' | 'concepts' | 'relations') =>
    `SKOS file refused: more than ${formatNumberEn(max)} ${what}; nothing was written.`,
  skosNotUtf8: (file: string, line: number) =>
    `${file} is not UTF-8 (line ${formatNumberEn(line)}): save it as UTF-8, as Turtle requires; nothing was written.`,
  skosFile: (file: string) => `SKOS file missing or unreadable: ${file}`,
  skosNotAFile: (file: string) => `${file} is not a regular file (a folder, a pipe or a device): give a .ttl file.`,
  cliAtlasNeedsWorkbook: () => 'atlas --import --write needs --workbook FILE: the demo workbook is never modified.',
  cliAtlasWhat: () =>
    'What to do with the atlas? --skos FILE.ttl (export), --gexf FILE.gexf (for Gephi) or --import FILE.ttl (import, --write to write).',
  linksConcurrency: (typed: string) => `--parallel “${typed}”: expected a number from 1 to 16.`,
  linksTimeout: (typed: string) => `--timeout “${typed}”: expected a number of seconds from 1 to 120.`,
  // opportunities pipeline and groups & committees (shared/usecases/move-opportunity.ts, save-group.ts, membership.ts)
  argRequestId: () => 'Unreadable request id: reload the sidebar.',
  argRecordId: () => 'Unreadable ID: reload the sidebar.',
  argOpportunityMove: () => 'Unreadable move: reload the "Opportunities" sidebar.',
  argNetworkForm: () => 'Unreadable form: reload the "Groups and committees" sidebar.',
  opportunityStageUnknown: () =>
    'Unknown stage: the stages are repérée, contact, dossier en cours, déposée, accordée, refusée, abandonnée.',
  opportunityNoteTooLong: (max) => `The note is longer than ${formatNumberEn(max)} characters: shorten it; nothing was written.`,
  opportunityMovedMeanwhile: (id, shown, now) =>
    `${id} is no longer at stage "${shown}": someone moved it to "${now || 'empty'}" meanwhile. Nothing was written; the sidebar shows the current state.`,
  opportunityStageNotNext: (id, from, to) =>
    `${id} cannot go from "${from}" to "${to}": an opportunity moves one stage at a time; nothing was written.`,
  opportunityNotConvertible: (id, stage) => `${id} is at stage "${stage || 'empty'}": only a granted opportunity becomes an agreement.`,
  opportunityAlreadyConverted: (id, convention) =>
    `${id} is already linked to agreement ${convention}: open it rather than make a second one.`,
  membershipMovedMeanwhile: (row, sheet) =>
    `Sheet ${sheet}, row ${formatNumberEn(row)}: this mandate was changed or moved meanwhile; nothing was written. The sidebar shows the current state.`,
  // the memory and the calendar (shared/memory/, shared/calendar/)
  memoryType: (value, types) => `Unknown entry type “${value}”: choose ${types.join(', ')}.`,
  argDigestOn: () => 'Unreadable weekly e-mail setting: expected on or off.',
  argDigestEmails: (max) => `Give 1 to ${max} e-mail addresses for the weekly e-mail.`,
  digestTooManyTriggers: () =>
    'Google allows 20 Citego triggers per person, and you already have them: delete one (Extensions › Apps Script › Triggers), then try again; the weekly e-mail was not turned on.',
  // partner card (shared/network/partner-card.ts, citego partner, getPartnerCard)
  partnerNone: () => 'Say which partner: its ID in the Partenaires sheet (e.g. P-0003) or its name.',
  partnerUnknown: (typed) => `Partner “${typed}” not found in the Partenaires sheet (neither by ID nor by name).`,
  selectPartnerRow: () => 'First select a row of Partenaires, Conventions, Opportunités or Personnes, then choose “Partner card”.',
  rowWithoutPartner: (sheet, row) => `Row ${row} of ${sheet} names no partner.`,
  // The dossier pipeline (shared/usecases/move-dossier.ts)
  dossierMoveArg: () => 'Unreadable dossier move: reload the “Dossiers” sidebar.',
  dossierMoveStep: (id, from, to) => `${id} moves one stage on or back, not from “${from}” to “${to}”: nothing was written.`,
  dossierPublishUrl: (id) => `To publish ${id}, give the address of its page (https://…): nothing was written.`,
  dossierPublishDate: (id) => `To publish ${id}, give the publication date: nothing was written.`,
  dossierStale: (id, seen, now) =>
    `${id} is no longer “${seen}” but “${now || 'without status'}”: someone changed it meanwhile. Nothing was written; reload the board.`,
};
