/**
 * rpc saveConvention: the form's payload checked and saved (shared/conventions/save.ts), then the
 * convention's folder `<Association>/Conventions/<ID — intitulé>/` with its fiche, linked in Dossier.
 * Whether this account may make the folder is asked before any row is written (shared/usecases/folders.ts).
 */
import { storeConvention, type ConventionFolders } from '../conventions/save';
import type { SaveResult } from '../conventions/payload';
import { catalogue } from '../i18n/catalogue';
import { writeSetting } from '../sheets/settings/write-setting';
import { associationFolder, driveAccess, ensureFolder, folderIn } from './folders';
import { FOLDER_KEYS_BYTES, KEYS } from './keys';
import type { Ports } from './ports';
import { readSettings } from '../sheets/settings/read-settings';
import { refusal } from '../i18n/refusal';

function conventionFolders(p: Ports): ConventionFolders {
  return {
    preflight() {
      const access = driveAccess(p, readSettings(p.workbook));
      if (!access.ok) return (lang) => access.why.text(lang);
      // The folder's ids could not be recorded: say so now, before the rows, rather than make folders nobody finds again.
      if (access.record && p.requests.bytesFree() < FOLDER_KEYS_BYTES) throw refusal('propertiesFull');
      return null;
    },
    conventionFolder(name, sheet) {
      // Folders are found or made, and their ids recorded, under the lock; the fiche is written after it.
      const folder = p.lock.withLock(() => {
        const settings = readSettings(p.workbook);
        const root = associationFolder(p, settings);
        // The association's folder is shown in Paramètres › Dossier Drive once made.
        if (!settings.driveFolder) writeSetting(p.workbook, 'driveFolder', p.files.folderUrl(root));
        const parent = ensureFolder(p, catalogue(settings.language).server.conventionsFolder(), root, KEYS.conventionsFolder);
        return folderIn(p, parent, name);
      });
      p.documents.write(sheet, folder, null);
      return p.files.folderUrl(folder);
    },
  };
}

export function saveConvention(p: Ports, payload: unknown): SaveResult {
  const ports = { workbook: p.workbook, lock: p.lock, cache: p.cache, folders: conventionFolders(p), today: p.clock.today() };
  return storeConvention(ports, payload);
}
