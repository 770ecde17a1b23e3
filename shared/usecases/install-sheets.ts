/**
 * The menu's "Installer / réparer les feuilles" and `citego init`: creates the missing sheets and
 * ID columns (shared/sheets/install.ts) under the lock, and says what it did.
 */
import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import { addMissingSheets } from '../sheets/install';
import type { Ports } from './ports';

export interface InstallReport {
  /** Whether anything was written (the offline shells then save the file). */
  readonly changed: boolean;
  /** What was done, one sentence a line. */
  readonly lines: readonly string[];
}

export function installSheets(p: Pick<Ports, 'workbook' | 'lock' | 'clock'>, lang: Lang): InstallReport {
  const year = Number(p.clock.today().slice(0, 4));
  const report = p.lock.withLock(() => addMissingSheets(p.workbook, year));
  const text = catalogue(lang).server;
  const lines: string[] = [];
  if (report.created.length > 0) lines.push(text.installCreated(report.created));
  for (const n of report.numbered) lines.push(text.installNumbered(n.column, n.sheet, n.rows));
  const changed = lines.length > 0;
  return { changed, lines: changed ? lines : [text.installNothing()] };
}
