/** Sidebars are the built dist/<name>.html files (JS and CSS inlined, no scriptlets). */
export type SidebarName = 'overview' | 'check' | 'accountant' | 'report' | 'convention';

const TITLES: Record<SidebarName, string> = {
  overview: 'Aperçu du classeur',
  check: 'Vérifier la cohérence',
  accountant: 'Dossier expert-comptable',
  report: 'Rapport annuel',
  convention: 'Convention',
};

export function showSidebar(name: SidebarName): void {
  const html = HtmlService.createHtmlOutputFromFile(name).setTitle(TITLES[name]);
  SpreadsheetApp.getUi().showSidebar(html);
}
