import { catalogue } from '../../../shared/i18n/catalogue';
import { cellReference, SEVERITY_ORDER, type Severity } from '../../../shared/sheets/findings';
import { runCheck } from '../../../shared/usecases/run-check';
import type { CheckReport } from '../../../shared/usecases/rpc';
import { readSource, SHEET } from '../source';
import { WORKBOOK, type CliCommand } from '../command';
import { paint, type Io } from '../io';
import { clockOn, parseToday, parseYear } from '../options';

const COLORS = { error: 'red', warning: 'yellow', info: 'blue' } as const;

export interface CheckOpts {
  workbook?: string;
  sheet?: string;
  year?: string;
  json?: boolean;
  date?: string;
}

function printJson(io: Io, report: CheckReport): void {
  const findings = report.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
  }));
  io.out(JSON.stringify({ findings }, null, 2));
}

function printText(io: Io, report: CheckReport, name: string, year: number | null): void {
  const t = catalogue(io.lang).cli;
  const title: Record<Severity, (n: number) => string> = { error: t.errors, warning: t.warnings, info: t.infos };
  io.out(paint(io, 'bold', t.checking(name, year)));
  io.out(SEVERITY_ORDER.map((s) => paint(io, COLORS[s], title[s](report.counts[s]))).join(' · '));
  for (const severity of SEVERITY_ORDER) {
    const list = report.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    io.out('');
    io.out(paint(io, 'bold', paint(io, COLORS[severity], title[severity](list.length))));
    for (const f of list)
      io.out(`  ${paint(io, COLORS[severity], cellReference(f).padEnd(18))} ${f.message}  ${paint(io, 'dim', `[${f.rule}]`)}`);
  }
  if (report.findings.length === 0) io.out(paint(io, 'green', t.consistent()));
}

/** `citego check`: every consistency rule; exit 1 when an error-level finding exists. */
export const checkCommand: CliCommand<CheckOpts> = {
  options: [WORKBOOK, SHEET, { flag: '--year', text: 'checkYear' }, { flag: '--json', text: 'json' }, { flag: '--date', text: 'date' }],
  async run(io, opts) {
    const year = parseYear(opts.year);
    const today = parseToday(opts.date);
    const source = await readSource(io, opts);
    const report = runCheck({ workbook: source.reader, clock: clockOn(today) }, io.lang, year);
    if (opts.json) printJson(io, report);
    else printText(io, report, report.associationName || source.shown, year);
    return report.counts.error > 0 ? 1 : 0;
  },
};
