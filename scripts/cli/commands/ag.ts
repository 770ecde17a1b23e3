import { join, resolve } from 'node:path';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { agPackOf } from '../../../shared/usecases/generate-ag-pack';
import { renderDocx } from '../../report/docx';
import { outputDir, writeFileAtomic } from '../../files';
import { LAST_CLOSED_YEAR, OUT, WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { shownPath } from '../io';
import { parseToday, parseYear } from '../options';

/** `citego ag`: the AG pack of a fiscal year (docs/domain.md, "The AG pack") as DIR/assemblee-generale-<année>.docx. */
export const agCommand: CliCommand<{ workbook?: string; sheet?: string; year?: string; out?: string }> = {
  options: [WORKBOOK, SHEET, LAST_CLOSED_YEAR, OUT],
  async run(io, opts) {
    const year = parseYear(opts.year);
    const pack = agPackOf(readWorkbook((await readSource(io, opts)).reader, io.lang), year, parseToday(undefined), io.lang);
    const dir = resolve(opts.out ?? 'out');
    await outputDir(dir);
    const file = join(dir, `${io.lang === 'en' ? 'general-meeting' : 'assemblee-generale'}-${pack.year}.docx`);
    await writeFileAtomic(file, await renderDocx(pack.doc));
    io.out(shownPath(file));
    return 0;
  },
};
