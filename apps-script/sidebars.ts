/** Sidebars are the built dist/<name>.html files (JS and CSS inlined, no scriptlets). */
export type SidebarName = 'overview';

const TITLES: Record<SidebarName, string> = {
  overview: 'Aperçu du classeur',
};

export function showSidebar(name: SidebarName): void {
  const html = HtmlService.createHtmlOutputFromFile(name).setTitle(TITLES[name]);
  SpreadsheetApp.getUi().showSidebar(html);
}
