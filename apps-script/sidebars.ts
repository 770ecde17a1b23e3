/** Sidebars are the built dist/<name>.html files (JS and CSS inlined, no scriptlets). */
import { findSheet } from '../shared/sheets/book';
import type { Lang } from '../shared/i18n/lang';
import { catalogue } from '../shared/i18n/catalogue';
import { parseSettings } from '../shared/sheets/settings/read';
import { settingsTable } from '../shared/sheets/schema/tables';
import { SpreadsheetWorkbook } from './workbook';

export type SidebarName = 'overview' | 'check' | 'accountant' | 'report' | 'convention';

const TITLES: Record<Lang, Record<SidebarName, string>> = {
  fr: {
    overview: 'Aperçu du classeur',
    check: 'Vérifier la cohérence',
    accountant: 'Dossier expert-comptable',
    report: 'Rapport annuel',
    convention: 'Convention',
  },
  en: {
    overview: 'Workbook overview',
    check: 'Check consistency',
    accountant: "Accountant's folder",
    report: 'Annual report',
    convention: 'Agreement',
  },
};

/** The language of Paramètres › Langue (French by default), read from that sheet alone. */
export function uiLanguage(): Lang {
  try {
    const wb = new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    const sheet = findSheet(settingsTable, wb.sheetNames());
    return sheet ? parseSettings(sheet, wb.readSheet(sheet), wb.timeZone, catalogue('fr').reading, []).language : 'fr';
  } catch {
    return 'fr';
  }
}

export function showSidebar(name: SidebarName): void {
  const lang = uiLanguage();
  let html = HtmlService.createHtmlOutputFromFile(name);
  // The page learns its language from its <html> element (no scriptlets in our files).
  if (lang === 'en') html = HtmlService.createHtmlOutput(html.getContent().replace('<html lang="fr">', '<html lang="en" data-lang="en">'));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(TITLES[lang][name]));
}
