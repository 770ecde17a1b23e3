/**
 * rpc saveConvention: the form's payload checked and saved (shared/conventions/save.ts), then the
 * convention's folder `<Association>/Conventions/<ID — intitulé>/` with its fiche, linked in Dossier.
 */
import { storeConvention, type ConventionFolders } from '../conventions/save';
import type { SaveResult } from '../conventions/payload';
import { catalogue } from '../i18n/catalogue';
import { writeSetting } from '../sheets/settings/write-setting';
import { associationFolder, ensureFolder } from './folders';
import { KEYS } from './keys';
import type { Ports } from './ports';
import { readSettings } from '../sheets/settings/read-settings';

function conventionFolders(p: Ports): ConventionFolders {
  return {
    conventionFolder(name, sheet) {
      const settings = readSettings(p.workbook);
      const root = associationFolder(p, settings);
      // The association's folder is made once, then remembered in Paramètres (setting « Dossier Drive »).
      if (!settings.driveFolder) p.lock.withLock(() => writeSetting(p.workbook, 'driveFolder', p.files.folderUrl(root)));
      const parent = ensureFolder(p, catalogue(settings.language).server.conventionsFolder(), root, KEYS.conventionsFolder);
      const folder = ensureFolder(p, name, parent, KEYS.conventionFolder(name));
      p.documents.write(sheet, folder, null);
      return p.files.folderUrl(folder);
    },
  };
}

export function saveConvention(p: Ports, payload: unknown): SaveResult {
  const ports = { workbook: p.workbook, lock: p.lock, requests: p.requests, folders: conventionFolders(p), today: p.clock.today() };
  return storeConvention(ports, payload);
}
