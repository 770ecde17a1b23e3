import { join, resolve } from 'node:path';
import { buildAccountantPack } from '../../../shared/exports/pack';
import { catalogue } from '../../../shared/i18n/catalogue';
import { lastClosedYear } from '../../../shared/ledger/fiscal-years';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { fileBytes, outputDir, writeFileAtomic } from '../../files';
import { LAST_CLOSED_YEAR, OUT, WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { paint, shownPath } from '../io';
import { parseToday, parseYear } from '../options';

/** `citego export`: the accountant's year-end pack in DIR/<year>/ (the files of the Drive folder, without the sharing). */
export const exportCommand: CliCommand<{ workbook?: string; sheet?: string; year?: string; out?: string; date?: string }> = {
  options: [WORKBOOK, SHEET, LAST_CLOSED_YEAR, OUT, { flag: '--date', text: 'exportDate' }],
  async run(io, opts) {
    const asked = parseYear(opts.year);
    const source = await readSource(io, opts);
    const book = readWorkbook(source.reader, io.lang);
    // The day of the export: the FEC's ValidDate of the lines no one validated before (docs/domain.md, FEC).
    const today = parseToday(opts.date);
    const year = asked ?? lastClosedYear(book, today);
    const pack = buildAccountantPack(book, year, { today, lang: io.lang });
    const dir = join(resolve(opts.out ?? 'out'), String(year));
    await outputDir(dir);
    for (const f of pack.files) await writeFileAtomic(join(dir, f.name), fileBytes(f));
    const t = catalogue(io.lang).cli;
    io.out(paint(io, 'bold', t.packWritten(year, shownPath(dir))));
    for (const f of pack.files) io.out(`  ${f.name.padEnd(28)} ${f.description}`);
    io.out('');
    for (const c of pack.checklist)
      io.out(`  ${c.ok ? paint(io, 'green', '✓') : paint(io, 'yellow', '!')} ${t.checklistLine(c.label, c.detail)}`);
    return pack.checklist.some((c) => c.key === 'fec' && !c.ok) ? 1 : 0;
  },
};
