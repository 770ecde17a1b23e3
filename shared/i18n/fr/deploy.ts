/**
 * What `citego deploy` says while it installs the console on a spreadsheet, in French: its steps
 * (on the error output) and the summary that ends it (scripts/cli/commands/deploy.ts).
 */
export const deploy = {
  building: () => 'Construction (npm run build)…',
  creating: (spreadsheetId: string) => `Création du script lié au classeur ${spreadsheetId} (clasp create-script, sans --type)…`,
  rebuilding: () => 'Reconstruction : le manifeste du projet remplace celui que clasp vient de tirer…',
  pushing: (scriptId: string) => `Envoi vers le script ${scriptId} (clasp push --force)…`,
  verifying: () => 'Vérification du manifeste qui est sur Google (clasp pull)…',
  done: (created: boolean): string => (created ? 'Citego est installé.' : 'Citego est mis à jour.'),
  spreadsheet: (url: string) => `  Classeur  : ${url}`,
  script: (scriptId: string, url: string) => `  Script    : ${scriptId} (${url})`,
  manifest: (scopes: number, services: readonly string[]) =>
    `  Manifeste : ${scopes} autorisations${services.length ? `, service avancé ${services.join(', ')}` : ''} — vérifié après l’envoi`,
  next: () =>
    'Ensuite : rechargez le classeur ; le menu « Citego » apparaît. La première action demande votre autorisation (avec un compte Gmail personnel, Google avertit d’abord que l’application n’est pas validée : voir le README, « Autorisations demandées »).',
};

export type DeployMessages = typeof deploy;
