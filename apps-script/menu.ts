/**
 * What the Citego menu's items do (apps-script/index.ts lists them; their labels are in the
 * catalogue's `menu` section, in the language of Paramètres).
 */
import { catalogue } from '../shared/i18n/catalogue';
import type { MenuFunction, SidebarName } from '../shared/i18n/fr/menu';
import { generateAnnualReport } from '../shared/usecases/generate-annual-report';
import { generateCerfa15059 } from '../shared/usecases/generate-cerfa15059';
import { installSheets } from '../shared/usecases/install-sheets';
import { failureText } from './user-facing';
import { googlePorts } from './google-ports';
import { forgetSelectedConvention, rememberSelectedConvention, rememberSelectedPartner, selectedConventionId } from './selection';
import { showSidebar, uiLanguage } from './sidebars';

/** Adds the menu: one item per entry of `actions`, in that order, in the language of Paramètres. */
export function addMenu(actions: Readonly<Record<MenuFunction, () => void>>): void {
  const text = catalogue(uiLanguage()).menu;
  const menu = SpreadsheetApp.getUi().createMenu(text.title);
  for (const fn of Object.keys(actions) as MenuFunction[]) menu.addItem(text.items[fn], fn);
  menu.addToUi();
}

export function newConvention(): void {
  forgetSelectedConvention();
  showSidebar('convention');
}

/** Remembers what the active row names, then opens the sidebar on it; or says why it cannot. */
function openOnSelection(remember: () => void, sidebar: SidebarName): void {
  try {
    remember();
  } catch (e) {
    SpreadsheetApp.getUi().alert(failureText(e));
    return;
  }
  showSidebar(sidebar);
}

/** Opens the form on the convention of the active row, or says why it cannot. */
export function editConvention(): void {
  openOnSelection(rememberSelectedConvention, 'convention');
}

/** « Fiche partenaire » on the partner of the active row, or says why it cannot. */
export function showPartnerCard(): void {
  openOnSelection(rememberSelectedPartner, 'partner');
}

/** One click: the report of the last closed fiscal year, then a toast with its link. */
export function generateReportNow(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = uiLanguage();
  const text = catalogue(lang).server;
  ss.toast(text.reportGenerating(), 'Citego', 30);
  try {
    const r = generateAnnualReport(googlePorts(), null, lang);
    ss.toast(text.reportReady(r.year, r.url), 'Citego', 30);
  } catch (e) {
    SpreadsheetApp.getUi().alert(text.reportFailed(failureText(e)));
  }
}

/** One click on a Conventions row: its compte rendu financier (CERFA 15059) in its folder, then a toast with the link. */
export function generateCerfaNow(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = uiLanguage();
  const text = catalogue(lang).cerfa;
  try {
    const id = selectedConventionId();
    ss.toast(text.generating(id), 'Citego', 30);
    const r = generateCerfa15059(googlePorts(), id, null, lang);
    ss.toast(text.ready(r.convention, r.year, r.url), 'Citego', 30);
  } catch (e) {
    SpreadsheetApp.getUi().alert(text.failed(failureText(e)));
  }
}

/** "Installer / réparer les feuilles": creates what is missing, then says what it did. */
export function installSheetsNow(): void {
  const lang = uiLanguage();
  let text: string;
  try {
    text = installSheets(googlePorts(), lang).lines.join('\n');
  } catch (e) {
    text = failureText(e);
  }
  SpreadsheetApp.getUi().alert(text);
}
