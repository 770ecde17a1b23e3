/** Sidebars are the built dist/<name>.html files (JS and CSS inlined, no scriptlets). */
export type SidebarName = 'overview' | 'check';

const TITLES: Record<SidebarName, string> = {
  overview: 'Aperçu du classeur',
  check: 'Vérifier la cohérence',
};

export function showSidebar(name: SidebarName): void {
  const html = HtmlService.createHtmlOutputFromFile(name).setTitle(TITLES[name]);
  SpreadsheetApp.getUi().showSidebar(html);
}
