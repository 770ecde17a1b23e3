/**
 * The third workbook adapter: the live spreadsheet over the Sheets API v4 (docs/architecture.md,
 * "The live spreadsheet"). Two HTTP calls whatever the size: one `spreadsheets.get` for the sheet
 * names, the time zone and which cells are dates (their number format), then one `values.batchGet`
 * of every sheet, unformatted. Cells come out as `getValues()` gives them (empty = '', a date cell =
 * the instant of its day in the spreadsheet's time zone), so the same shared/ code reads them and
 * finds the same things at the same cells as the Apps Script and .xlsx adapters.
 */
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets';
import type { CellValue } from '../../shared/sheets/ports';
import { WorkbookSnapshot } from '../../shared/sheets/snapshot';
import { refusal } from '../../shared/i18n/refusal';
import { LIMITS } from '../xlsx/limits';
import { rectangle } from '../xlsx/sheet-xml';
import { serialToDate } from './serial';
import { callGoogle, type RetryPolicy } from './errors';

/** What the first call asks for: nothing but names, the time zone and the number formats' types. */
export const GET_FIELDS = 'properties(title,timeZone),sheets(properties(title),data(rowData(values(effectiveFormat(numberFormat(type))))))';
/** The number formats whose cells `getValues()` returns as Dates. */
const DATE_TYPES = new Set(['DATE', 'DATE_TIME', 'TIME']);

/** The live spreadsheet read once, whole, with its id and title. */
export class SheetsApiSnapshot extends WorkbookSnapshot {
  constructor(
    readonly id: string,
    readonly title: string,
    timeZone: string,
    order: string[],
    sheets: Map<string, CellValue[][]>,
  ) {
    super(timeZone, order, sheets);
  }
}

/** `Soldes d'ouverture` -> `'Soldes d''ouverture'`: a whole sheet in A1 notation. */
export const wholeSheet = (title: string) => `'${title.replace(/'/g, "''")}'`;

type Formats = sheets_v4.Schema$RowData[] | undefined;

function isDateCell(formats: Formats, r: number, c: number): boolean {
  const type = formats?.[r]?.values?.[c]?.effectiveFormat?.numberFormat?.type;
  return type !== undefined && type !== null && DATE_TYPES.has(type);
}

/** One sheet's values as `getValues()` would give them. */
function cellsOf(values: unknown[][] | undefined, formats: Formats, timeZone: string): CellValue[][] {
  const rows: CellValue[][] = (values ?? []).map((row, r) =>
    row.map((v, c): CellValue => {
      if (typeof v === 'number') return isDateCell(formats, r, c) ? serialToDate(v, timeZone) : v;
      if (typeof v === 'boolean' || typeof v === 'string') return v;
      return v === null || v === undefined ? '' : String(v);
    }),
  );
  return rectangle(rows, true);
}

function checkSize(rows: CellValue[][], name: string, total: { cells: number }): void {
  const cells = rows.length * (rows[0]?.length ?? 0);
  total.cells += cells;
  if (cells > LIMITS.cellsPerSheet) throw refusal('liveTooManyCells', name, LIMITS.cellsPerSheet);
  if (total.cells > LIMITS.cellsPerWorkbook) throw refusal('liveTooManyCells', name, LIMITS.cellsPerWorkbook);
}

/** Google's answers as documented, or a refusal: a garbled answer is never read as an empty spreadsheet. */
function checkedSheets(data: unknown): sheets_v4.Schema$Sheet[] {
  const sheets = (data as sheets_v4.Schema$Spreadsheet | null)?.sheets;
  if (!Array.isArray(sheets) || sheets.length === 0 || sheets.some((s) => typeof s?.properties?.title !== 'string'))
    throw refusal('liveGarbled');
  return sheets;
}

function checkedRanges(data: unknown, count: number): sheets_v4.Schema$ValueRange[] {
  const ranges = (data as sheets_v4.Schema$BatchGetValuesResponse | null)?.valueRanges;
  const rowsOk = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((r) => Array.isArray(r)));
  if (!Array.isArray(ranges) || ranges.length !== count || ranges.some((r) => !rowsOk(r?.values))) throw refusal('liveGarbled');
  return ranges;
}

/** Reads the whole spreadsheet `id` in two calls. */
export async function readSpreadsheet(api: sheets_v4.Sheets, id: string, retry?: RetryPolicy): Promise<SheetsApiSnapshot> {
  const meta = await callGoogle(() => api.spreadsheets.get({ spreadsheetId: id, includeGridData: true, fields: GET_FIELDS }), id, retry);
  const sheets = checkedSheets(meta.data);
  const timeZone = meta.data.properties?.timeZone || 'Europe/Paris';
  const titles = sheets.map((s) => s.properties?.title ?? '');
  const values = await callGoogle(
    () =>
      api.spreadsheets.values.batchGet({
        spreadsheetId: id,
        ranges: titles.map(wholeSheet),
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
        majorDimension: 'ROWS',
      }),
    id,
    retry,
  );
  const ranges = checkedRanges(values.data, titles.length);
  const byName = new Map<string, CellValue[][]>();
  const total = { cells: 0 };
  titles.forEach((title, i) => {
    const rows = cellsOf(ranges[i]?.values as unknown[][] | undefined, sheets[i].data?.[0]?.rowData, timeZone);
    checkSize(rows, title, total);
    byName.set(title, rows);
  });
  return new SheetsApiSnapshot(id, meta.data.properties?.title ?? id, timeZone, titles, byName);
}
