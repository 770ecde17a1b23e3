import type { CellValue } from '../../shared/sheets/ports';
import { WorkbookSnapshot } from '../../shared/sheets/snapshot';
import { XLSX_TIME_ZONE } from './time-zone';
import { XlsxPackage } from './package';
import { rectangle } from './sheet-xml';
import { LIMITS } from './limits';
import { refusal } from '../../shared/i18n/refusal';

export { isDateFormat } from './styles';

/** An .xlsx read once, whole: dates at UTC midnight (time-zone.ts). */
export class XlsxSnapshot extends WorkbookSnapshot {
  constructor(order: string[], sheets: Map<string, CellValue[][]>) {
    super(XLSX_TIME_ZONE, order, sheets);
  }
}

/**
 * Reads an .xlsx into a snapshot, every sheet as `getValues()` would give it. The archive is
 * checked first (size, bombs), then rows and columns are capped and time is bounded:
 * a bad file is a refusal (one line in the user's language), never a crash.
 */
export async function readXlsx(path: string): Promise<XlsxSnapshot> {
  const pkg = await XlsxPackage.open(path);
  const sheets = new Map<string, CellValue[][]>();
  let cells = 0;
  for (const sheet of pkg.sheets) {
    const rows = pkg.readSheet(sheet);
    cells += rows.length * rows.reduce((w, r) => Math.max(w, r.length), 0);
    // Checked before padding: the rectangles are what would fill the memory.
    if (cells > LIMITS.cellsPerWorkbook) throw refusal('xlsxTooManyCellsInWorkbook', pkg.shown, LIMITS.cellsPerWorkbook);
    sheets.set(sheet.name, rectangle(rows, true));
  }
  return new XlsxSnapshot(
    pkg.sheets.map((s) => s.name),
    sheets,
  );
}
