/**
 * The reminders (docs/domain.md, "Memory and calendar"): what is due this week (today and the six
 * days after) and what is late, said in a toast when the spreadsheet opens and in the weekly e-mail.
 */
import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { IsoDate } from '../values/dates';
import { addDays } from '../values/dates';
import type { CalendarItem } from './calendar';
import { calendarText } from './text';

export function thisWeek(items: readonly CalendarItem[], today: IsoDate): { due: CalendarItem[]; late: CalendarItem[] } {
  const end = addDays(today, 7);
  return {
    due: items.filter((i) => i.date >= today && i.date < end && i.done !== true),
    late: items.filter((i) => i.date < today && i.done === false),
  };
}

/** The toast's sentence, or null when nothing is due or late (no toast then). */
export function toastText(items: readonly CalendarItem[], today: IsoDate, lang: Lang): string | null {
  const { due, late } = thisWeek(items, today);
  if (due.length === 0 && late.length === 0) return null;
  return catalogue(lang).memory.toast(due.length, late.length);
}

export interface DigestMail {
  readonly subject: string;
  readonly body: string;
}

/** The weekly e-mail: this week's items, then the late ones, one line each. */
export function digestMail(items: readonly CalendarItem[], today: IsoDate, association: string, lang: Lang): DigestMail {
  const t = catalogue(lang).memory;
  const { due, late } = thisWeek(items, today);
  const lines = (list: CalendarItem[]) => list.map((i) => t.digestLine(i.date, calendarText(i, lang)));
  const body = [
    t.digestIntro(association),
    '',
    ...(due.length > 0 ? lines(due) : [t.digestNothing]),
    ...(late.length > 0 ? ['', t.late, ...lines(late)] : []),
  ].join('\n');
  return { subject: t.digestSubject(association, today), body };
}
