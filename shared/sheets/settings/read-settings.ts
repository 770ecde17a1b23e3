/** Paramètres alone (one sheet read), for a shell that needs the user's language before anything else. */
import { findSheet } from '../parsed-workbook';
import { catalogue } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';
import type { WorkbookReader } from '../ports';
import { settingsTable } from '../schema/tables';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './parse-settings';

export function readSettings(wb: WorkbookReader): Settings {
  const sheet = findSheet(settingsTable, wb.sheetNames());
  return sheet ? parseSettings(sheet, wb.readSheet(sheet), wb.timeZone, catalogue('fr').reading, []) : DEFAULT_SETTINGS;
}

/** Paramètres › Langue, French when it cannot be read. */
export function settingsLanguage(wb: WorkbookReader): Lang {
  try {
    return readSettings(wb).language;
  } catch {
    return 'fr';
  }
}
