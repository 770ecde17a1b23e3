import { relative } from 'node:path';
import { readBook } from '../../../shared/sheets/book';
import { cellReference } from '../../../shared/sheets/findings';
import { formatNumber } from '../../../shared/values/numbers';
import { buildOverview } from '../../../shared/sheets/overview';
import { readXlsx } from '../../xlsx/read';
import { paint, workbookPath, type Io } from '../io';

const TEXT = {
  fr: {
    read: (n: number) => `${n} feuille${n > 1 ? 's' : ''} lue${n > 1 ? 's' : ''}`,
    rows: (n: number) => `${formatNumber(n)} ligne${n > 1 ? 's' : ''}`,
    errors: (n: number) => `${formatNumber(n)} erreur${n > 1 ? 's' : ''}`,
    absent: 'absente',
    unreadable: (n: number) => `Cellules à corriger (${formatNumber(n)}) :`,
    allGood: 'Toutes les cellules se lisent correctement.',
    ignored: 'Lignes ignorées :',
  },
  en: {
    read: (n: number) => `${n} sheet${n > 1 ? 's' : ''} read`,
    rows: (n: number) => `${formatNumber(n)} row${n > 1 ? 's' : ''}`,
    errors: (n: number) => `${formatNumber(n)} error${n > 1 ? 's' : ''}`,
    absent: 'missing',
    unreadable: (n: number) => `Cells to fix (${formatNumber(n)}):`,
    allGood: 'Every cell reads correctly.',
    ignored: 'Rows ignored:',
  },
};

/** `citego overview`: what was found in each table, and every cell that could not be read. */
export async function overviewCommand(io: Io, opts: { workbook?: string }): Promise<number> {
  const { path } = workbookPath(opts.workbook);
  const book = readBook(await readXlsx(path), io.lang);
  const o = buildOverview(book);
  const t = TEXT[io.lang];
  const present = o.tables.filter((x) => x.found);
  io.out(paint(io, 'bold', `${o.associationName || relative(process.cwd(), path)} — ${t.read(present.length)}`));
  const width = Math.max(...o.tables.map((x) => (x.found ?? x.sheet).length));
  for (const x of o.tables) {
    const name = (x.found ?? x.sheet).padEnd(width);
    if (!x.found) io.out(`  ${paint(io, 'dim', `${name}  ${t.absent}`)}`);
    else io.out(`  ${name}  ${t.rows(x.records).padStart(12)}${x.problems ? `  ${paint(io, 'red', t.errors(x.problems))}` : ''}`);
  }
  const errors = o.findings.filter((f) => f.severity === 'error');
  io.out('');
  if (errors.length === 0) io.out(paint(io, 'green', t.allGood));
  else {
    io.out(paint(io, 'bold', t.unreadable(errors.length)));
    for (const f of errors)
      io.out(
        `  ${paint(io, 'red', cellReference(f).padEnd(16))} ${f.column ? `${f.column}${io.lang === 'en' ? ':' : ' :'} ` : ''}${f.message}`,
      );
  }
  const infos = o.findings.filter((f) => f.severity === 'info');
  if (infos.length > 0) {
    io.out(t.ignored);
    for (const f of infos) io.out(`  ${paint(io, 'blue', cellReference(f).padEnd(16))} ${f.message}`);
  }
  return 0;
}
