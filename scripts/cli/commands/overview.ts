import { catalogue } from '../../../shared/i18n/catalogue';
import { cellReference } from '../../../shared/sheets/findings';
import { getOverview } from '../../../shared/usecases/get-overview';
import { readSource, SHEET } from '../source';
import { WORKBOOK, type CliCommand } from '../command';
import { paint } from '../io';

/** `citego overview`: what was found in each table, and every cell that could not be read. */
export const overviewCommand: CliCommand<{ workbook?: string; sheet?: string }> = {
  options: [WORKBOOK, SHEET],
  async run(io, opts) {
    const source = await readSource(io, opts);
    const o = getOverview({ workbook: source.reader }, io.lang);
    const t = catalogue(io.lang).cli;
    const present = o.tables.filter((x) => x.found);
    io.out(paint(io, 'bold', `${o.associationName || source.shown} — ${t.sheetsRead(present.length)}`));
    const width = Math.max(...o.tables.map((x) => (x.found ?? x.sheet).length));
    for (const x of o.tables) {
      const name = (x.found ?? x.sheet).padEnd(width);
      if (!x.found) io.out(`  ${paint(io, 'dim', `${name}  ${t.absent()}`)}`);
      else io.out(`  ${name}  ${t.rows(x.records).padStart(12)}${x.problems ? `  ${paint(io, 'red', t.errors(x.problems))}` : ''}`);
    }
    const errors = o.findings.filter((f) => f.severity === 'error');
    io.out('');
    if (errors.length === 0) io.out(paint(io, 'green', t.allReadable()));
    else {
      io.out(paint(io, 'bold', t.unreadable(errors.length)));
      for (const f of errors)
        io.out(`  ${paint(io, 'red', cellReference(f).padEnd(16))} ${f.column ? `${t.column(f.column)} ` : ''}${f.message}`);
    }
    const infos = o.findings.filter((f) => f.severity === 'info');
    if (infos.length > 0) {
      io.out(t.ignored());
      for (const f of infos) io.out(`  ${paint(io, 'blue', cellReference(f).padEnd(16))} ${f.message}`);
    }
    return 0;
  },
};
