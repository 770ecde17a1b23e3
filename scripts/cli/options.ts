import { dateInTimeZone, parseDate, type IsoDate } from '../../shared/values/dates';
import { refusal } from '../../shared/i18n/refusal';

export function parseYear(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2200) throw refusal('cliYear', value);
  return Number(value);
}

/** Today in Paris, or the date given with --date (to see deadlines as of another day). */
export function parseToday(value: string | undefined): IsoDate {
  if (value === undefined) return dateInTimeZone(new Date(), 'Europe/Paris') as IsoDate;
  const d = parseDate(value, 'UTC');
  if (!d.ok) throw refusal('cliDate', value);
  return d.date;
}

/** A clock that always answers `today`. */
export function clockOn(today: IsoDate): { today(): IsoDate } {
  return { today: () => today };
}
