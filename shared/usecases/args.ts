/**
 * Server-side validation of rpc arguments: anything can be sent through google.script.run
 * from a browser console, so every endpoint checks its arguments again.
 */
import type { CellTarget } from './rpc';
import { isEmailAddress } from '../values/email';

const MAX_ROWS = 10_000_000;
const MAX_COLUMNS = 18_278;

export class InvalidArgument extends Error {}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function positiveInteger(v: unknown, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max ? v : null;
}

export function parseCellTarget(value: unknown): CellTarget {
  if (!isPlainObject(value)) throw new InvalidArgument('Cellule à sélectionner invalide.');
  const sheet = value.sheet;
  if (typeof sheet !== 'string' || sheet.length === 0 || sheet.length > 100) throw new InvalidArgument('Nom de feuille invalide.');
  const row = positiveInteger(value.row, MAX_ROWS);
  if (row === null) throw new InvalidArgument('Numéro de ligne invalide.');
  const column = value.column === null || value.column === undefined ? null : positiveInteger(value.column, MAX_COLUMNS);
  if (value.column !== null && value.column !== undefined && column === null) throw new InvalidArgument('Numéro de colonne invalide.');
  return { sheet, row, column };
}

export function parseYearArg(value: unknown, optional: true): number | null;
export function parseYearArg(value: unknown, optional?: false): number;
export function parseYearArg(value: unknown, optional = false): number | null {
  if (optional && (value === null || value === undefined)) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1990 || value > 2200) throw new InvalidArgument('Année invalide.');
  return value;
}

/** One address, no display name, no list: what the accountant's sharing needs. */
export function parseEmail(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidArgument('Adresse e-mail invalide.');
  const email = value.trim();
  if (!isEmailAddress(email)) throw new InvalidArgument(`« ${email.slice(0, 60)} » n’est pas une adresse e-mail valide.`);
  return email;
}
