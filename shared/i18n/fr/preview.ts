/**
 * The offline preview's own pages and HTTP answers (scripts/bridge/server.ts), in French: the
 * index that links every sidebar, and the few texts a browser may show instead of a sidebar.
 */
export const preview = {
  title: () => 'Citego — aperçu local',
  titleOf: (workbook: string) => `Citego — aperçu local de ${workbook}`,
  callRefused: () => 'Appel refusé',
  foreignHost: () => 'Adresse refusée : ouvrez l’aperçu par l’adresse que citego preview affiche (127.0.0.1 ou localhost).',
  notFound: () => 'Introuvable',
  requestTooLarge: () => 'Requête trop volumineuse',
};

export type PreviewMessages = typeof preview;
