/** The use cases' ports on Google: the bound spreadsheet, Drive, Docs, the document lock and properties. */
import { dateInTimeZone, type IsoDate } from '../shared/values/dates';
import { memoryNotes } from '../shared/usecases/notes';
import type { Ports, RequestLog } from '../shared/usecases/ports';
import { googleDocs } from './documents';
import { driveStore } from './drive';
import { documentLock } from './lock';
import { SpreadsheetWorkbook } from './workbook';

/** The document properties: shared by every user of this spreadsheet, kept with it. */
const documentProperties: RequestLog = {
  get: (key) => PropertiesService.getDocumentProperties().getProperty(key),
  set: (key, value) => {
    PropertiesService.getDocumentProperties().setProperty(key, value);
  },
};

export function googlePorts(): Ports {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = new SpreadsheetWorkbook(spreadsheet);
  return {
    workbook,
    files: driveStore,
    documents: googleDocs,
    lock: documentLock,
    clock: { today: () => dateInTimeZone(new Date(), workbook.timeZone) as IsoDate },
    requests: documentProperties,
    notes: memoryNotes(workbook),
    workbookTitle: () => spreadsheet.getName(),
  };
}
