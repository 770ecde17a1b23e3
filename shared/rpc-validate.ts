/**
 * Server-side validation of rpc arguments: anything can be sent through google.script.run
 * from a browser console, so every endpoint checks its arguments again.
 */
import type { CellTarget } from './rpc';

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
