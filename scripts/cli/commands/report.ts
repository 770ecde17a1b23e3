import { join, resolve } from 'node:path';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { annualReportOf } from '../../../shared/usecases/generate-annual-report';
import { renderDocx } from '../../report/docx';
import { outputDir, writeFileAtomic } from '../../files';
import { LAST_CLOSED_YEAR, OUT, WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { shownPath } from '../io';
import { parseToday, parseYear } from '../options';

/** `citego report`: the annual report of a fiscal year as DIR/rapport-annuel-<année>.docx. */
export const reportCommand: CliCommand<{ workbook?: string; sheet?: string; year?: string; out?: string }> = {
  options: [WORKBOOK, SHEET, LAST_CLOSED_YEAR, OUT],
  async run(io, opts) {
    const year = parseYear(opts.year);
    const source = await readSource(io, opts);
    const report = annualReportOf(readWorkbook(source.reader, io.lang), year, parseToday(undefined), io.lang);
    const dir = resolve(opts.out ?? 'out');
    await outputDir(dir);
    const file = join(dir, `${io.lang === 'en' ? 'annual-report' : 'rapport-annuel'}-${report.year}.docx`);
    await writeFileAtomic(file, await renderDocx(report.doc));
    io.out(shownPath(file));
    return 0;
  },
};
