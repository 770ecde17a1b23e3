/**
 * What the Citego menu's items do (apps-script/index.ts lists them; their labels are in the
 * catalogue's `menu` section, in the language of Paramètres).
 */
import { catalogue } from '../shared/i18n/catalogue';
import type { MenuFunction, SidebarName } from '../shared/i18n/fr/menu';
import { generateAnnualReport } from '../shared/usecases/generate-annual-report';
import { generateCerfa15059 } from '../shared/usecases/generate-cerfa15059';
import { generateAgPack } from '../shared/usecases/generate-ag-pack';
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

/** A toast while a document is made, then one with its link; an alert with the reason when it fails. */
function documentNow(
  text: { generating(): string; ready(year: number, url: string): string; failed(why: string): string },
  make: () => { year: number; url: string },
): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast(text.generating(), 'Citego', 30);
  try {
    const r = make();
    ss.toast(text.ready(r.year, r.url), 'Citego', 30);
  } catch (e) {
    SpreadsheetApp.getUi().alert(text.failed(failureText(e)));
  }
}

/** One click: the report of the last closed fiscal year, then a toast with its link. */
export function generateReportNow(): void {
  const lang = uiLanguage();
  const s = catalogue(lang).server;
  documentNow({ generating: s.reportGenerating, ready: s.reportReady, failed: s.reportFailed }, () =>
    generateAnnualReport(googlePorts(), null, lang),
  );
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

/** One click: the AG pack of the last closed fiscal year beside the annual reports, then a toast with its link. */
export function prepareAgNow(): void {
  const lang = uiLanguage();
  documentNow(catalogue(lang).ag, () => generateAgPack(googlePorts(), null, lang));
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
