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

/** `opportunity`: the convention form opens on that granted opportunity (an ID already checked: letters, digits, dashes). */
export function showSidebar(name: SidebarName, opportunity: string | null = null): void {
  const lang = uiLanguage();
  let html = HtmlService.createHtmlOutputFromFile(name);
  // The page learns its language (and the opportunity to convert) from its <html> element (no scriptlets in our files).
  const data = `${lang === 'en' ? ' data-lang="en"' : ''}${opportunity ? ` data-opportunity="${opportunity.replace(/[^\w-]/g, '')}"` : ''}`;
  if (data) html = HtmlService.createHtmlOutput(html.getContent().replace('<html lang="fr">', `<html lang="${lang}"${data}>`));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(catalogue(lang).menu.sidebars[name]));
}
