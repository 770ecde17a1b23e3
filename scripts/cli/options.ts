import { dateInTimeZone, parseDate, type IsoDate } from '../../shared/values/dates';
import type { Lang } from '../../shared/i18n/lang';
import { UserError } from '../xlsx/errors';

export function parseYear(value: string | undefined, lang: Lang): number | null {
  if (value === undefined) return null;
  if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2200)
    throw new UserError(
      'usage',
      lang === 'en' ? `--year expects a year like 2025, not "${value}"` : `--year attend une année comme 2025, pas « ${value} »`,
    );
  return Number(value);
}

/** Today in Paris, or the date given with --date (to see deadlines as of another day). */
export function parseToday(value: string | undefined, lang: Lang): IsoDate {
  if (value === undefined) return dateInTimeZone(new Date(), 'Europe/Paris') as IsoDate;
  const d = parseDate(value, 'UTC');
  if (!d.ok)
    throw new UserError(
      'usage',
      lang === 'en' ? `--date expects a date like 2026-01-15, not "${value}"` : `--date attend une date comme 2026-01-15, pas « ${value} »`,
    );
  return d.date;
}
