/**
 * Writing records into the user's own sheets: columns found by header, extra columns kept,
 * rows re-identified by ID just before writing, every write one block.
 */
import { isDate, midnightIn, type IsoDate } from '../values/dates';
import { locateHeader, type HeaderMap } from './parse/header';
import { isBlank } from './parse/cells';
import type { CellValue, Workbook } from './ports';
import type { Columns, TableDef } from './schema/columns';
import { findSheet } from './parsed-workbook';
import { refusal } from '../i18n/refusal';

/** A value to store in a column: text, number (cents are converted to euros), boolean, or a calendar date. */
export type FieldValue = string | number | boolean | { readonly date: IsoDate } | null;

export interface Located {
  sheet: string;
  header: HeaderMap;
  rows: CellValue[][];
}

/** A table's sheet, header and cells, read for writing; refused when the sheet or a required column is missing. */
export function locateTable(wb: Workbook, def: TableDef): Located {
  const sheet = findSheet(def, wb.sheetNames());
  if (!sheet) throw refusal('sheetMissing', def.sheet);
  const rows = wb.readSheet(sheet);
  const located = locateHeader(def, rows);
  if (!located.ok) throw refusal('columnsMissing', sheet, located.missing);
  return { sheet, header: located.header, rows };
}

function toCell(def: TableDef, key: string, value: FieldValue, timeZone: string): CellValue {
  if (value === null) return '';
  if (typeof value === 'object') return midnightIn(value.date, timeZone);
  // Amounts are cents in the code and euros in the sheet.
  if (typeof value === 'number' && (def.columns as Columns)[key]?.kind === 'amount') return value / 100;
  return value;
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? '';
  const y = b ?? '';
  if (isDate(x) && isDate(y)) return x.getTime() === y.getTime();
  return x === y;
}

/** Appends records under the table's last row, in one block; returns the first row written. */
export function appendRecords(wb: Workbook, def: TableDef, records: readonly Readonly<Record<string, FieldValue>>[]): number {
  const { sheet, header } = locateTable(wb, def);
  const width = Math.max(header.width, ...Object.values(header.index).map((i) => i + 1));
  const block = records.map((rec) => {
    const row: CellValue[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(rec)) {
      const i = header.index[key];
      if (i === undefined) {
        if ((def.columns as Columns)[key]?.required) throw refusal('columnMissing', sheet, (def.columns as Columns)[key].header);
        continue;
      }
      row[i] = toCell(def, key, value, wb.timeZone);
    }
    return row;
  });
  return wb.appendRows(sheet, block);
}

/**
 * Updates the row holding `id`: only the given columns change, the user's other cells stay.
 * The row is read again just before writing; if it moved, changed or vanished meanwhile
 * (someone sorted or edited the sheet), nothing is written and the user is told.
 */
export function updateRecordById(wb: Workbook, def: TableDef, id: string, changes: Readonly<Record<string, FieldValue>>): number {
  if (!def.idColumn) throw new Error(`${def.sheet} has no ID column`);
  const { sheet, header, rows } = locateTable(wb, def);
  const idIndex = header.index[def.idColumn];
  if (idIndex === undefined) throw refusal('idColumnMissing', sheet);
  const matches: number[] = [];
  for (let r = header.headerRow; r < rows.length; r++) {
    const cell = rows[r]?.[idIndex];
    if (!isBlank(cell) && String(cell).trim() === id) matches.push(r);
  }
  if (matches.length === 0) throw refusal('idNotFound', id, sheet);
  if (matches.length > 1)
    throw refusal(
      'idDuplicated',
      id,
      sheet,
      matches.map((r) => r + 1),
    );
  const r = matches[0];
  const width = Math.max(header.width, rows[r].length);
  const before = Array.from({ length: width }, (_, i) => rows[r][i] ?? '');
  const after = [...before];
  for (const [key, value] of Object.entries(changes)) {
    const i = header.index[key];
    if (i !== undefined) after[i] = toCell(def, key, value, wb.timeZone);
  }
  const rowNumber = r + 1;
  const now = wb.readRow(sheet, rowNumber, width);
  if (!before.every((v, i) => sameCell(v, now[i]))) throw refusal('rowChanged', rowNumber, sheet, id);
  // Only the changed columns are written (in contiguous runs): a formula the user keeps in
  // another column of the row is never replaced by its value.
  const changed = Object.keys(changes)
    .map((k) => header.index[k])
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  for (let k = 0; k < changed.length;) {
    let end = k;
    while (end + 1 < changed.length && changed[end + 1] === changed[end] + 1) end++;
    wb.writeBlock(sheet, rowNumber, changed[k] + 1, [after.slice(changed[k], changed[end] + 1)]);
    k = end + 1;
  }
  return rowNumber;
}

/**
 * Adds a column the add-on introduced (e.g. Dossier) at the end of the header row when the
 * user's sheet does not have it yet; touches nothing else. Returns its 1-based column.
 */
export function ensureColumn(wb: Workbook, def: TableDef, key: string): number {
  const { sheet, header } = locateTable(wb, def);
  const at = header.index[key];
  if (at !== undefined) return at + 1;
  const column = header.width + 1;
  wb.writeBlock(sheet, header.headerRow, column, [[(def.columns as Columns)[key].header]]);
  return column;
}
