/** The live spreadsheet from the command line, in English: same keys and signatures as the French file. */
import type { LiveMessages } from '../fr/live';

export const live: LiveMessages = {
  openToAuthorise: (url) => `Open this address in your browser to authorise citego (access to spreadsheets):\n${url}`,
  loginDonePage: () => 'Citego is authorised. You may close this tab and go back to the terminal.',
  loginDeniedPage: () => 'The authorisation was not given: nothing was stored. You may close this tab.',
  loginBadRedirect: () => 'This address does not come from citego’s current sign-in: it is ignored.',
  loggedIn: (path, scope) => `Signed in: the authorisation (${scope}) is kept in ${path} (readable by you only).`,
  loggedOut: (path) => `Signed out: ${path} is deleted. To remove the access at Google too: https://myaccount.google.com/permissions`,
  notLoggedIn: () => 'No stored sign-in: nothing to delete.',
  readFrom: (title, id) => `Google Sheets spreadsheet “${title}” (${id})`,
  provisioned: (title, url, sheets) => `Spreadsheet “${title}” created with ${sheets} sheets: ${url}`,
  provisionFilled: (file, rows) => `Filled from ${file}: ${rows} rows copied.`,
  provisionNext: (command) => `To install the console in it (menu and sidebars):\n  ${command}`,
  scopeRead: () => 'read-only access to spreadsheets',
  scopeWrite: () => 'read and write access to spreadsheets',
};
