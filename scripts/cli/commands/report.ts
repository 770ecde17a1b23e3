import { mkdir } from 'node:fs/promises';
import { lastClosedYear } from '../../../shared/ledger/fiscal-years';
import { join, relative, resolve } from 'node:path';
import { readBook } from '../../../shared/sheets/book';
import { buildAnnualReport } from '../../../shared/reports/annual/build';
import { Refusal } from '../../../shared/i18n/refusal';
import { renderDocx } from '../../report/docx';
import { UserError } from '../../xlsx/errors';
import { readXlsx } from '../../xlsx/read';
import { writeFileAtomic } from '../../files';
import { workbookPath, type Io } from '../io';
import { parseToday, parseYear } from '../options';

/** `citego report`: the annual report of a fiscal year as DIR/rapport-annuel-<année>.docx. */
export async function reportCommand(io: Io, opts: { workbook?: string; year?: string; out?: string }): Promise<number> {
  const { path } = workbookPath(opts.workbook);
  const book = readBook(await readXlsx(path), io.lang);
  const today = parseToday(undefined, io.lang);
  const year = parseYear(opts.year, io.lang) ?? lastClosedYear(book, today);
  let doc;
  try {
    doc = buildAnnualReport(book, year, { lang: io.lang, generatedOn: today });
  } catch (e) {
    if (e instanceof Refusal) throw new UserError('data', e.text(io.lang));
    throw e;
  }
  const dir = resolve(opts.out ?? 'out');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${io.lang === 'en' ? 'annual-report' : 'rapport-annuel'}-${year}.docx`);
  await writeFileAtomic(file, await renderDocx(doc));
  io.out(relative(process.cwd(), file) || file);
  return 0;
}
