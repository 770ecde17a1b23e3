/**
 * What the calendar reads: the tables it needs (never the Journal), each sheet once, and
 * Paramètres › Date de l'AG by its name (docs/domain.md, "Memory and calendar").
 */
import { findSheet, readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { CellValue, WorkbookReader } from '../sheets/ports';
import { conventions, dossiers, groups, memory, partners, projects, schedule, settingsTable } from '../sheets/schema/tables';
import { opportunities, persons } from '../sheets/schema/network-tables';
import { isBlank } from '../sheets/parse/cells';
import { parseDate, type IsoDate } from '../values/dates';
import { normalizeLabel } from '../values/text';
import type { Lang } from '../i18n/lang';
import { calendarOf, type CalendarItem } from './calendar';

/** The names under which Paramètres may hold the AG's date. */
const AG_NAMES = ["Date de l'AG", 'Date AG', 'Date de l’assemblée générale', 'Prochaine AG', 'Assemblée générale'].map(normalizeLabel);

/** The tables the memory and the calendar read. */
export const MEMORY_TABLES = [conventions, schedule, memory, opportunities, dossiers, groups, partners, projects, persons];

/** A reader that reads each sheet once, however many times it is asked. */
export function readOnce(reader: WorkbookReader): WorkbookReader {
  const seen = new Map<string, CellValue[][]>();
  return {
    timeZone: reader.timeZone,
    sheetNames: () => reader.sheetNames(),
    readSheet(name) {
      if (!seen.has(name)) seen.set(name, reader.readSheet(name));
      return seen.get(name) as CellValue[][];
    },
  };
}

/** Paramètres › Date de l'AG, when it holds a date. */
export function agDateOf(reader: WorkbookReader): IsoDate | null {
  const sheet = findSheet(settingsTable, reader.sheetNames());
  if (!sheet) return null;
  for (const row of reader.readSheet(sheet)) {
    if (isBlank(row[0]) || !AG_NAMES.includes(normalizeLabel(String(row[0])))) continue;
    const d = parseDate(row[1], reader.timeZone);
    return d.ok ? d.date : null;
  }
  return null;
}

/** The workbook's calendar on `today`, the book it came from, and the AG's date. */
export function readCalendar(reader: WorkbookReader, today: IsoDate, lang: Lang = 'fr'): { book: ParsedWorkbook; items: CalendarItem[] } {
  const once = readOnce(reader);
  const book = readWorkbook(once, lang, MEMORY_TABLES);
  return { book, items: calendarOf(book, { agDate: agDateOf(once), today }) };
}
