/** What `citego deploy` says, in English: same keys and signatures as the French file. */
import type { DeployMessages } from '../fr/deploy';

export const deploy: DeployMessages = {
  building: () => 'Building (npm run build)…',
  creating: (spreadsheetId) => `Creating the script bound to the spreadsheet ${spreadsheetId} (clasp create-script, no --type)…`,
  rebuilding: () => 'Building again: the project’s manifest replaces the one clasp just pulled…',
  pushing: (scriptId) => `Pushing to the script ${scriptId} (clasp push --force)…`,
  verifying: () => 'Checking the manifest now on Google (clasp pull)…',
  done: (created) => (created ? 'Citego is installed.' : 'Citego is updated.'),
  spreadsheet: (url) => `  Spreadsheet: ${url}`,
  script: (scriptId, url) => `  Script     : ${scriptId} (${url})`,
  manifest: (scopes, services) =>
    `  Manifest   : ${scopes} scopes${services.length ? `, advanced service ${services.join(', ')}` : ''} — checked after the push`,
  next: () =>
    'Next: reload the spreadsheet; the « Citego » menu appears. The first action asks for your authorisation (with a personal Gmail account, Google first warns that the app is not verified: see the README, "Autorisations demandées").',
};
