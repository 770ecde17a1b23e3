import { findSheet } from './parsed-workbook';
import type { ColumnFormat, NewSheet, Workbook, CellValue } from './ports';
import { locateHeader } from './parse/header';
import { isBlank } from './parse/cells';
import { isTotalRow } from './parse/table';
import { SETTING_NAMES } from './settings/parse-settings';
import type { AnyColumn, Columns, TableDef } from './schema/columns';
import { RECORD_TABLES, settingsTable } from './schema/tables';

export interface SetupReport {
  /** Sheets created, with their headers. */
  readonly created: string[];
  /** Existing sheets that received an ID column, and how many rows were numbered. */
  readonly numbered: { sheet: string; column: string; rows: number }[];
  /** Existing sheets left as they were. */
  readonly kept: string[];
}

function formatOf(col: AnyColumn): ColumnFormat {
  switch (col.kind) {
    case 'amount':
      return { header: col.header, kind: 'amount' };
    case 'date':
      return { header: col.header, kind: 'date' };
    case 'integer':
    case 'decimal':
      return { header: col.header, kind: 'number' };
    case 'bool':
      return { header: col.header, kind: 'bool' };
    case 'enum':
      return { header: col.header, kind: 'enum', choices: (col.choices ?? []).map((c) => c.label) };
    default:
      return { header: col.header, kind: 'text' };
  }
}

export function newSheetFor(def: TableDef): NewSheet {
  return { name: def.sheet, columns: Object.values(def.columns).map(formatOf) };
}

export function settingsSheet(): NewSheet {
  return {
    name: settingsTable.sheet,
    columns: [
      { header: 'Paramètre', kind: 'text' },
      { header: 'Valeur', kind: 'text' },
    ],
    rows: SETTING_NAMES.map((s) => [s.label, s.example]),
  };
}

/** `P-` and 7 -> `P-0007`; conventions are numbered per year: `C-2025-007`. */
export function formatId(prefix: string, n: number, year?: number): string {
  return prefix === 'C-' ? `C-${year}-${String(n).padStart(3, '0')}` : `${prefix}${String(n).padStart(4, '0')}`;
}

/**
 * "Installer / réparer les feuilles": creates the missing sheets, adds a numbered ID column to
 * record sheets that have none, and touches nothing else. Running it twice changes nothing.
 */
export function addMissingSheets(workbook: Workbook, currentYear: number): SetupReport {
  const report: SetupReport = { created: [], numbered: [], kept: [] };
  const names = workbook.sheetNames();
  if (!findSheet(settingsTable, names)) {
    workbook.addSheet(settingsSheet());
    report.created.push(settingsTable.sheet);
  } else report.kept.push(findSheet(settingsTable, names) as string);

  for (const def of RECORD_TABLES) {
    const existing = findSheet(def, names);
    if (!existing) {
      workbook.addSheet(newSheetFor(def));
      report.created.push(def.sheet);
      continue;
    }
    report.kept.push(existing);
    if (!def.idColumn || !def.idPrefix) continue;
    const rows = workbook.readSheet(existing);
    const located = locateHeader(def, rows);
    if (!located.ok || def.idColumn in located.header.index) continue;
    const { headerRow, width } = located.header;
    const idHeader = (def.columns as Columns)[def.idColumn].header;
    const block: CellValue[][] = [[idHeader]];
    let n = 0;
    let last = headerRow;
    for (let r = headerRow; r < rows.length; r++) {
      const row = rows[r];
      if (!row || row.every(isBlank) || isTotalRow(row, def, located.header)) {
        block.push(['']);
        continue;
      }
      n += 1;
      block.push([formatId(def.idPrefix, n, currentYear)]);
      last = r + 1;
    }
    block.length = last - headerRow + 1;
    workbook.writeBlock(existing, headerRow, width + 1, block);
    report.numbered.push({ sheet: existing, column: idHeader, rows: n });
  }
  return report;
}
