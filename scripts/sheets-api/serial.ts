/**
 * Sheets' serial numbers (days since 1899-12-30; the fraction is the time of day) and the instants
 * `Range.getValues()` gives for the same cells: the calendar day as the spreadsheet shows it in its
 * time zone (docs/architecture.md, "The live spreadsheet").
 */
import { dateInTimeZone, midnightIn, type IsoDate } from '../../shared/values/dates';

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The instant a date cell of serial `serial` stands for in `timeZone`. */
export function serialToDate(serial: number, timeZone: string): Date {
  const days = Math.floor(serial);
  const iso = new Date(EPOCH + days * DAY).toISOString().slice(0, 10) as IsoDate;
  return new Date(midnightIn(iso, timeZone).getTime() + Math.round((serial - days) * DAY));
}

/** The serial number Sheets stores for the instant `date` shown in `timeZone` (used to write dates). */
export function dateToSerial(date: Date, timeZone: string): number {
  const iso = dateInTimeZone(date, timeZone) ?? (date.toISOString().slice(0, 10) as IsoDate);
  const [y, m, d] = iso.split('-').map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY);
  const timeOfDay = date.getTime() - midnightIn(iso, timeZone).getTime();
  return days + timeOfDay / DAY;
}
