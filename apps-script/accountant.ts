/**
 * "Dossier expert-comptable": the pack built by shared/exports, written into
 * `<Association> — Expert-comptable/<année>/` through Drive v3, shared with the accountant only.
 */
import { readBook } from '../shared/sheets/book';
import { accountantView } from '../shared/usecases/views';
import { dateInTimeZone, type IsoDate } from '../shared/values/dates';
import { Refusal } from '../shared/i18n/refusal';
import { buildAccountantPack } from '../shared/exports/pack';
import type { AccountantResult, AccountantStatus } from '../shared/usecases/rpc';
import { memory } from '../shared/sheets/schema/tables';
import { appendRecords, WriteRefused } from '../shared/sheets/records';
import { ensureFolder, ensureShortcut, folderIdFromSetting, folderUrl, shareOnlyWith, upsertFile } from './drive';
import { withDocumentLock } from './lock';
import { SpreadsheetWorkbook } from './workbook';

const ROOT_KEY = 'accountantFolder';
const yearKey = (year: number) => `accountantFolder:${year}`;
const sentKey = (year: number) => `accountantSent:${year}`;
export const reportKey = (year: number) => `report:${year}`;

function today(timeZone: string): IsoDate {
  return dateInTimeZone(new Date(), timeZone) as IsoDate;
}

export function accountantStatus(year: number | null): AccountantStatus {
  const wb = new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const props = PropertiesService.getDocumentProperties();
  return accountantView(readBook(wb), year, today(wb.timeZone), (y) => {
    const folderId = props.getProperty(yearKey(y));
    return {
      folderUrl: folderId ? folderUrl(folderId) : null,
      lastSent: props.getProperty(sentKey(y)),
      reportReady: props.getProperty(reportKey(y)) !== null,
    };
  });
}

/** Under the document lock: two clicks at once never make two folders or two Mémoire rows. */
export function prepareAccountantFolder(year: number): AccountantResult {
  return withDocumentLock(() => prepare(year));
}

function prepare(year: number): AccountantResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const wb = new SpreadsheetWorkbook(ss);
  const book = readBook(wb);
  const email = book.settings.accountantEmail;
  if (!email) throw new Error("Renseignez d'abord l'e-mail de l'expert-comptable.");
  const props = PropertiesService.getDocumentProperties();
  let pack;
  try {
    pack = buildAccountantPack(book, year, { reportReady: props.getProperty(reportKey(year)) !== null });
  } catch (e) {
    if (e instanceof Refusal) throw new Error(e.message);
    throw e;
  }
  const name = book.settings.associationName || ss.getName();
  const root = ensureFolder(`${name} — Expert-comptable`, folderIdFromSetting(book.settings.driveFolder), ROOT_KEY);
  const folder = ensureFolder(String(year), root, yearKey(year));
  const files = pack.files.map((f) => ({ name: f.name, ...upsertFile(folder, f.name, f.mimeType, f.content) }));
  const ledger = pack.files.find((f) => f.name.startsWith('grand-livre-'));
  if (ledger) files.push({ name: `Grand livre ${year}`, ...upsertFile(folder, `Grand livre ${year}`, 'text/csv', ledger.content, true) });
  const report = props.getProperty(reportKey(year));
  if (report) ensureShortcut(folder, `Rapport annuel ${year}`, report);
  shareOnlyWith(
    root,
    email,
    `${name} : le dossier comptable ${year} est prêt (FEC, grand livre, balance, budgets, bénévolat, subventions, pièces).`,
  );
  const when = today(wb.timeZone);
  props.setProperty(sentKey(year), when);
  let noted = true;
  try {
    appendRecords(wb, memory, [
      {
        date: { date: when },
        type: 'événement',
        title: `Dossier expert-comptable ${year} envoyé`,
        description: `${files.length} fichiers partagés avec ${email}`,
        link: folderUrl(folder),
      },
    ]);
  } catch (e) {
    if (!(e instanceof WriteRefused)) throw e;
    noted = false;
  }
  return { year, folderUrl: folderUrl(folder), sharedWith: email, files, checklist: pack.checklist, sentOn: when, notedInMemory: noted };
}
