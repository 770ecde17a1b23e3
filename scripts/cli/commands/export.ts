import { mkdir } from 'node:fs/promises';
import { lastClosedYear } from '../../../shared/ledger/fiscal-years';
import { writeFileAtomic } from '../../files';
import { join, relative, resolve } from 'node:path';
import { readBook } from '../../../shared/sheets/book';
import { Refusal } from '../../../shared/i18n/refusal';
import { buildAccountantPack } from '../../../shared/exports/pack';
import { UserError } from '../../xlsx/errors';
import { readXlsx } from '../../xlsx/read';
import { paint, workbookPath, type Io } from '../io';
import { parseToday, parseYear } from '../options';

/** `citego export`: the accountant's year-end pack in DIR/<year>/. */
export async function exportCommand(io: Io, opts: { workbook?: string; year?: string; out?: string }): Promise<number> {
  const { path } = workbookPath(opts.workbook);
  const book = readBook(await readXlsx(path), io.lang);
  const year = parseYear(opts.year, io.lang) ?? lastClosedYear(book, parseToday(undefined, io.lang));
  let pack;
  try {
    pack = buildAccountantPack(book, year);
  } catch (e) {
    if (e instanceof Refusal) throw new UserError('data', e.text(io.lang));
    throw e;
  }
  const dir = join(resolve(opts.out ?? 'out'), String(year));
  await mkdir(dir, { recursive: true });
  for (const f of pack.files) await writeFileAtomic(join(dir, f.name), f.content);
  const shown = relative(process.cwd(), dir) || '.';
  io.out(paint(io, 'bold', `Dossier expert-comptable ${year} : ${shown}/`));
  for (const f of pack.files) io.out(`  ${f.name.padEnd(28)} ${f.description}`);
  io.out('');
  for (const c of pack.checklist) io.out(`  ${c.ok ? paint(io, 'green', '✓') : paint(io, 'yellow', '!')} ${c.label} : ${c.detail}`);
  return pack.checklist.some((c) => c.label === 'FEC' && !c.ok) ? 1 : 0;
}
