import { columnLetter } from '../values/text';

export type Severity = 'error' | 'warning' | 'info';

/** One problem found in the workbook, pointing at the cell the user must look at. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly sheet: string;
  /** 1-based row as the spreadsheet shows it; null for a whole-sheet finding. */
  readonly row: number | null;
  /** The header text as the user sees it; null for a whole-row or whole-sheet finding. */
  readonly column: string | null;
  /** 1-based column number, so a user interface can select the cell. */
  readonly columnIndex?: number;
  readonly ids?: readonly string[];
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** `Journal!D17`, or `Journal!17:17` for a whole row, or `Journal` for a whole sheet (A1 notation). */
export function cellReference(f: Pick<Finding, 'sheet' | 'row' | 'columnIndex'>): string {
  if (f.row === null) return f.sheet;
  const sheet = /^[\p{L}\d_]+$/u.test(f.sheet) ? f.sheet : `'${f.sheet.replace(/'/g, "''")}'`;
  return f.columnIndex ? `${sheet}!${columnLetter(f.columnIndex)}${f.row}` : `${sheet}!${f.row}:${f.row}`;
}
