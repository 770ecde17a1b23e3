/**
 * Server-side validation of rpc arguments: anything can be sent through google.script.run
 * from a browser console, so every use case checks its arguments again and refuses the bad ones.
 */
import type { CellTarget } from './rpc';
import { isEmailAddress } from '../values/email';
import { isLang, type Lang } from '../i18n/lang';
import { refusal } from '../i18n/refusal';

const MAX_ROWS = 10_000_000;
const MAX_COLUMNS = 18_278;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function positiveInteger(v: unknown, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max ? v : null;
}

export function parseCellTarget(value: unknown): CellTarget {
  if (!isPlainObject(value)) throw refusal('argCell');
  const sheet = value.sheet;
  if (typeof sheet !== 'string' || sheet.length === 0 || sheet.length > 100) throw refusal('argSheet');
  const row = positiveInteger(value.row, MAX_ROWS);
  if (row === null) throw refusal('argRow');
  const column = value.column === null || value.column === undefined ? null : positiveInteger(value.column, MAX_COLUMNS);
  if (value.column !== null && value.column !== undefined && column === null) throw refusal('argColumn');
  return { sheet, row, column };
}

export function parseYearArg(value: unknown, optional: true): number | null;
export function parseYearArg(value: unknown, optional?: false): number;
export function parseYearArg(value: unknown, optional = false): number | null {
  if (optional && (value === null || value === undefined)) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1990 || value > 2200) throw refusal('argYear');
  return value;
}

/** One address, no display name, no list: what the accountant's sharing needs. */
export function parseEmail(value: unknown): string {
  if (typeof value !== 'string') throw refusal('argEmail');
  const email = value.trim();
  if (!isEmailAddress(email)) throw refusal('argEmailText', email.slice(0, 60));
  return email;
}

/** The language a sidebar asks for; French for anything else. */
export function parseLang(value: unknown): Lang {
  return isLang(value) ? value : 'fr';
}

/** A convention ID as the form sends it, or null (a new convention) for anything else. */
export function parseConventionId(value: unknown): string | null {
  return typeof value === 'string' && /^[\w-]{1,40}$/.test(value) ? value : null;
}

// The partnership network's forms (opportunities pipeline, groups and committees)

/** A request id as the sidebars make them (rpc-client.ts newRequestId). */
export function parseRequestId(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{8,100}$/.test(value)) throw refusal('argRequestId');
  return value;
}

/** A record's ID (O-0003, PE-0012, G-004…): letters, digits and dashes, 40 at most. */
export function parseRecordId(value: unknown): string {
  if (typeof value !== 'string' || !/^[\w-]{1,40}$/.test(value.trim())) throw refusal('argRecordId');
  return value.trim();
}

/** A free text of one form field, trimmed; '' when absent; refused with `tooLong` past `max` characters. */
export function parseShortText(value: unknown, max: number, tooLong: 'opportunityNoteTooLong'): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') throw refusal('argRecordId');
  const text = value.trim();
  if (text.length > max) throw refusal(tooLong, max);
  return text;
}
