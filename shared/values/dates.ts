/** A calendar date `YYYY-MM-DD`: no time, no time zone. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

export type DateResult = { ok: true; date: IsoDate } | { ok: false };

function isValidYmd(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

export function makeIsoDate(y: number, m: number, d: number): IsoDate | null {
  if (!isValidYmd(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A `Date` read from a cell is an instant; the calendar day it shows is the one in the
 * spreadsheet's time zone (Apps Script: dates are JavaScript Dates in the script's time zone).
 */
export function dateInTimeZone(value: Date, timeZone: string): IsoDate | null {
  if (Number.isNaN(value.getTime())) return null;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(value);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return makeIsoDate(get('year'), get('month'), get('day'));
}

/** True for a Date from any realm (Apps Script, a vm context, the browser). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * What a Date cell holds, as the text a finding quotes (`2025-03-15`, the UTC day of the instant).
 * A Date that is no instant (an Invalid Date) is quoted `#DATE?`: it must never throw.
 */
export function dateCellText(value: Date): string {
  return Number.isNaN(value.getTime()) ? '#DATE?' : value.toISOString().slice(0, 10);
}

/** Reads `15/03/2025`, `15/03/25`, `2025-03-15`, `15.03.2025` or a Date cell. */
export function parseDate(value: unknown, timeZone: string): DateResult {
  if (isDate(value)) {
    const d = dateInTimeZone(value, timeZone);
    return d ? { ok: true, date: d } : { ok: false };
  }
  if (typeof value !== 'string') return { ok: false };
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const d = makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? { ok: true, date: d } : { ok: false };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    let y = Number(m[3]);
    if (m[3].length === 2) y += 2000;
    const d = makeIsoDate(y, Number(m[2]), Number(m[1]));
    return d ? { ok: true, date: d } : { ok: false };
  }
  return { ok: false };
}

/** `2025-03-15` -> `15/03/2025`. */
export function formatDateFr(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The instant of midnight starting `date` in `timeZone`: what a date cell must hold so that the
 * spreadsheet shows that calendar day (Sheets dates are instants shown in the sheet's time zone).
 */
export function midnightIn(date: IsoDate, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  let at = guess;
  for (let i = 0; i < 2; i++) {
    const p = wallClock(new Date(at), timeZone);
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    at = at - (wall - guess);
  }
  return new Date(at);
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** What a clock on the wall shows at `instant` in `timeZone`. */
export function wallClock(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let f = wallFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

/** The day's number since 1970-01-01: differences between two dates in days. */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The day `days` after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return new Date(t).toISOString().slice(0, 10) as IsoDate;
}
