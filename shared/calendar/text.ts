/** An item of the calendar in words (the catalogue's `memory.kinds`), the same in the sidebar, the .ics and the e-mail. */
import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { CalendarItem } from './calendar';

export function calendarText(item: CalendarItem, lang: Lang): string {
  return catalogue(lang).memory.kinds[item.kind](item.subject, item.detail, item.amount);
}
