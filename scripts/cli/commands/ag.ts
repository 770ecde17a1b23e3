import { join, resolve } from 'node:path';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { agPackOf } from '../../../shared/usecases/generate-ag-pack';
import { renderDocx } from '../../report/docx';
import { readXlsx } from '../../xlsx/read';
import { outputDir, writeFileAtomic } from '../../files';
import { LAST_CLOSED_YEAR, OUT, WORKBOOK, type CliCommand } from '../command';
import { shownPath, workbookPath } from '../io';
import { parseToday, parseYear } from '../options';

/** `citego ag`: the AG pack of a fiscal year (docs/domain.md, "The AG pack") as DIR/assemblee-generale-<année>.docx. */
export const agCommand: CliCommand<{ workbook?: string; year?: string; out?: string }> = {
  options: [WORKBOOK, LAST_CLOSED_YEAR, OUT],
  async run(io, opts) {
    const year = parseYear(opts.year);
    const { path } = workbookPath(opts.workbook);
    const pack = agPackOf(readWorkbook(await readXlsx(path), io.lang), year, parseToday(undefined), io.lang);
    const dir = resolve(opts.out ?? 'out');
    await outputDir(dir);
    const file = join(dir, `${io.lang === 'en' ? 'general-meeting' : 'assemblee-generale'}-${pack.year}.docx`);
    await writeFileAtomic(file, await renderDocx(pack.doc));
    io.out(shownPath(file));
    return 0;
  },
};
