/**
 * rpc getCalendar and publishCalendar: the calendar sidebar's lists (late, the next 90 days, each
 * item with its row), and the .ics written in the association's folder for people to subscribe to
 * (docs/domain.md, "Memory and calendar").
 */
import { readCalendar } from '../calendar/read';
import { calendarWindow, type CalendarItem } from '../calendar/calendar';
import { calendarText } from '../calendar/text';
import { icsOf } from '../calendar/ics';
import { catalogue } from '../i18n/catalogue';
import { parseLang } from './args';
import { associationFolder, associationName } from './folders';
import type { Ports } from './ports';
import type { Lang } from '../i18n/lang';

export interface CalendarEntry {
  readonly date: string;
  readonly kind: CalendarItem['kind'];
  readonly text: string;
  readonly sheet: string | null;
  readonly row: number | null;
}

export interface CalendarView {
  readonly today: string;
  readonly days: number;
  readonly late: readonly CalendarEntry[];
  readonly upcoming: readonly CalendarEntry[];
}

const DAYS = 90;

export function calendarEntry(i: CalendarItem, lang: Lang): CalendarEntry {
  return { date: i.date, kind: i.kind, text: calendarText(i, lang), sheet: i.sheet, row: i.row };
}

export function getCalendar(p: Ports, lang: unknown): CalendarView {
  const l = parseLang(lang);
  const today = p.clock.today();
  const { late, upcoming } = calendarWindow(readCalendar(p.workbook, today, l).items, today, DAYS);
  return { today, days: DAYS, late: late.map((i) => calendarEntry(i, l)), upcoming: upcoming.map((i) => calendarEntry(i, l)) };
}

/** The whole calendar as `<Association> — échéances.ics` in the association's folder, replaced each time (same file, same link). */
export function publishCalendar(p: Ports, lang: unknown): { url: string; name: string; events: number } {
  const l = parseLang(lang);
  const today = p.clock.today();
  const { book, items } = readCalendar(p.workbook, today, l);
  const association = associationName(p, book.settings);
  const name = catalogue(l).memory.calendarFile(association);
  const folder = p.lock.withLock(() => associationFolder(p, book.settings));
  const file = p.files.upsertFile(folder, { name, mimeType: 'text/calendar', content: icsOf(items, association, l, today) });
  return { url: file.url, name, events: items.length };
}
