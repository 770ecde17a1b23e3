import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { columnLetter, normalizeLabel } from '../../shared/values/text';
import { NUMBER_FORMATS } from '../../shared/values/numbers';
import type { ColumnKind, TableDef } from '../../shared/sheets/schema/columns';
import { refusal, Refusal } from '../../shared/i18n/refusal';

export type PlainCell = string | number | boolean | Date | { formula: string; result?: number } | null;

/** A sheet to write into a new workbook: optional title row, header, rows, optional Total row. */
export interface SheetToWrite {
  readonly name: string;
  readonly title?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly PlainCell[])[];
  /** Header -> how cells are shown; unknown headers are plain text. */
  readonly kinds?: Readonly<Record<string, ColumnKind>>;
  /** Adds a blank row then "Total" with a SUM formula under these headers. */
  readonly totalOf?: readonly string[];
}

const NUM_FMT: Partial<Record<ColumnKind, string>> = {
  amount: NUMBER_FORMATS.amount,
  date: NUMBER_FORMATS.date,
  decimal: NUMBER_FORMATS.number,
};

/** The kinds of a table's columns, by any header the user may have written. */
export function kindsOf(def: TableDef, headers: readonly string[]): Record<string, ColumnKind> {
  const out: Record<string, ColumnKind> = {};
  for (const h of headers) {
    const col = Object.values(def.columns).find((c) => [c.header, ...c.synonyms].some((s) => normalizeLabel(s) === normalizeLabel(h)));
    if (col) out[h] = col.kind;
  }
  return out;
}

/** `YYYY-MM-DD` -> a date cell (exceljs stores dates at UTC midnight); other text stays text. */
export function dateCell(value: PlainCell): PlainCell {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * Writes a new .xlsx with exceljs's streaming writer (fast and lean at 100k rows), into a
 * temporary file renamed over the target only when complete.
 */
export async function writeWorkbookFile(path: string, sheets: readonly SheetToWrite[], opts: { date?: Date } = {}): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let wb: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
  try {
    wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  } catch (e) {
    throw cannotWrite(path, e);
  }
  wb.creator = 'citego';
  const when = opts.date ?? new Date('2026-01-15T00:00:00Z');
  wb.created = when;
  wb.modified = when;
  try {
    for (const spec of sheets) {
      const headerRow = spec.title ? 2 : 1;
      const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
      ws.columns = spec.header.map((h) => ({ key: h, width: Math.max(12, Math.min(40, h.length + 6)) }));
      if (spec.title) {
        const t = ws.addRow([spec.title]);
        t.font = { bold: true, size: 14 };
        t.commit();
      }
      const hr = ws.addRow([...spec.header]);
      hr.font = { bold: true };
      hr.commit();
      const kinds = spec.kinds ?? {};
      const fmts = spec.header.map((h) => NUM_FMT[kinds[h]]);
      const isDateCol = spec.header.map((h) => kinds[h] === 'date');
      for (const values of spec.rows) {
        const row = ws.addRow(values.map((v, i) => (isDateCol[i] ? dateCell(v) : v)));
        fmts.forEach((f, i) => {
          if (f) row.getCell(i + 1).numFmt = f;
        });
        row.commit();
      }
      if (spec.totalOf && spec.totalOf.length > 0) {
        ws.addRow([]).commit();
        const first = headerRow + 1;
        const last = headerRow + spec.rows.length;
        const cells: PlainCell[] = spec.header.map((h, i) => {
          if (i === 0) return 'Total';
          if (!spec.totalOf?.includes(h)) return null;
          const letter = columnLetter(i + 1);
          return { formula: `SUM(${letter}${first}:${letter}${last})` };
        });
        const tr = ws.addRow(cells);
        tr.font = { bold: true };
        fmts.forEach((f, i) => {
          if (f) tr.getCell(i + 1).numFmt = f;
        });
        tr.commit();
      }
      ws.commit();
    }
    await wb.commit();
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw cannotWrite(path, e);
  }
}

/**
 * Whatever failed while writing a new workbook (the file system, or exceljs, whose messages are
 * English): one refusal in the user's language naming the file, never the library's message.
 */
export function cannotWrite(path: string, e: unknown): Refusal {
  if (e instanceof Refusal) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return refusal('xlsxCannotWrite', basename(path), typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null);
}
