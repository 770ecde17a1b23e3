import { readBook } from '../../../shared/sheets/book';
import { runChecks } from '../../../shared/checks';
import { cellReference, SEVERITY_ORDER, type Severity } from '../../../shared/sheets/findings';
import { formatNumber } from '../../../shared/values/numbers';
import { readXlsx } from '../../xlsx/read';
import { paint, workbookPath, type Io } from '../io';
import { parseYear, parseToday } from '../options';

const TITLES: Record<'fr' | 'en', Record<Severity, (n: number) => string>> = {
  fr: {
    error: (n) => `${formatNumber(n)} erreur${n > 1 ? 's' : ''}`,
    warning: (n) => `${formatNumber(n)} avertissement${n > 1 ? 's' : ''}`,
    info: (n) => `${formatNumber(n)} information${n > 1 ? 's' : ''}`,
  },
  en: {
    error: (n) => `${formatNumber(n)} error${n > 1 ? 's' : ''}`,
    warning: (n) => `${formatNumber(n)} warning${n > 1 ? 's' : ''}`,
    info: (n) => `${formatNumber(n)} note${n > 1 ? 's' : ''}`,
  },
};
const COLORS = { error: 'red', warning: 'yellow', info: 'blue' } as const;

export interface CheckOpts {
  workbook?: string;
  year?: string;
  json?: boolean;
  date?: string;
}

/** `citego check`: every consistency rule; exit 1 when an error-level finding exists. */
export async function checkCommand(io: Io, opts: CheckOpts): Promise<number> {
  const year = parseYear(opts.year, io.lang);
  const today = parseToday(opts.date, io.lang);
  const { path } = workbookPath(opts.workbook);
  const book = readBook(await readXlsx(path), io.lang);
  const result = runChecks(book, { year, today, lang: io.lang });
  if (opts.json) {
    const findings = result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
    }));
    io.out(JSON.stringify({ findings }, null, 2));
  } else {
    const fr = io.lang !== 'en';
    const name = book.settings.associationName || path;
    io.out(paint(io, 'bold', `${fr ? 'Vérification de' : 'Checking'} ${name}${year ? ` — ${year}` : ''}`));
    io.out(SEVERITY_ORDER.map((s) => paint(io, COLORS[s], TITLES[io.lang][s](result.counts[s]))).join(' · '));
    for (const severity of SEVERITY_ORDER) {
      const list = result.findings.filter((f) => f.severity === severity);
      if (list.length === 0) continue;
      io.out('');
      io.out(paint(io, 'bold', paint(io, COLORS[severity], TITLES[io.lang][severity](list.length))));
      for (const f of list)
        io.out(`  ${paint(io, COLORS[severity], cellReference(f).padEnd(18))} ${f.message}  ${paint(io, 'dim', `[${f.rule}]`)}`);
    }
    if (result.findings.length === 0) io.out(paint(io, 'green', fr ? 'Tout est cohérent.' : 'Everything is consistent.'));
  }
  return result.counts.error > 0 ? 1 : 0;
}
