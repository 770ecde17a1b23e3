import { join, resolve } from 'node:path';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { cerfa15059Of } from '../../../shared/usecases/generate-cerfa15059';
import { renderDocx } from '../../report/docx';
import { outputDir, writeFileAtomic } from '../../files';
import { OUT, WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { shownPath } from '../io';
import { parseToday, parseYear } from '../options';

/** `citego cerfa15059 --convention ID`: the compte rendu financier of a subsidy as DIR/cerfa15059-<ID>-<année>.docx. */
export const cerfa15059Command: CliCommand<{ convention?: string; workbook?: string; sheet?: string; year?: string; out?: string }> = {
  options: [{ flag: '--convention', text: 'convention' }, WORKBOOK, SHEET, { flag: '--year', text: 'cerfaYear' }, OUT],
  async run(io, opts) {
    const year = parseYear(opts.year);
    const source = await readSource(io, opts);
    const report = cerfa15059Of(readWorkbook(source.reader, io.lang), opts.convention, year, parseToday(undefined), io.lang);
    const dir = resolve(opts.out ?? 'out');
    await outputDir(dir);
    const file = join(dir, `cerfa15059-${report.convention}-${report.year}.docx`);
    await writeFileAtomic(file, await renderDocx(report.doc));
    io.out(shownPath(file));
    return 0;
  },
};
