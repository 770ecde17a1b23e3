/**
 * The folders the use cases write into, and who may use them (docs/architecture.md, "Drive and
 * several editors"). Under `drive.file`, Google shows a folder only to the account whose Citego made
 * it: the association's folder belongs to one account, the **Drive owner**, recorded with the
 * folder's id in the request log (document properties, shared by every editor). Another editor either
 * sees the folder (then uses it, changing nothing) or is told whom to ask; nobody makes a second
 * folder or overwrites an id another stored. Call these under the lock: they read, then record ids.
 */
import { refusal, type Refusal } from '../i18n/refusal';
import type { Settings } from '../sheets/settings/parse-settings';
import type { Ports } from './ports';
import { FOLDER_KEYS_BYTES, KEYS } from './keys';

type DrivePorts = Pick<Ports, 'files' | 'requests' | 'account'>;

/** Where this account finds the association's folder: a folder it sees, or none yet (to make and record). */
export type DriveAccess =
  { readonly ok: true; readonly folder: string | null; readonly record: boolean } | { readonly ok: false; readonly why: Refusal };

/** The recorded Drive owner, null before anyone made the folder (or in a workbook from before the owner was recorded). */
export function driveOwner(p: Pick<Ports, 'requests'>): string | null {
  return p.requests.get(KEYS.driveOwner);
}

/** Whether this account is the Drive owner, or nobody is yet. */
function mayRecord(p: Pick<Ports, 'requests' | 'account'>): boolean {
  const owner = driveOwner(p);
  return owner === null || owner.toLowerCase() === p.account.email().toLowerCase();
}

/** What another editor is told: whom to ask, when the owner is known. */
function ownerRefusal(p: Pick<Ports, 'requests'>): Refusal {
  const owner = driveOwner(p);
  return owner ? refusal('driveOwnedBy', owner) : refusal('driveOwnerUnknown');
}

/** Refuses before anything is made when the log could not record the ids (its store is nearly full). */
function assertRoom(p: Pick<Ports, 'requests'>): void {
  if (p.requests.bytesFree() < FOLDER_KEYS_BYTES) throw refusal('propertiesFull');
}

/**
 * Reads only: whether this account can use the association's folder. A folder named in Paramètres ›
 * Dossier Drive counts only when this account's Citego sees it (it made it): a folder made by hand is
 * refused, since drive.file gives Citego no access to it.
 */
export function driveAccess(p: DrivePorts, settings: Settings): DriveAccess {
  const known = p.requests.get(KEYS.associationFolder);
  const typed = settings.driveFolder?.trim() || null;
  if (typed) {
    const id = p.files.folderFromSetting(typed);
    if (id === null || id !== known) {
      if (id !== null && mayRecord(p) && p.files.exists(id)) return { ok: true, folder: id, record: true };
      return { ok: false, why: refusal('driveFolderNotGranted', typed.slice(0, 200)) };
    }
  }
  if (known && p.files.exists(known)) return { ok: true, folder: known, record: driveOwner(p) === null };
  // Not visible: deleted (the owner makes it again) or another account's (Drive answers the same). A
  // folder recorded before owners were (an older Citego) may be anyone's: nobody remakes it — except
  // where there is only one user (offline, the account has no e-mail), for whom it can only be deleted.
  const ownerUnknown = driveOwner(p) === null && p.account.email() !== '';
  if (known && (ownerUnknown || !mayRecord(p))) return { ok: false, why: ownerRefusal(p) };
  return { ok: true, folder: null, record: true };
}

/**
 * The folder remembered under `key` if this account sees it, else (for the Drive owner only) the one
 * named `name` in `parent`, else a new one; remembered.
 */
export function ensureFolder(p: DrivePorts, name: string, parent: string | null, key: string): string {
  const known = p.requests.get(key);
  if (known && p.files.exists(known)) return known;
  if (known && !mayRecord(p)) throw ownerRefusal(p);
  assertRoom(p);
  const id = p.files.findFolder(parent, name) ?? p.files.createFolder(parent, name);
  p.requests.set(key, id);
  return id;
}

/** A folder that nothing remembers (a convention's): found by name in `parent`, else made. */
export function folderIn(p: Pick<Ports, 'files'>, parent: string, name: string): string {
  return p.files.findFolder(parent, name) ?? p.files.createFolder(parent, name);
}

/** The association's name as folders show it: Paramètres, else the workbook's own name. */
export function associationName(p: Pick<Ports, 'workbookTitle'>, settings: Settings): string {
  return settings.associationName || p.workbookTitle();
}

/**
 * The association's folder, where reports, conventions and the accountant's folder go: the one this
 * account sees (recorded, or named in Paramètres), else a new one at the store's root, recorded with
 * this account as the Drive owner. Refuses, saying whom to ask, when another account owns it.
 */
export function associationFolder(p: DrivePorts & Pick<Ports, 'workbookTitle'>, settings: Settings): string {
  const access = driveAccess(p, settings);
  if (!access.ok) throw access.why;
  if (access.folder && !access.record) return access.folder;
  assertRoom(p);
  const id =
    access.folder ?? p.files.findFolder(null, associationName(p, settings)) ?? p.files.createFolder(null, associationName(p, settings));
  if (p.requests.get(KEYS.associationFolder) !== id) p.requests.set(KEYS.associationFolder, id);
  if (driveOwner(p) === null) p.requests.set(KEYS.driveOwner, p.account.email());
  return id;
}
