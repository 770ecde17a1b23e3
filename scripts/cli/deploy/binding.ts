/**
 * Which script a deploy pushes to: `.clasp.json` at the project's root, as clasp 3 writes it on
 * `create-script` (`scriptId`, `rootDir`, `parentId` = the spreadsheet the script is bound to).
 * - none (or the old placeholder the repository used to ship): create a script bound to the spreadsheet;
 * - bound to this spreadsheet: push to the same script;
 * - bound to another spreadsheet, or to one it does not name: refuse, unless `--force-new`, which
 *   keeps the old file as `.clasp-<id>.json` (rename it back to return to that script) and creates.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { refusal } from '../../../shared/i18n/refusal';

export const CLASP_JSON = '.clasp.json';
/** What `rootDir` must be: the folder scripts/build.mjs writes and clasp pushes. */
export const ROOT_DIR = 'dist';
const PLACEHOLDER = 'REMPLACEZ-PAR-L-ID-DU-SCRIPT';

export interface ClaspSettings {
  readonly scriptId?: string;
  readonly rootDir?: string;
  readonly parentId?: string;
}

export function readClaspSettings(root: string): ClaspSettings | null {
  const file = join(root, CLASP_JSON);
  if (!existsSync(file)) return null;
  try {
    const settings: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw new Error('{…} attendu');
    return settings as ClaspSettings;
  } catch (e) {
    throw refusal('deployClaspJsonUnreadable', e instanceof Error ? e.message : String(e));
  }
}

/** The script to push to (a second deploy), or null: create one (moving an unusable `.clasp.json` aside first). */
export function boundScript(root: string, spreadsheetId: string, forceNew: boolean): string | null {
  const settings = readClaspSettings(root);
  const scriptId = settings?.scriptId;
  if (!settings || !scriptId || scriptId === PLACEHOLDER) {
    // clasp refuses to create over an existing project file ("Project file already exists.").
    rmSync(join(root, CLASP_JSON), { force: true });
    return null;
  }
  if (settings.parentId === spreadsheetId) {
    if ((settings.rootDir ?? '.') !== ROOT_DIR) throw refusal('deployRootDir', settings.rootDir ?? '.');
    return scriptId;
  }
  if (!forceNew) {
    throw settings.parentId
      ? refusal('deployBoundElsewhere', settings.parentId, scriptId, spreadsheetId)
      : refusal('deployBindingUnknown', scriptId);
  }
  renameSync(join(root, CLASP_JSON), join(root, `.clasp-${settings.parentId ?? scriptId}.json`));
  return null;
}
