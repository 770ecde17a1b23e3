import type { CellValue } from '../../shared/sheets/ports';

/** exceljs cell value -> what `Range.getValues()` would give (formulas give their last result). */
export function fromExcel(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return 'result' in v ? fromExcel(v.result) : '';
    if ('error' in v) return String(v.error);
    if ('text' in v) return fromExcel(v.text);
  }
  return String(value);
}

/** Calendar dates are stored at UTC midnight: exceljs reads and writes dates in UTC. */
export const XLSX_TIME_ZONE = 'UTC';

export function toExcel(value: CellValue): string | number | boolean | Date | null {
  if (value === '') return null;
  return value;
}
