import { readXlsx } from '../../scripts/xlsx/read';
import { CallLog } from './calls';
import { FakeSpreadsheet } from './spreadsheet';

/** A fake spreadsheet holding an .xlsx's sheets, as if it had been imported into Google Sheets. */
export async function spreadsheetFromXlsx(path: string, timeZone = 'Europe/Paris'): Promise<FakeSpreadsheet> {
  const snap = await readXlsx(path);
  const ss = new FakeSpreadsheet(new CallLog(), timeZone);
  for (const name of snap.sheetNames()) ss.addSheetWith(name, snap.readSheet(name));
  return ss;
}
