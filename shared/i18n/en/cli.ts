/** What the `citego` command line prints, in English: same keys and signatures as the French file. */
import { formatNumber } from '../../values/numbers';
import type { CliMessages } from '../fr/cli';

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n > 1 ? 's' : ''}`;

export const cli: CliMessages = {
  sheetsRead: (n) => `${n} sheet${n > 1 ? 's' : ''} read`,
  rows: (n) => plural(n, 'row'),
  errors: (n) => plural(n, 'error'),
  warnings: (n) => plural(n, 'warning'),
  infos: (n) => plural(n, 'note'),
  absent: () => 'missing',
  unreadable: (n) => `Cells to fix (${formatNumber(n)}):`,
  allReadable: () => 'Every cell reads correctly.',
  ignored: () => 'Rows ignored:',
  column: (name) => `${name}:`,
  checking: (name, year) => `Checking ${name}${year ? ` — ${year}` : ''}`,
  consistent: () => 'Everything is consistent.',
  packWritten: (year, dir) => `Accountant's folder ${year}: ${dir}/`,
  checklistLine: (label, detail) => `${label}: ${detail}`,
  previewListening: (url) => `Local preview: ${url}`,
  previewWritesTo: (workbook, isDemo) => `${isDemo ? 'Demo: a copy is used. ' : ''}Saves are written to ${workbook}. Ctrl+C to stop.`,
  unexpected: (why) => `unexpected error: ${why}`,
};
