/** The convention form's server side on Google: the shared use case wired to Sheets, Drive and the document lock. */
import { findSheet, readBook } from '../shared/sheets/book';
import { conventionForm, saveConvention, type ConventionPorts } from '../shared/conventions/save';
import type { ConventionForm, SaveResult } from '../shared/conventions/payload';
import { dateInTimeZone } from '../shared/values/dates';
import { locateHeader } from '../shared/sheets/parse/header';
import type { FolderStore, KeyValueStore } from '../shared/sheets/ports';
import { conventions } from '../shared/sheets/schema/tables';
import { writeSetting } from '../shared/sheets/settings/write';
import { ensureFolder, folderIdFromSetting, folderUrl, moveToFolder } from './drive';
import { withDocumentLock } from './lock';
import { renderGoogleDoc } from './report-doc';
import { SpreadsheetWorkbook } from './workbook';

const EDIT_KEY = 'conventionToEdit';

function driveFolders(wb: SpreadsheetWorkbook): FolderStore {
  return {
    conventionFolder(association, name, sheet) {
      const settings = readBook(wb).settings;
      const root = ensureFolder(association, folderIdFromSetting(settings.driveFolder), 'associationFolder');
      // The association's folder is created once and remembered in Paramètres.
      if (!settings.driveFolder) withDocumentLock(() => writeSetting(wb, 'driveFolder', folderUrl(root)));
      const parent = ensureFolder('Conventions', root, 'conventionsFolder');
      const folder = ensureFolder(name, parent, `conventionFolder:${name}`);
      const doc = DocumentApp.create(sheet.title);
      moveToFolder(doc.getId(), folder);
      renderGoogleDoc(doc, sheet);
      return folderUrl(folder);
    },
  };
}

const properties: KeyValueStore = {
  get: (k) => PropertiesService.getDocumentProperties().getProperty(k),
  set: (k, v) => {
    PropertiesService.getDocumentProperties().setProperty(k, v);
  },
};

function ports(): ConventionPorts {
  const wb = new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  return {
    workbook: wb,
    lock: { withLock: withDocumentLock },
    requests: properties,
    folders: driveFolders(wb),
    today: dateInTimeZone(new Date(), wb.timeZone) ?? '2000-01-01',
  };
}

/** Remembers which convention the user selected, for the sidebar to open it. */
export function selectConventionToEdit(): string | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const range = ss.getActiveRange();
  const wb = new SpreadsheetWorkbook(ss);
  const name = findSheet(conventions, wb.sheetNames());
  if (!sheet || !range || !name || sheet.getName() !== name) return 'Sélectionnez d’abord une ligne de la feuille Conventions.';
  const rows = wb.readSheet(name);
  const located = locateHeader(conventions, rows);
  const row = range.getRow();
  if (!located.ok || located.header.index.id === undefined)
    return 'La feuille Conventions n’a pas de colonne ID : lancez « Installer / réparer les feuilles ».';
  if (row <= located.header.headerRow) return 'Sélectionnez une ligne de convention, sous les en-têtes.';
  const id = String(rows[row - 1]?.[located.header.index.id] ?? '').trim();
  if (!id) return `La ligne ${row} n’a pas d’ID de convention.`;
  PropertiesService.getUserProperties().setProperty(EDIT_KEY, id);
  return null;
}

export function clearConventionToEdit(): void {
  PropertiesService.getUserProperties().deleteProperty(EDIT_KEY);
}

/** The form's data: for `id`, or for the convention the menu selected, or a blank form. */
export function conventionFormData(id: string | null): ConventionForm {
  const props = PropertiesService.getUserProperties();
  const pending = props.getProperty(EDIT_KEY);
  if (pending) props.deleteProperty(EDIT_KEY);
  return conventionForm(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), id ?? pending);
}

export function saveConventionFromForm(payload: unknown): SaveResult {
  return saveConvention(ports(), payload);
}
