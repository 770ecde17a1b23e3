import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { fiscalYearOf } from './fiscal-years';
import type { Cents } from '../values/money';

/** Volunteer time of a year per project, valued at the hourly rate of Paramètres (accounts 864 / 875). */
export interface VolunteerValuation {
  readonly rate: Cents;
  readonly projects: readonly { readonly project: string; readonly hours: number; readonly value: Cents }[];
  readonly hours: number;
  readonly value: Cents;
}

export function volunteerValuation(book: ParsedWorkbook, year: number): VolunteerValuation {
  const rate = book.settings.volunteerHourlyRate;
  const hours = new Map<string, number>();
  for (const v of book.volunteering.records) {
    if (v.date === null || v.hours === null || fiscalYearOf(v.date, book.settings.fiscalYearStart) !== year) continue;
    // Hours are summed in hundredths so that 0,1 + 0,2 stays exact.
    const key = v.project ?? '';
    hours.set(key, (hours.get(key) ?? 0) + Math.round(v.hours * 100));
  }
  const projects = [...hours.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([project, h]) => ({ project, hours: h / 100, value: Math.round((h * rate) / 100) }));
  return {
    rate,
    projects,
    hours: projects.reduce((s, p) => s + Math.round(p.hours * 100), 0) / 100,
    value: projects.reduce((s, p) => s + p.value, 0),
  };
}
