/** The folders the use cases write into, found again through the request log (docs/architecture.md). */
import type { Settings } from '../sheets/settings/parse-settings';
import type { Ports } from './ports';
import { KEYS } from './keys';

/** The folder remembered under `key` if it still exists, else the one named `name` in `parent`, else a new one; remembered. */
export function ensureFolder(p: Pick<Ports, 'files' | 'requests'>, name: string, parent: string | null, key: string): string {
  const known = p.requests.get(key);
  if (known && p.files.exists(known)) return known;
  const id = p.files.findFolder(parent, name) ?? p.files.createFolder(parent, name);
  p.requests.set(key, id);
  return id;
}

/** The association's name as folders show it: Paramètres, else the workbook's own name. */
export function associationName(p: Pick<Ports, 'workbookTitle'>, settings: Settings): string {
  return settings.associationName || p.workbookTitle();
}

/**
 * The association's folder, where reports, conventions and the accountant's folder go: the folder
 * of Paramètres › Dossier Drive when the store can see it (that setting names the association's
 * folder itself, never its parent), else the one remembered, else a new one at the store's root.
 */
export function associationFolder(p: Pick<Ports, 'files' | 'requests' | 'workbookTitle'>, settings: Settings): string {
  const set = p.files.folderFromSetting(settings.driveFolder);
  if (set && p.files.exists(set)) {
    if (p.requests.get(KEYS.associationFolder) !== set) p.requests.set(KEYS.associationFolder, set);
    return set;
  }
  return ensureFolder(p, associationName(p, settings), null, KEYS.associationFolder);
}
