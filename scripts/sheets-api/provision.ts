/**
 * `citego provision`: a new association's spreadsheet in two calls (docs/architecture.md, "The live
 * spreadsheet"). The plan is made offline by the same "Installer / réparer" code as `init` and the
 * menu (shared/sheets/install.ts) on an in-memory workbook, seeded with an .xlsx's sheets when
 * --from is given; then `spreadsheets.create` makes every sheet (header rows frozen) and one
 * `batchUpdate` writes the values, the formats and the dropdowns. Text is sent as text
 * (`stringValue`): a cell starting with `=` is never run as a formula.
 */
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets';
import type { CellValue, ColumnFormat, NewSheet, WorkbookReader } from '../../shared/sheets/ports';
import { addMissingSheets } from '../../shared/sheets/install';
import { isDate } from '../../shared/values/dates';
import { NUMBER_FORMATS } from '../../shared/values/numbers';
import { MemoryWorkbook } from './memory-workbook';
import { refusal } from '../../shared/i18n/refusal';
import { dateToSerial } from './serial';
import { callGoogle, DEFAULT_RETRY, type RetryPolicy } from './errors';

export interface PlannedSheet {
  readonly title: string;
  readonly rows: CellValue[][];
  /** Set for the sheets the add-on creates: their header is frozen, formatted and validated. */
  readonly spec?: NewSheet;
}

/** Every sheet of the schema, after the seed's own (kept as they are, IDs numbered where missing). */
export function planSpreadsheet(seed: WorkbookReader | null, currentYear: number): PlannedSheet[] {
  const wb = new MemoryWorkbook(
    Object.fromEntries((seed?.sheetNames() ?? []).map((n) => [n, seed?.readSheet(n) ?? []])),
    seed?.timeZone ?? 'UTC',
  );
  addMissingSheets(wb, currentYear);
  return wb.sheetNames().map((title) => ({ title, rows: wb.readSheet(title), spec: wb.specs.get(title) }));
}

function cellData(v: CellValue, fromZone: string, header: boolean): sheets_v4.Schema$CellData {
  if (isDate(v))
    return {
      userEnteredValue: { numberValue: dateToSerial(v, fromZone) },
      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: NUMBER_FORMATS.date } },
    };
  if (typeof v === 'number') return { userEnteredValue: { numberValue: v } };
  if (typeof v === 'boolean') return { userEnteredValue: { boolValue: v } };
  if (v === '') return {};
  return { userEnteredValue: { stringValue: v }, ...(header ? { userEnteredFormat: { textFormat: { bold: true } } } : {}) };
}

const FORMAT: Partial<Record<ColumnFormat['kind'], sheets_v4.Schema$NumberFormat>> = {
  amount: { type: 'NUMBER', pattern: NUMBER_FORMATS.amount },
  date: { type: 'DATE', pattern: NUMBER_FORMATS.date },
  number: { type: 'NUMBER', pattern: NUMBER_FORMATS.number },
};

/** The column formats and dropdowns "Installer / réparer" sets (apps-script/workbook.ts addSheet does the same). */
function columnRequests(sheetId: number, spec: NewSheet, rowCount: number): sheets_v4.Schema$Request[] {
  return spec.columns.flatMap((col, i): sheets_v4.Schema$Request[] => {
    const range = { sheetId, startRowIndex: 1, endRowIndex: rowCount, startColumnIndex: i, endColumnIndex: i + 1 };
    const out: sheets_v4.Schema$Request[] = [];
    const numberFormat = FORMAT[col.kind];
    if (numberFormat)
      out.push({ repeatCell: { range, cell: { userEnteredFormat: { numberFormat } }, fields: 'userEnteredFormat.numberFormat' } });
    const choices = col.kind === 'enum' ? col.choices : col.kind === 'bool' ? ['oui', 'non'] : null;
    if (choices)
      out.push({
        setDataValidation: {
          range,
          rule: {
            condition: { type: 'ONE_OF_LIST', values: choices.map((c) => ({ userEnteredValue: c })) },
            strict: false,
            showCustomUi: true,
          },
        },
      });
    return out;
  });
}

export const rowCountOf = (s: PlannedSheet) => Math.max(1000, s.rows.length + 200);

export function requestsFor(plan: readonly PlannedSheet[], fromZone: string): sheets_v4.Schema$Request[] {
  return plan.flatMap((s, i) => {
    const sheetId = i + 1;
    const values: sheets_v4.Schema$Request[] =
      s.rows.length === 0
        ? []
        : [
            {
              updateCells: {
                start: { sheetId, rowIndex: 0, columnIndex: 0 },
                rows: s.rows.map((r, ri) => ({ values: r.map((v) => cellData(v, fromZone, ri === 0 && !!s.spec)) })),
                fields: 'userEnteredValue,userEnteredFormat.numberFormat,userEnteredFormat.textFormat.bold',
              },
            },
          ];
    return [...values, ...(s.spec ? columnRequests(sheetId, s.spec, rowCountOf(s)) : [])];
  });
}

export interface Provisioned {
  readonly id: string;
  readonly url: string;
  readonly sheets: number;
  /** Rows copied from --from (headers excluded). */
  readonly rows: number;
}

export async function provision(
  api: sheets_v4.Sheets,
  title: string,
  plan: readonly PlannedSheet[],
  opts: { timeZone: string; fromZone: string; retry?: RetryPolicy },
): Promise<Provisioned> {
  const retry = opts.retry ?? DEFAULT_RETRY;
  const sheets = plan.map((s, i) => ({
    properties: {
      sheetId: i + 1,
      title: s.title,
      index: i,
      gridProperties: {
        frozenRowCount: s.spec ? 1 : 0,
        rowCount: rowCountOf(s),
        columnCount: Math.max(26, ...s.rows.map((r) => r.length)),
      },
    },
  }));
  // A create is not repeated after a 5xx (it may have happened): only 429 is retried.
  const created = await callGoogle(
    () => api.spreadsheets.create({ requestBody: { properties: { title, locale: 'fr_FR', timeZone: opts.timeZone }, sheets } }),
    '',
    retry,
    false,
  );
  const id = created.data?.spreadsheetId;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{10,}$/.test(id)) throw refusal('liveGarbled');
  const requests = requestsFor(plan, opts.fromZone);
  if (requests.length > 0)
    await callGoogle(() => api.spreadsheets.batchUpdate({ spreadsheetId: id, requestBody: { requests } }), id, retry);
  const rows = plan.filter((s) => !s.spec).reduce((n, s) => n + Math.max(0, s.rows.length - 1), 0);
  return { id, url: created.data.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${id}/edit`, sheets: plan.length, rows };
}
