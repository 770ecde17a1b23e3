/**
 * The calendar as an iCalendar file (RFC 5545) that people subscribe to in their own calendar app,
 * written with ical-generator: one all-day event per item, its UID the item's stable key so that a
 * subscriber's app updates an event rather than adding a second one (docs/domain.md, "Memory and calendar").
 */
import ical from 'ical-generator';
import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { IsoDate } from '../values/dates';
import { calendarText } from './text';
import type { CalendarItem } from './calendar';

/** The UID's domain part: the association's name as letters and digits (one calendar per association). */
function uidDomain(association: string): string {
  const slug = association
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'association'}.citego`;
}

/**
 * The .ics text. `stamp` is the day it is made (DTSTAMP); item texts in `lang`. Requires a global
 * TextEncoder and crypto.randomUUID (ical-generator uses them): Apps Script gets them from apps-script/web-globals.ts.
 */
export function icsOf(items: readonly CalendarItem[], association: string, lang: Lang, stamp: IsoDate): string {
  const t = catalogue(lang).memory;
  // The calendar's name is a property line of its own: a line break or control character in the association's name must
  // never start another line of the file (docs/domain.md, "Memory and calendar").
  // eslint-disable-next-line no-control-regex
  const name = association.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  const cal = ical({
    name: t.calendarName(name),
    prodId: { company: 'citego', product: 'calendar', language: lang.toUpperCase() },
  });
  const domain = uidDomain(association);
  for (const item of items) {
    const where = item.sheet && item.row ? `${item.sheet}!${item.row}` : null;
    cal.createEvent({
      id: `${item.key}@${domain}`,
      start: item.date,
      allDay: true,
      stamp: `${stamp}T00:00:00Z`,
      summary: calendarText(item, lang),
      description: where,
    });
  }
  return cal.toString();
}
