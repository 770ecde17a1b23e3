/**
 * `citego memory "charte" [--type décision] [--year 2025]`: the Mémoire entries found, best first,
 * each with its row; `--decisions` writes the register of decisions of a year as a .docx.
 * `citego calendar [--date J] [--ics FILE]`: what is late and the next 90 days; the whole calendar as .ics.
 */
import { join, resolve } from 'node:path';
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { memoryIndexOf } from '../../../shared/memory/search';
import { MEMORY_TYPES, memoryTypeOf } from '../../../shared/memory/types';
import { decisionRegister } from '../../../shared/memory/decisions';
import { MEMORY_TABLES, readCalendar } from '../../../shared/calendar/read';
import { calendarWindow, type CalendarItem } from '../../../shared/calendar/calendar';
import { calendarText } from '../../../shared/calendar/text';
import { icsOf } from '../../../shared/calendar/ics';
import { formatDateFr } from '../../../shared/values/dates';
import { renderDocx } from '../../report/docx';
import { outputDir, writeFileAtomic } from '../../files';
import { OUT, WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { paint, shownPath, type Io } from '../io';
import { parseToday, parseYear } from '../options';

interface MemoryOpts {
  query?: string;
  workbook?: string;
  sheet?: string;
  type?: string;
  year?: string;
  partner?: string;
  project?: string;
  decisions?: boolean;
  out?: string;
}

async function writeRegister(io: Io, opts: MemoryOpts, book: ReturnType<typeof readWorkbook>): Promise<number> {
  const year = parseYear(opts.year) ?? Number(parseToday(undefined).slice(0, 4));
  const dir = resolve(opts.out ?? 'out');
  await outputDir(dir);
  const file = join(dir, `${io.lang === 'en' ? 'decisions' : 'registre-decisions'}-${year}.docx`);
  await writeFileAtomic(file, await renderDocx(decisionRegister(book, year, io.lang)));
  io.out(shownPath(file));
  return 0;
}

export const memoryCommand: CliCommand<MemoryOpts> = {
  argument: 'query',
  options: [
    WORKBOOK,
    SHEET,
    { flag: '--type', text: 'memoryType' },
    { flag: '--year', text: 'memoryYear' },
    { flag: '--partner', text: 'memoryPartner' },
    { flag: '--project', text: 'memoryProject' },
    { flag: '--decisions', text: 'decisions' },
    OUT,
  ],
  async run(io, opts) {
    const type = opts.type === undefined ? null : memoryTypeOf(opts.type);
    if (opts.type !== undefined && type === null) throw refusal('memoryType', opts.type, MEMORY_TYPES);
    const year = parseYear(opts.year);
    const book = readWorkbook((await readSource(io, opts)).reader, io.lang, MEMORY_TABLES);
    if (opts.decisions) return writeRegister(io, opts, book);
    const hits = memoryIndexOf(book).search({
      text: opts.query ?? '',
      type,
      year,
      partner: opts.partner ?? null,
      project: opts.project ?? null,
    });
    const sheet = book.memory.sheet ?? 'Mémoire';
    for (const h of hits) {
      io.out(
        `${paint(io, 'dim', `${sheet}!${h.row}`.padEnd(12))} ${h.date ? formatDateFr(h.date) : '          '}  ${h.type ?? ''}  ${paint(io, 'bold', h.title)}`,
      );
      if (h.excerpt) io.out(`${' '.repeat(13)}${h.excerpt}`);
    }
    if (hits.length === 0) io.err(catalogue(io.lang).cli.memoryNothing);
    return 0;
  },
};

function printItems(io: Io, heading: string, items: readonly CalendarItem[]): void {
  const t = catalogue(io.lang).cli;
  io.out(paint(io, 'bold', heading));
  for (const i of items)
    io.out(`  ${formatDateFr(i.date)}  ${calendarText(i, io.lang)}${i.sheet ? paint(io, 'dim', `  [${i.sheet}!${i.row}]`) : ''}`);
  if (items.length === 0) io.out(`  ${t.calendarNothing}`);
}

export const calendarCommand: CliCommand<{ workbook?: string; sheet?: string; date?: string; ics?: string }> = {
  options: [WORKBOOK, SHEET, { flag: '--date', text: 'date' }, { flag: '--ics', text: 'ics' }],
  async run(io, opts) {
    const today = parseToday(opts.date);
    const { book, items } = readCalendar((await readSource(io, opts)).reader, today, io.lang);
    if (opts.ics) {
      const file = resolve(opts.ics);
      await writeFileAtomic(file, icsOf(items, book.settings.associationName || 'Association', io.lang, today));
      io.out(shownPath(file));
      return 0;
    }
    const { late, upcoming } = calendarWindow(items, today);
    const t = catalogue(io.lang).cli;
    printItems(io, paint(io, 'red', t.calendarLate), late);
    io.out('');
    printItems(io, t.calendarNext(90), upcoming);
    return 0;
  },
};
