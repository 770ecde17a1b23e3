import { normalizeLabel } from '../../values/text';
import type { Columns, TableDef } from '../schema/columns';
import type { CellValue } from '../ports';

/** Where a table's columns are in a sheet. */
export interface HeaderMap {
  /** 1-based row of the header. */
  readonly headerRow: number;
  /** Column key -> 0-based column index. */
  readonly index: Readonly<Record<string, number>>;
  /** Column key -> the header text as the user wrote it. */
  readonly headerText: Readonly<Record<string, string>>;
  /** Width of the header row (extra user columns included). */
  readonly width: number;
}

/** Title rows above the header are allowed; the header is searched in the first rows. */
const HEADER_SEARCH_ROWS = 10;

function tokens(text: string): string[] {
  return normalizeLabel(text).split(' ').filter(Boolean);
}

function startsWithTokens(header: string[], name: string[]): boolean {
  return name.length > 0 && name.length <= header.length && name.every((t, i) => header[i] === t);
}

/**
 * Matches a header row against a table's columns: exact names (header or synonym) first,
 * then a header that begins with a name ("Montant TTC" for "Montant"); each header cell serves once.
 */
export function matchHeaderRow(def: TableDef<Columns>, row: readonly CellValue[]): Record<string, number> {
  const cells = row.map((c) => (typeof c === 'string' ? tokens(c) : []));
  const used = new Set<number>();
  const found: Record<string, number> = {};
  const names = Object.entries(def.columns).map(([key, col]) => [key, [col.header, ...col.synonyms].map(tokens)] as const);
  for (const pass of ['exact', 'prefix'] as const) {
    for (const [key, variants] of names) {
      if (key in found) continue;
      for (let i = 0; i < cells.length; i++) {
        if (used.has(i) || cells[i].length === 0) continue;
        const hit = variants.some((v) => (pass === 'exact' ? v.join(' ') === cells[i].join(' ') : startsWithTokens(cells[i], v)));
        if (hit) {
          found[key] = i;
          used.add(i);
          break;
        }
      }
    }
  }
  return found;
}

export type HeaderResult = { ok: true; header: HeaderMap } | { ok: false; missing: string[]; headerRow: number | null };

/** Finds the header row (the one matching most columns among the first rows) and checks required columns. */
export function locateHeader(def: TableDef<Columns>, rows: readonly (readonly CellValue[])[]): HeaderResult {
  let best: { row: number; found: Record<string, number> } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const found = matchHeaderRow(def, rows[r]);
    const n = Object.keys(found).length;
    if (n > 0 && (!best || n > Object.keys(best.found).length)) best = { row: r, found };
  }
  const requiredKeys = Object.entries(def.columns)
    .filter(([, c]) => c.required)
    .map(([k]) => k);
  if (!best) return { ok: false, missing: requiredKeys.map((k) => def.columns[k].header), headerRow: null };
  const found = best.found;
  const missing = requiredKeys.filter((k) => !(k in found)).map((k) => def.columns[k].header);
  if (missing.length > 0) return { ok: false, missing, headerRow: best.row + 1 };
  const headerCells = rows[best.row];
  const headerText: Record<string, string> = {};
  for (const [k, i] of Object.entries(found)) headerText[k] = String(headerCells[i]).trim();
  let width = headerCells.length;
  while (width > 0 && (headerCells[width - 1] === '' || headerCells[width - 1] === null)) width--;
  return { ok: true, header: { headerRow: best.row + 1, index: found, headerText, width } };
}
