/**
 * `citego reconcile [--workbook F] [--year Y] [--import CSV] [--accept N…]`: the bank
 * reconciliation (shared/usecases/reconcile-bank.ts) on an .xlsx — import the bank's CSV into
 * Relevés, tick what matches, print what is left on either side, the balance gap explained and
 * the proposed entries; `--accept` adds the proposals of those Relevés rows to the Journal.
 * The demo is never written: its run is done on the file read in memory.
 */
import { basename, resolve } from 'node:path';
import { decodeBankFile } from '../../../shared/bank/decode';
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import { acceptBankProposal } from '../../../shared/usecases/accept-bank-proposal';
import { importBankStatement, MAX_STATEMENT_CHARS } from '../../../shared/usecases/import-bank-statement';
import { readRegularFile } from '../../files';
import { reconcileBank, type BankReconciliation } from '../../../shared/usecases/reconcile-bank';
import { localPorts } from '../../preview/local-ports';
import { lockWorkbook } from '../../workbook-lock';
import { XlsxEditable } from '../../xlsx/edit';
import { WORKBOOK, type CliCommand } from '../command';
import { paint, workbookPath, type Io } from '../io';
import { parseYear } from '../options';

export interface ReconcileOpts {
  workbook?: string;
  year?: string;
  import?: string;
  accept?: string[];
}

/** The file's text; a FIFO or a device is refused unopened, a file too large before it is read (its bytes ≥ its characters). */
async function readStatement(file: string): Promise<string> {
  const bytes = await readRegularFile(resolve(file), MAX_STATEMENT_CHARS, {
    cannotOpen: () => {
      throw refusal('bankCsvFile', file);
    },
    isFolder: () => {
      throw refusal('bankCsvNotAFile', file);
    },
    notAFile: () => {
      throw refusal('bankCsvNotAFile', file);
    },
    tooLarge: () => {
      throw refusal('bankCsvTooBig', MAX_STATEMENT_CHARS);
    },
  });
  return decodeBankFile(bytes).text;
}

function printBalance(io: Io, r: BankReconciliation): void {
  const t = catalogue(io.lang).bank;
  const b = r.balance;
  if (!b) return;
  io.out('');
  io.out(paint(io, 'bold', t.balanceTitle()));
  if (b.statementClosing === null || b.gap === null) {
    io.out(t.bookClosing(b.date, b.bookClosing));
    io.out(t.noBalance());
    return;
  }
  io.out(t.statementClosing(b.date, b.statementClosing));
  io.out(t.bookClosing(b.date, b.bookClosing));
  io.out(paint(io, 'bold', t.gap(b.gap)));
  // Without an opening in the books the statement's explains the gap; with one, a different start is unexplained (docs/domain.md).
  const openingDiffers = b.openingDifference !== null && b.openingDifference !== 0 && b.bookOpeningSource !== 'none';
  if (b.openingDifference && b.bookOpeningSource === 'none') io.out(t.openingMissing(b.openingDifference));
  if (openingDiffers) io.out(t.openingDifference(b.statementOpening ?? 0, b.bookStart, b.openingDifference ?? 0));
  if (b.unmatchedBank) io.out(t.unmatchedBankSum(b.unmatchedBank));
  if (b.unmatchedBook) io.out(t.unmatchedBookSum(b.unmatchedBook));
  const unexplained = b.unexplained ?? 0;
  io.out(b.unexplained === 0 ? paint(io, 'green', t.explained()) : paint(io, 'yellow', t.unexplained(unexplained, openingDiffers)));
}

function printReport(io: Io, r: BankReconciliation): void {
  const t = catalogue(io.lang).bank;
  io.out(paint(io, 'bold', t.title(r.year, r.account)));
  if (r.statementCount === 0) {
    io.out(t.noStatement(r.year));
    return;
  }
  io.out(t.matched(r.matched, r.statementCount, r.ticked));
  if (r.unreadableRows.length > 0) io.out(paint(io, 'yellow', t.unreadable(r.unreadableRows)));
  printBalance(io, r);
  const section = (title: string, lines: string[]) => {
    io.out('');
    io.out(paint(io, 'bold', title));
    for (const l of lines.length > 0 ? lines : [t.none()]) io.out(l);
  };
  section(
    t.proposalsTitle(r.proposals.length),
    r.proposals.map((p) => t.proposal(p.row, p.date, p.label, p.amount, p.account, p.accountLabel, p.voucher)),
  );
  if (r.proposals.length > 0) io.out(paint(io, 'dim', t.acceptHint()));
  section(
    t.unmatchedBankTitle(r.unmatchedBank.length),
    r.unmatchedBank.map((l) => t.bankLine(l.row, l.date, l.label, l.amount)),
  );
  section(
    t.unmatchedBookTitle(r.unmatchedBook.length),
    r.unmatchedBook.map((l) => t.bookLine(l.row, l.date, l.voucher, l.label, l.amount)),
  );
}

/** The Relevés rows given to --accept, as numbers. */
function acceptedRows(values: readonly string[]): number[] {
  return values.map((v) => {
    if (!/^\d{1,7}$/.test(v) || Number(v) < 1) throw refusal('bankAcceptNumber', v);
    return Number(v);
  });
}

export const reconcileCommand: CliCommand<ReconcileOpts> = {
  options: [
    WORKBOOK,
    { flag: '--year', text: 'reconcileYear' },
    { flag: '--import', text: 'importCsv' },
    { flag: '--accept', text: 'accept' },
  ],
  async run(shell, opts) {
    const t = catalogue(shell.lang).bank;
    const year = parseYear(opts.year);
    const { path, isDemo } = workbookPath(opts.workbook);
    const statement = opts.import === undefined ? null : await readStatement(opts.import);
    const unlock = isDemo ? () => undefined : lockWorkbook(path);
    try {
      const workbook = await XlsxEditable.open(path);
      if (!isDemo) await workbook.writableTarget();
      const call = localPorts(path, workbook);
      const p = call.ports;
      // What was added is said only once the workbook is saved: a failed save prints no "n added" line.
      const said: string[] = [];
      const io: Io = { ...shell, out: (text) => said.push(text) };
      if (statement !== null && opts.import) {
        const done = importBankStatement(p, statement);
        io.out(t.imported(basename(opts.import), done.read, done.added, done.alreadyThere));
      }
      const rows = acceptedRows(opts.accept ?? []);
      let report = reconcileBank(p, year);
      let ticked = report.ticked;
      let totalRow: number | undefined;
      for (const row of rows) {
        const proposal = report.proposals.find((x) => x.row === row);
        if (!proposal) {
          io.out(paint(io, 'yellow', t.notProposed(row)));
          continue;
        }
        report = acceptBankProposal(p, report.year, proposal.id, `cli:${process.pid}:${Date.now()}:${row}`);
        ticked += report.ticked;
        totalRow ??= report.journalTotalRow;
        io.out(paint(io, 'green', t.accepted(row)));
      }
      if (totalRow !== undefined) io.out(paint(io, 'yellow', t.totalRowAbove(totalRow)));
      printReport(io, { ...report, ticked });
      if (isDemo) io.err(t.demoNotWritten());
      else await call.commit();
      for (const text of said) shell.out(text);
      return 0;
    } finally {
      unlock();
    }
  },
};
