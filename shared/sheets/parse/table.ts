import { dateCellText, isDate, type IsoDate } from '../../values/dates';
import type { Finding } from '../findings';
import type { ReadingMessages } from '../../i18n/fr/reading';
import type { CellValue } from '../ports';
import type { Columns, RecordOf, TableDef } from '../schema/columns';
import { normalizeLabel, quoteCell } from '../../values/text';
import { blankValue, isBlank, MAX_TEXT, readCell, type Ambiguity } from './cells';
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

/** Where a table's cell problems go: `cell.invalid` findings (and the record's invalid keys), `cell.ambiguous` warnings. */
class CellReporter {
  readonly invalid = new Map<number, Set<string>>();
  readonly invalidText = new Map<number, Map<string, string>>();

  constructor(
    private readonly sheet: string,
    private readonly header: HeaderMap,
    private readonly msg: ReadingMessages,
    private readonly findings: Finding[],
  ) {}

  private at(rowNumber: number, k: string) {
    return { sheet: this.sheet, row: rowNumber, column: this.header.headerText[k], columnIndex: this.header.index[k] + 1 };
  }

  invalidCell(rowNumber: number, k: string, message: string, typed = ''): void {
    this.invalid.set(rowNumber, (this.invalid.get(rowNumber) ?? new Set<string>()).add(k));
    this.invalidText.set(rowNumber, (this.invalidText.get(rowNumber) ?? new Map<string, string>()).set(k, typed));
    this.findings.push({ rule: 'cell.invalid', severity: 'error', message, ...this.at(rowNumber, k) });
  }

  /** A cell read one of two plausible ways: read, and the reading said (docs/domain.md, `cell.ambiguous`). */
  ambiguous(rowNumber: number, k: string, typed: string, ambiguity: Ambiguity, value: unknown): void {
    const shown = quoteCell(typed);
    const message =
      ambiguity === 'thousandsDot' ? this.msg.ambiguousAmount(shown, value as number) : this.msg.twoDigitYear(shown, value as IsoDate);
    this.findings.push({ rule: 'cell.ambiguous', severity: 'warning', message, ...this.at(rowNumber, k) });
  }
}

/** One row's cells as a record: each value read as its column's type, each problem reported at its cell. */
function readRecord(
  def: TableDef,
  header: HeaderMap,
  row: readonly CellValue[],
  rowNumber: number,
  timeZone: string,
  out: CellReporter,
  msg: ReadingMessages,
) {
  const record: Record<string, unknown> = { row: rowNumber };
  for (const k of Object.keys(def.columns)) if (!(k in header.index)) record[k] = blankValue(def.columns[k]);
  for (const k of Object.keys(header.index)) {
    const col = (def.columns as Columns)[k];
    const value = row[header.index[k]];
    record[k] = blankValue(col);
    if (isBlank(value)) {
      if (col.required && !col.blankAllowed) out.invalidCell(rowNumber, k, msg.cellRequired());
      continue;
    }
    const read = readCell(col, value as CellValue, timeZone);
    if (read.ok) {
      record[k] = read.value;
      if (read.ambiguity) out.ambiguous(rowNumber, k, String(value).trim(), read.ambiguity, read.value);
      continue;
    }
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
    out.invalidCell(rowNumber, k, message, typed);
  }
  return record;
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
  const out = new CellReporter(sheet, header, msg, findings);
  const records: RecordOf<TableDef<C>>[] = [];
  for (let r = header.headerRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row.every(isBlank)) continue;
    if (isTotalRow(row, def, header)) {
      findings.push({ rule: 'row.total', severity: 'info', message: msg.totalRowIgnored(), sheet, row: r + 1, column: null });
      continue;
    }
    records.push(readRecord(def, header, row, r + 1, timeZone, out, msg) as RecordOf<TableDef<C>>);
  }
  return { def, sheet, header, records, invalid: out.invalid, invalidText: out.invalidText };
}
