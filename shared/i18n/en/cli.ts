/** What the `citego` command line prints, in English: same keys and signatures as the French file. */
import { formatNumber } from '../../values/numbers';
import type { CliMessages } from '../fr/cli';

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n > 1 ? 's' : ''}`;

export const cli: CliMessages = {
  sheetsRead: (n) => `${n} sheet${n > 1 ? 's' : ''} read`,
  rows: (n) => plural(n, 'row'),
  errors: (n) => plural(n, 'error'),
  warnings: (n) => plural(n, 'warning'),
  infos: (n) => plural(n, 'note'),
  absent: () => 'missing',
  unreadable: (n) => `Cells to fix (${formatNumber(n)}):`,
  allReadable: () => 'Every cell reads correctly.',
  ignored: () => 'Rows ignored:',
  column: (name) => `${name}:`,
  checking: (name, year) => `Checking ${name}${year ? ` — ${year}` : ''}`,
  consistent: () => 'Everything is consistent.',
  packWritten: (year, dir) => `Accountant's folder ${year}: ${dir}/`,
  checklistLine: (label, detail) => `${label}: ${detail}`,
  previewListening: (url) => `Local preview: ${url}`,
  previewWritesTo: (workbook, isDemo) => `${isDemo ? 'Demo: a copy is used. ' : ''}Saves are written to ${workbook}. Ctrl+C to stop.`,
  unexpected: (why) => `unexpected error: ${why}`,

  // usage errors (commander's, said again)
  unknownOption: (option) => `unknown option: ${option}`,
  unknownCommand: (command) => `unknown command: ${command} (see citego --help)`,
  missingValue: (option) => `missing value for ${option ?? 'an option'}`,
  notAChoice: (option, value, choices) => `${option}: "${value}" is not allowed (${choices.join(' or ')})`,
  tooManyArguments: () => 'too many arguments (see citego --help)',

  // help
  program: "The association's console: reads, checks and reports on an .xlsx workbook (the embedded demo by default)",
  commands: {
    overview: 'reads every sheet and sums up what was found',
    check: 'checks that the budget, cash book, funding and agreements agree (exit code 1 on errors)',
    report: 'writes the annual report (activity and financial) as .docx in --out',
    export: "prepares the accountant's folder (FEC, general ledger, trial balance…) in --out/<year>/",
    preview: 'serves the sidebars on 127.0.0.1 and runs their calls on the .xlsx workbook',
    close: 'proposes the year-end entries of the year (--accept ID... or --accept-all writes them into the year-end entries sheet)',
    init: 'adds the missing sheets (Install / repair) to --workbook, without touching the data',
    cerfa15059: 'writes the financial report on a subsidy (Cerfa 15059) of an agreement as .docx in --out',
    deploy: 'installs the console on a Google Sheets spreadsheet (clasp: build, bound script, push, check)',
    reconcile: 'matches the bank statement with the Journal: ticks what matches, lists the gaps, proposes fees and interest',
    ag: 'prepares the general meeting pack (agenda, allocation of the result, budget, minutes) as .docx in --out',
    cashplan: 'prints the twelve-month cash plan (Journal, schedule, budget; months below the minimum cash flagged)',
  },
  options: {
    workbook: { value: 'file', help: '.xlsx workbook (default: the embedded demo)' },
    newWorkbook: { value: 'file', help: '.xlsx workbook to complete (created if absent)' },
    out: { value: 'dir', help: 'output folder (default: out)' },
    year: { value: 'yyyy', help: 'fiscal year (default: the last closed one)' },
    checkYear: { value: 'yyyy', help: 'fiscal year to check (default: all)' },
    convention: { value: 'id', help: 'the subsidy agreement (e.g. C-2025-002)' },
    cerfaYear: { value: 'yyyy', help: "fiscal year (default: the agreement's last closed year)" },
    json: { help: 'JSON output {"findings":[…]}' },
    date: { value: 'yyyy-mm-dd', help: "today's date for deadlines (default: today)" },
    exportDate: { value: 'yyyy-mm-dd', help: "the export's date, the FEC's ValidDate (default: today)" },
    port: { value: 'n', help: 'port (default 8787; 0 = any free port)' },
    importCsv: { value: 'statement.csv', help: 'first imports this bank CSV file into Relevés' },
    accept: { value: 'row...', help: 'adds to the Journal the proposed entries of these Relevés rows' },
    reconcileYear: { value: 'yyyy', help: "fiscal year (default: the statement's latest line's)" },
    acceptEntries: { value: 'id...', help: 'proposed entries to accept (their IDs)' },
    acceptAll: { help: 'accepts every proposed entry' },
    lang: { value: 'lang', help: 'language of the messages: fr or en (default: fr)' },
    spreadsheet: {
      value: 'id-or-url',
      help: 'the Google Sheets spreadsheet: its ID or its address https://docs.google.com/spreadsheets/d/…',
    },
    project: { value: 'dir', help: 'the Citego project folder (default: the one this command belongs to)' },
    forceNew: { help: 'creates a new script even when .clasp.json is bound to another spreadsheet (the old one is kept)' },
    from: { value: 'yyyy-mm', help: 'first month of the plan (default: the current month)' },
  },
  help: {
    headings: {},
    rootUsage: '[options] [command]',
    helpOption: 'display help for the command',
    helpCommand: 'help [command]',
    helpCommandText: 'display help for a command',
  },
};
