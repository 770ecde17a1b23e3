/**
 * The demo workbook in memory, with rows a test adds to its sheets, and readers of what the
 * documents show (a report table by its headers, a pack CSV by its name).
 */
import { join } from 'node:path';
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import type { IsoDate } from '../../shared/values/dates';
import type { ReportBlock, ReportCell, ReportDoc, ReportTable } from '../../shared/reports/doc';
import type { AccountantPack } from '../../shared/exports/pack';
import type { XlsxSnapshot } from '../../scripts/xlsx/read';
import { acceptYearEnd } from '../../shared/usecases/accept-year-end';
import { MemoryWorkbook } from '../fakes/memory-workbook';

export const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');
export const TODAY = '2026-01-15' as IsoDate;

/** A date cell as Sheets gives it: a Date at midnight UTC. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const cents = (cell: ReportCell | undefined): number => (cell && 'amount' in cell ? cell.amount : 0);
export const text = (cell: ReportCell | undefined): string => (cell && 'text' in cell ? cell.text : '');

export function tableStartingWith(doc: ReportDoc, ...headers: string[]): ReportTable {
  const t = doc.blocks.find(
    (b: ReportBlock): b is ReportTable => b.kind === 'table' && headers.every((h, i) => b.columns[i]?.header === h),
  );
  if (!t) throw new Error(`no table ${headers.join(' | ')}`);
  return t;
}

/**
 * The demo with rows appended under the existing ones, per sheet (header order of the demo:
 * Journal = Date, Pièce, Libellé, Compte, Projet, Convention, Tiers, Recette, Dépense, Moyen).
 * `firstRow` is the sheet row of each sheet's first added row.
 */
export function demoWith(
  snap: XlsxSnapshot,
  extra: Record<string, CellValue[][]>,
): { book: ParsedWorkbook; firstRow: Record<string, number> } {
  const sheets: Record<string, CellValue[][]> = Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)]));
  const firstRow: Record<string, number> = {};
  for (const [name, rows] of Object.entries(extra)) {
    const sheet = sheets[name];
    const width = Math.max(...sheet.map((r) => r.length));
    firstRow[name] = sheet.length + 1;
    sheets[name] = [...sheet, ...rows.map((values) => Array.from({ length: width }, (_, i) => values[i] ?? ''))];
  }
  return { book: readWorkbook(new MemoryWorkbook(sheets)), firstRow };
}

/** A CSV of the accountant's pack as rows of fields (BOM and CRLF removed; no field of these tests holds `;`). */
export function packCsv(pack: AccountantPack, name: string): string[][] {
  const file = pack.files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name}`);
  return file.content
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(';'));
}

/** The demo with every proposed year-end entry of `year` accepted (`citego close --accept-all`), read back. */
export function demoAccepted(snap: XlsxSnapshot, year: number): ParsedWorkbook {
  const workbook = new MemoryWorkbook(Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)])));
  const seen = new Map<string, string>();
  const ports = {
    workbook,
    lock: { withLock: <T>(work: () => T) => work() },
    cache: { get: (k: string) => seen.get(k) ?? null, put: (k: string, v: string) => void seen.set(k, v) },
    clock: { today: () => TODAY },
  };
  if (acceptYearEnd(ports, year, 'all', 'ties-0001').written.length === 0) throw new Error('no year-end entry accepted');
  return readWorkbook(workbook);
}
