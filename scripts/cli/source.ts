/**
 * Where a read command reads: the .xlsx of --workbook (the embedded demo by default) or, with
 * --sheet, the live Google Sheets spreadsheet over the Sheets API (scripts/sheets-api/, loaded
 * only then). Both give the same WorkbookReader to the same shared/ code.
 */
import type { WorkbookReader } from '../../shared/sheets/ports';
import { refusal } from '../../shared/i18n/refusal';
import { readXlsx } from '../xlsx/read';
import type { CliOption } from './command';
import { shownPath, workbookPath, type Io } from './io';

export const SHEET: CliOption = { flag: '--sheet', text: 'sheet' };

export interface SourceOptions {
  workbook?: string;
  sheet?: string;
}

export interface Source {
  readonly reader: WorkbookReader;
  /** How the user names it: the file's path, or the spreadsheet's title. */
  readonly shown: string;
}

export async function readSource(io: Io, opts: SourceOptions): Promise<Source> {
  if (opts.sheet !== undefined) {
    if (opts.workbook !== undefined) throw refusal('liveSheetAndWorkbook');
    const { readLive } = await import('../sheets-api/read-live');
    return readLive(io, opts.sheet);
  }
  const { path } = workbookPath(opts.workbook);
  return { reader: await readXlsx(path), shown: shownPath(path) };
}
