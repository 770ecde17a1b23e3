/** The live spreadsheet from the command line (scripts/sheets-api/, `citego --sheet`, login, logout, provision), in French. */
export const live = {
  openToAuthorise: (url: string) =>
    `Ouvrez cette adresse dans votre navigateur pour autoriser citego (accès aux feuilles de calcul) :\n${url}`,
  loginDonePage: () => 'Citego est autorisé. Vous pouvez fermer cet onglet et revenir au terminal.',
  loginDeniedPage: () => 'L’autorisation n’a pas été donnée : rien n’a été enregistré. Vous pouvez fermer cet onglet.',
  loginBadRedirect: () => 'Cette adresse ne vient pas de la connexion en cours de citego : elle est ignorée.',
  loggedIn: (path: string, scope: string) => `Connecté : l’autorisation (${scope}) est gardée dans ${path} (lisible par vous seul).`,
  loggedOut: (path: string) =>
    `Déconnecté : ${path} est supprimé. Pour retirer aussi l’accès chez Google : https://myaccount.google.com/permissions`,
  notLoggedIn: () => 'Aucune connexion enregistrée : rien à supprimer.',
  readFrom: (title: string, id: string) => `Classeur Google Sheets « ${title} » (${id})`,
  provisioned: (title: string, url: string, sheets: number) => `Classeur « ${title} » créé avec ${sheets} feuilles : ${url}`,
  provisionFilled: (file: string, rows: number) => `Rempli depuis ${file} : ${rows} lignes recopiées.`,
  provisionNext: (command: string) => `Pour y installer la console (menu et barres latérales) :\n  ${command}`,
  scopeRead: () => 'lecture seule des feuilles de calcul',
  scopeWrite: () => 'lecture et écriture des feuilles de calcul',
};

export type LiveMessages = typeof live;
