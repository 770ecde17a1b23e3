/** Sidebars are the built dist/<name>.html files (JS and CSS inlined, no scriptlets). */
import { catalogue } from '../shared/i18n/catalogue';
import type { SidebarName } from '../shared/i18n/fr/menu';
import type { Lang } from '../shared/i18n/lang';
import { settingsLanguage } from '../shared/sheets/settings/read-settings';
import { SpreadsheetWorkbook } from './workbook';

/** The language of Paramètres › Langue (French by default), read from that sheet alone. */
export function uiLanguage(): Lang {
  try {
    return settingsLanguage(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
  } catch {
    return 'fr'; // e.g. before authorisation
  }
}

export function showSidebar(name: SidebarName): void {
  const lang = uiLanguage();
  let html = HtmlService.createHtmlOutputFromFile(name);
  // The page learns its language from its <html> element (no scriptlets in our files).
  if (lang === 'en') html = HtmlService.createHtmlOutput(html.getContent().replace('<html lang="fr">', '<html lang="en" data-lang="en">'));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(catalogue(lang).menu.sidebars[name]));
}
