import type { IsoDate } from '../../../shared/values/dates';
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import { lastClosedYear } from '../../../shared/ledger/fiscal-years';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { acceptYearEnd } from '../../../shared/usecases/accept-year-end';
import { yearEndView } from '../../../shared/usecases/get-year-end';
import type { YearEndView } from '../../../shared/usecases/rpc';
import { formatEuros, formatEurosEn } from '../../../shared/values/money';
import { processLock } from '../../preview/local-ports';
import { lockWorkbook } from '../../workbook-lock';
import { XlsxEditable } from '../../xlsx/edit';
import { readXlsx } from '../../xlsx/read';
import { LAST_CLOSED_YEAR, WORKBOOK, type CliCommand } from '../command';
import { paint, workbookPath, type Io } from '../io';
import { clockOn, parseToday, parseYear } from '../options';

type Options = { workbook?: string; year?: string; accept?: string[]; acceptAll?: boolean };

/** The proposals, their lines and reasons, then the ended conventions to look at. */
function print(io: Io, v: YearEndView): void {
  const m = catalogue(io.lang).close;
  const eur = io.lang === 'en' ? formatEurosEn : formatEuros;
  io.out(paint(io, 'bold', m.heading(v.label, v.closing as IsoDate)));
  if (v.proposals.length === 0) io.out(`  ${m.none}`);
  for (const p of v.proposals) {
    io.out('');
    const state = p.accepted ? paint(io, 'green', `✓ ${m.accepted}`) : paint(io, 'yellow', m.toAccept);
    io.out(`  ${paint(io, 'bold', p.id)}  ${p.kindLabel} — ${eur(p.amount)}  (${state})`);
    for (const l of p.lines)
      io.out(
        `      ${l.account.padEnd(6)} ${l.accountLabel.padEnd(44)} ${l.debit ? eur(l.debit).padStart(14) : ''.padStart(14)} ${l.credit ? eur(l.credit).padStart(14) : ''}`,
      );
    io.out(`      ${p.reason}`);
  }
  if (v.findings.length > 0) {
    io.out('');
    io.out(paint(io, 'bold', m.findings));
    for (const f of v.findings) io.out(`  ! ${f.text}`);
  }
}

/** `citego close`: the proposed year-end entries; with --accept or --accept-all, writes them into « Écritures d'inventaire ». */
export const closeCommand: CliCommand<Options> = {
  options: [WORKBOOK, LAST_CLOSED_YEAR, { flag: '--accept', text: 'acceptEntries' }, { flag: '--accept-all', text: 'acceptAll' }],
  async run(io, opts) {
    const asked = parseYear(opts.year);
    const writing = opts.acceptAll === true || (opts.accept?.length ?? 0) > 0;
    const { path, isDemo } = workbookPath(opts.workbook);
    if (writing && isDemo) throw refusal('cliCloseNeedsWorkbook');
    const m = catalogue(io.lang).close;
    if (!writing) {
      const book = readWorkbook(await readXlsx(path), io.lang);
      print(io, yearEndView(book, asked ?? lastClosedYear(book, parseToday(undefined)), io.lang));
      io.out('');
      io.out(m.acceptHint);
      return 0;
    }
    const unlock = lockWorkbook(path);
    try {
      const workbook = await XlsxEditable.open(path);
      const year = asked ?? lastClosedYear(readWorkbook(workbook), parseToday(undefined));
      const cache = { get: () => null, put: () => undefined };
      const done = acceptYearEnd(
        { workbook, lock: processLock(), cache, clock: clockOn(parseToday(undefined)) },
        year,
        opts.acceptAll ? 'all' : opts.accept,
        null,
      );
      if (done.written.length > 0) await workbook.save();
      print(io, yearEndView(readWorkbook(workbook, io.lang), year, io.lang));
      io.out('');
      io.out(paint(io, 'green', m.written(done.written.length, done.sheet)));
      return 0;
    } finally {
      unlock();
    }
  },
};
