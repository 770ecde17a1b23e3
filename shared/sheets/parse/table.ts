import { dateCellText, isDate } from '../../values/dates';
import type { Finding } from '../findings';
import type { ReadingMessages } from '../../i18n/fr/reading';
import type { CellValue } from '../ports';
import type { Columns, RecordOf, TableDef } from '../schema/columns';
import { normalizeLabel, quoteCell } from '../../values/text';
import { blankValue, isBlank, MAX_TEXT, readCell } from './cells';
import { locateHeader, type HeaderMap } from './header';

/** A table read from a sheet. */
export interface ParsedTable<T extends TableDef> {
  readonly def: T;
  /** The sheet's actual name, or null when the workbook has no such sheet. */
  readonly sheet: string | null;
  readonly header: HeaderMap | null;
  readonly records: RecordOf<T>[];
  /**
   * The cells reported as `cell.invalid`, by row: the keys of their columns. Such a cell reads as
   * null like a blank one, but its value is unknown, not empty (a rule does not judge it again).
   */
  readonly invalid: ReadonlyMap<number, ReadonlySet<string>>;
  /** What those cells hold, by row and column key, as the check shows it (`31/02/2025`, `cent vingt`; empty when blank). */
  readonly invalidText: ReadonlyMap<number, ReadonlyMap<string, string>>;
}

export function emptyTable<T extends TableDef>(def: T): ParsedTable<T> {
  return { def, sheet: null, header: null, records: [], invalid: new Map(), invalidText: new Map() };
}

const NUMERIC_KINDS: readonly string[] = ['amount', 'integer', 'decimal'];

/**
 * A "Total", "Sous-total" or "Totaux" row typed by the user under the data: its first cell says
 * so, and it carries only figures besides (a row "Total Energies — carburant" with an account or
 * a date is an operation, not a total, and is read like any other).
 */
export function isTotalRow(row: readonly CellValue[], def?: TableDef, header?: HeaderMap): boolean {
  const at = row.findIndex((c) => !isBlank(c));
  const first = row[at];
  if (typeof first !== 'string' || !/^(sous )?tota(l|ux)\b/.test(normalizeLabel(first))) return false;
  if (!def || !header) return true;
  return Object.entries(header.index).every(
    ([key, i]) => i === at || isBlank(row[i]) || NUMERIC_KINDS.includes((def.columns as Columns)[key].kind),
  );
}

/**
 * Reads a sheet's cells into typed records. Never throws on data: each unreadable cell is
 * a `cell.invalid` finding at its row and column, the record keeps `null` there and `invalid` names the cell.
 */
export function parseTable<C extends Columns>(
  def: TableDef<C>,
  sheet: string,
  rows: readonly (readonly CellValue[])[],
  timeZone: string,
  msg: ReadingMessages,
  findings: Finding[],
): ParsedTable<TableDef<C>> {
  const located = locateHeader(def, rows);
  if (!located.ok) {
    findings.push({
      rule: 'sheet.columns',
      severity: 'error',
      message: msg.missingColumns(sheet, located.missing, located.headerRow),
      sheet,
      row: located.headerRow,
      column: null,
    });
    return { def, sheet, header: null, records: [], invalid: new Map(), invalidText: new Map() };
  }
  const header = located.header;
  const keys = Object.keys(header.index);
  const missingKeys = Object.keys(def.columns).filter((k) => !(k in header.index));
  const records: RecordOf<TableDef<C>>[] = [];
  const invalid = new Map<number, Set<string>>();
  const invalidText = new Map<number, Map<string, string>>();
  const report = (rowNumber: number, k: string, message: string, shown = '') => {
    invalid.set(rowNumber, (invalid.get(rowNumber) ?? new Set<string>()).add(k));
    invalidText.set(rowNumber, (invalidText.get(rowNumber) ?? new Map<string, string>()).set(k, shown));
    findings.push({
      rule: 'cell.invalid',
      severity: 'error',
      message,
      sheet,
      row: rowNumber,
      column: header.headerText[k],
      columnIndex: header.index[k] + 1,
    });
  };
  for (let r = header.headerRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row.every(isBlank)) continue;
    const rowNumber = r + 1;
    if (isTotalRow(row, def, header)) {
      findings.push({ rule: 'row.total', severity: 'info', message: msg.totalRowIgnored(), sheet, row: rowNumber, column: null });
      continue;
    }
    const record: Record<string, unknown> = { row: rowNumber };
    for (const k of missingKeys) record[k] = blankValue(def.columns[k]);
    for (const k of keys) {
      const col = def.columns[k];
      const value = row[header.index[k]];
      if (isBlank(value)) {
        record[k] = blankValue(col);
        if (col.required && !col.blankAllowed) report(rowNumber, k, msg.cellRequired());
        continue;
      }
      const read = readCell(col, value as CellValue, timeZone);
      if (read.ok) {
        record[k] = read.value;
        continue;
      }
      record[k] = blankValue(col);
      const typed = String(isDate(value) ? dateCellText(value) : value).trim();
      const shown = quoteCell(typed);
      const message =
        read.problem === 'choice'
          ? msg.cellNotChoice(
              shown,
              (col.choices ?? []).map((c) => c.label),
            )
          : read.problem === 'length'
            ? msg.cellTooLong(String(value).length, MAX_TEXT)
            : msg.cellNotKind(shown, col.kind);
      report(rowNumber, k, message, typed);
    }
    records.push(record as RecordOf<TableDef<C>>);
  }
  return { def, sheet, header, records, invalid, invalidText };
}
