/**
 * What the server side writes for a person to read, in French: names of folders and files it
 * makes in Drive (or on disk offline), the sharing e-mail, the Mémoire note, the installation
 * report, the menu's toasts and alerts, the convention save's messages.
 */
export const server = {
  reportsFolder: () => 'Rapports annuels',
  conventionsFolder: () => 'Conventions',
  accountantFolder: (association: string) => `${association} — Expert-comptable`,
  ledgerSheet: (year: number) => `Grand livre ${year}`,
  reportShortcut: (year: number) => `Rapport annuel ${year}`,
  shareMessage: (association: string, year: number) =>
    `${association} : le dossier comptable ${year} est prêt (FEC, grand livre, balance, budgets, bénévolat, subventions, pièces).`,
  accountantNoteTitle: (year: number) => `Dossier expert-comptable ${year} envoyé`,
  accountantNoteText: (files: number, email: string) => `${files} fichiers partagés avec ${email}`,
  installCreated: (sheets: readonly string[]) => `Feuilles créées : ${sheets.join(', ')}.`,
  installNumbered: (column: string, sheet: string, rows: number) =>
    `Colonne « ${column} » ajoutée à ${sheet} (${rows} ${rows > 1 ? 'lignes numérotées' : 'ligne numérotée'}).`,
  installNothing: () => 'Toutes les feuilles sont déjà en place : rien n’a été modifié.',
  reportGenerating: () => 'Génération du rapport annuel…',
  reportReady: (year: number, url: string) => `Rapport annuel ${year} prêt : ${url}`,
  reportFailed: (why: string) => `Le rapport n’a pas pu être généré : ${why}`,
  conventionChanged: (id: string) =>
    `${id} a été modifiée par quelqu’un d’autre depuis l’ouverture du formulaire : rien n’a été écrit. Rouvrez-la.`,
  conventionNotFound: (id: string) => `La convention ${id} est introuvable.`,
  conventionFolderFailed: (why: string) => `Convention enregistrée, mais le dossier n’a pas pu être créé : ${why}`,
};

export type ServerMessages = typeof server;
