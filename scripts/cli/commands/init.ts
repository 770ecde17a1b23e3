import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { refusal } from '../../../shared/i18n/refusal';
import { installSheets } from '../../../shared/usecases/install-sheets';
import { processLock } from '../../preview/local-ports';
import { XlsxEditable } from '../../xlsx/edit';
import { readXlsx } from '../../xlsx/read';
import { cannotWrite, writeWorkbookFile } from '../../xlsx/write';
import type { CliCommand } from '../command';
import { paint } from '../io';
import { clockOn, parseToday } from '../options';
import { lockWorkbook } from '../../workbook-lock';

/** `citego init --workbook FILE`: "Installer / réparer les feuilles" on an .xlsx (created if absent). */
export const initCommand: CliCommand<{ workbook?: string }> = {
  options: [{ flag: '--workbook', text: 'newWorkbook' }],
  async run(io, opts) {
    if (!opts.workbook) throw refusal('cliInitNeedsWorkbook');
    const path = resolve(opts.workbook);
    const isNew = !existsSync(path);
    if (isNew && !path.toLowerCase().endsWith('.xlsx')) throw refusal('cliNotXlsx', opts.workbook);
    let unlock: () => void;
    try {
      unlock = lockWorkbook(path);
    } catch (e) {
      throw cannotWrite(path, e);
    }
    if (isNew) {
      // A settings sheet alone, then completed by the same use case as in Sheets.
      await writeWorkbookFile(path, [{ name: 'Paramètres', header: ['Paramètre', 'Valeur'], rows: [] }]);
    } else {
      // Read whole first, as check and overview read it: a hostile file gets the same refusal
      // from init as from them, before anything is written (docs/architecture.md, The shells).
      await readXlsx(path);
    }
    const workbook = await XlsxEditable.open(path);
    const report = installSheets({ workbook, lock: processLock(), clock: clockOn(parseToday(undefined)) }, io.lang);
    if (report.changed) await workbook.save();
    unlock();
    for (const line of report.lines) io.out(report.changed ? line : paint(io, 'green', line));
    return 0;
  },
};
