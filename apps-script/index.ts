/**
 * The ONE list of public functions Apps Script sees (the build writes a top-level
 * `function name(){}` for each export). Every export is callable from a browser console
 * through google.script.run: each validates its arguments and does one thing.
 */
import { readBook } from '../shared/sheets/book';
import { isLang, type Lang } from '../shared/i18n/lang';
import { buildOverview } from '../shared/sheets/overview';
import { runChecks } from '../shared/checks';
import { dateInTimeZone, type IsoDate } from '../shared/values/dates';
import { parseCellTarget, parseEmail, parseYearArg } from '../shared/usecases/args';
import { writeSetting } from '../shared/sheets/settings/write';
import { accountantStatus, prepareAccountantFolder as prepareFolder } from './accountant';
import { withDocumentLock } from './lock';
import { generateReport, previewReport } from './annual-report';
import { clearConventionToEdit, conventionFormData, saveConventionFromForm, selectConventionToEdit } from './conventions';
import type { RpcContract } from '../shared/usecases/rpc';
import { installSheets } from '../shared/sheets/install';
import { userFacing } from './errors';
import { MENU } from './menu';
import { showSidebar, uiLanguage } from './sidebars';
import { SpreadsheetWorkbook } from './workbook';

/**
 * Simple trigger: adds the menu, in the language of Paramètres (a bound script's onOpen may read
 * its own spreadsheet; when it cannot, e.g. before authorisation, the menu is in French).
 */
export function onOpen(): void {
  const lang = uiLanguage();
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU.title);
  for (const item of MENU.items) menu.addItem(lang === 'en' ? item.en : item.label, item.fn);
  menu.addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function menuShowCheck(): void {
  showSidebar('check');
}

export function menuNewConvention(): void {
  clearConventionToEdit();
  showSidebar('convention');
}

/** Opens the form on the convention of the active row. */
export function menuEditConvention(): void {
  const problem = selectConventionToEdit();
  if (problem) SpreadsheetApp.getUi().alert(problem);
  else showSidebar('convention');
}

export function menuShowReport(): void {
  showSidebar('report');
}

/** One click: the report of the last closed fiscal year, then a toast with its link. */
export function menuGenerateReport(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = uiLanguage();
  const L = (fr: string, en: string) => (lang === 'en' ? en : fr);
  ss.toast(L('Génération du rapport annuel…', 'Generating the annual report…'), 'Citego', 30);
  try {
    const r = generateReport(null, lang);
    ss.toast(L(`Rapport annuel ${r.year} prêt : ${r.url}`, `Annual report ${r.year} ready: ${r.url}`), 'Citego', 30);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    SpreadsheetApp.getUi().alert(L(`Le rapport n’a pas pu être généré : ${why}`, `The report could not be generated: ${why}`));
  }
}

export function menuShowAccountant(): void {
  showSidebar('accountant');
}

export function menuShowOverview(): void {
  showSidebar('overview');
}

/** "Installer / réparer les feuilles": creates what is missing, under the document lock. */
export function menuInstallSheets(): void {
  const ui = SpreadsheetApp.getUi();
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(10_000)) {
    ui.alert('Une autre opération est en cours sur ce classeur. Réessayez dans un instant.');
    return;
  }
  let text: string;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const year = Number(Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy'));
    const report = installSheets(new SpreadsheetWorkbook(ss), year);
    SpreadsheetApp.flush();
    const lines: string[] = [];
    if (report.created.length > 0) lines.push(`Feuilles créées : ${report.created.join(', ')}.`);
    for (const n of report.numbered) lines.push(`Colonne « ${n.column} » ajoutée à ${n.sheet} (${n.rows} lignes numérotées).`);
    text = lines.length > 0 ? lines.join('\n') : 'Toutes les feuilles sont déjà en place : rien n’a été modifié.';
  } finally {
    lock.releaseLock();
  }
  ui.alert(text);
}

/** rpc: the overview of the bound spreadsheet. */
export function getOverview(lang: unknown): RpcContract['getOverview']['result'] {
  const language: Lang = isLang(lang) ? lang : 'fr';
  return userFacing(() => buildOverview(readBook(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), language)));
}

/** rpc: every consistency rule on the bound spreadsheet (each sheet read once). */
export function runCheck(lang: unknown): RpcContract['runCheck']['result'] {
  const language: Lang = isLang(lang) ? lang : 'fr';
  return userFacing(() => {
    const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    const book = readBook(workbook, language);
    const today = dateInTimeZone(new Date(), workbook.timeZone) as IsoDate;
    const result = runChecks(book, { year: null, today, lang: language });
    return { associationName: book.settings.associationName, counts: result.counts, findings: result.findings };
  });
}

/** rpc: selects a finding's cell. Validates the target: an existing sheet, a row and column inside it. */
export function selectCell(target: unknown): RpcContract['selectCell']['result'] {
  return userFacing(() => {
    const t = parseCellTarget(target);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(t.sheet);
    if (!sheet) throw new Error(`La feuille « ${t.sheet} » n’existe plus.`);
    const range = t.column ? sheet.getRange(t.row, t.column) : sheet.getRange(t.row, 1, 1, Math.max(1, sheet.getLastColumn()));
    sheet.activate();
    range.activate();
    return { selected: range.getA1Notation() };
  });
}

/** rpc: the accountant's pack status for a year (the last closed one by default). */
export function getAccountantStatus(year: unknown): RpcContract['getAccountantStatus']['result'] {
  return userFacing(() => accountantStatus(parseYearArg(year, true)));
}

/** rpc: stores the accountant's e-mail in Paramètres, under the document lock. */
export function setAccountantEmail(email: unknown): RpcContract['setAccountantEmail']['result'] {
  return userFacing(() => {
    const valid = parseEmail(email);
    withDocumentLock(() => writeSetting(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), 'accountantEmail', valid));
    return { email: valid };
  });
}

/** rpc: writes the year's pack into the shared folder (replacing that year's files) and shares it with the accountant only. */
export function prepareAccountantFolder(year: unknown): RpcContract['prepareAccountantFolder']['result'] {
  return userFacing(() => prepareFolder(parseYearArg(year)));
}

/** rpc: the figures of a year before writing its report. */
export function previewAnnualReport(year: unknown, lang: unknown): RpcContract['previewAnnualReport']['result'] {
  return userFacing(() => previewReport(parseYearArg(year, true), isLang(lang) ? lang : 'fr'));
}

/** rpc: writes the annual report of a year as a Google Doc in the association's folder. */
export function generateAnnualReport(year: unknown, lang: unknown): RpcContract['generateAnnualReport']['result'] {
  return userFacing(() => generateReport(parseYearArg(year, true), isLang(lang) ? lang : 'fr'));
}

/** rpc: the convention form's data. */
export function getConventionForm(id: unknown): RpcContract['getConventionForm']['result'] {
  return userFacing(() => conventionFormData(typeof id === 'string' && /^[\w-]{1,40}$/.test(id) ? id : null));
}

/** rpc: validates and saves a convention (every field checked again here), under the document lock. */
export function saveConvention(payload: unknown): RpcContract['saveConvention']['result'] {
  return userFacing(() => saveConventionFromForm(payload));
}
