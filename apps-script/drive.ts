/**
 * The FileStore port on Drive, through the advanced Drive service (v3) under the `drive.file`
 * scope: the add-on sees only what it created. (DriveApp would need the restricted full-drive scope.)
 * Reference: developers.google.com/drive/api/reference/rest/v3
 */
import { encodeLatin9 } from '../shared/exports/latin9';
import { refusal } from '../shared/i18n/refusal';
import type { FileStore, NewFile, StoredFile } from '../shared/usecases/ports';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw refusal('driveDisabled');
  return Drive;
}

/** A query string literal: backslashes and quotes escaped (Drive v3 "Search for files"). */
function q(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function findInFolder(parentId: string | null, name: string, mimeType?: string): DriveFile | null {
  const clauses = [`name = ${q(name)}`, 'trashed = false', `${q(parentId ?? 'root')} in parents`];
  if (mimeType) clauses.push(`mimeType = ${q(mimeType)}`);
  const list = drive().Files!.list({ q: clauses.join(' and '), fields: 'files(id,name,mimeType,webViewLink)', pageSize: 10 });
  return list.files && list.files.length > 0 ? list.files[0] : null;
}

/**
 * Creates the file in the folder, or replaces the content of the one of the same name: running
 * a job twice never duplicates files. `asSheet` converts a CSV into a Google Sheet.
 */
function upsertFile(folderId: string, file: NewFile): StoredFile {
  const targetMime = file.asSheet ? SHEET_MIME : file.mimeType;
  // The FEC is ISO 8859-15: its bytes, as Apps Script's signed Byte[] (a string blob would be UTF-8).
  const blob =
    file.encoding === 'iso-8859-15'
      ? Utilities.newBlob(
          Array.from(encodeLatin9(file.content), (b) => (b > 127 ? b - 256 : b)),
          file.mimeType,
          file.name,
        )
      : Utilities.newBlob(file.content, file.mimeType, file.name);
  const existing = findInFolder(folderId, file.name, targetMime);
  const made = existing?.id
    ? drive().Files!.update({ name: file.name }, existing.id, blob, { fields: 'id,webViewLink' })
    : drive().Files!.create({ name: file.name, mimeType: targetMime, parents: [folderId] }, blob, { fields: 'id,webViewLink' });
  return { id: made.id as string, url: made.webViewLink ?? `https://drive.google.com/file/d/${made.id}/view` };
}

/**
 * Shares the folder with one named person as commenter, with a notification, and removes any
 * other non-owner access: never "anyone with the link".
 */
function shareOnlyWith(folderId: string, email: string, message: string): void {
  const perms = drive().Permissions!.list(folderId, { fields: 'permissions(id,type,role,emailAddress)' }).permissions ?? [];
  let present = false;
  for (const p of perms) {
    if (p.role === 'owner') continue;
    const same = p.type === 'user' && (p.emailAddress ?? '').toLowerCase() === email.toLowerCase() && p.role === 'commenter';
    if (same) present = true;
    else drive().Permissions!.remove(folderId, p.id as string);
  }
  if (!present)
    drive().Permissions!.create({ type: 'user', role: 'commenter', emailAddress: email }, folderId, {
      sendNotificationEmail: true,
      emailMessage: message,
    });
}

/** Moves a file (e.g. a Doc made by DocumentApp in My Drive's root) into a folder. */
export function moveToFolder(fileId: string, folderId: string): void {
  // The advanced service takes a null media blob when only metadata and parents change.
  drive().Files!.update({}, fileId, null as unknown as GoogleAppsScript.Base.Blob, {
    addParents: folderId,
    removeParents: 'root',
    fields: 'id',
  });
}

/** The e-mail of the account running the script (Drive v3 About.get: `fields` is required). */
export function driveUserEmail(): string {
  return drive().About!.get({ fields: 'user(emailAddress)' }).user?.emailAddress ?? '';
}

export const driveStore: FileStore = {
  /** "Dossier Drive" of Paramètres: a folder ID or a folder URL. */
  folderFromSetting(setting) {
    if (!setting) return null;
    const m = /folders\/([\w-]{10,})/.exec(setting) ?? /^([\w-]{10,})$/.exec(setting.trim());
    return m ? m[1] : null;
  },
  exists(id) {
    try {
      const f = drive().Files!.get(id, { fields: 'id,trashed' });
      return Boolean(f && !f.trashed);
    } catch (e) {
      // Deleted, or not this account's (drive.file): Drive says "File not found" for both. Any other
      // error (a rate limit) is not an answer: thrown, lest the owner make a second folder.
      if (/not found|\b404\b/i.test(e instanceof Error ? e.message : String(e))) return false;
      throw e;
    }
  },
  findFolder: (parent, name) => findInFolder(parent, name, FOLDER_MIME)?.id ?? null,
  createFolder: (parent, name) =>
    drive().Files!.create({ name, mimeType: FOLDER_MIME, parents: parent ? [parent] : undefined }).id as string,
  folderUrl: (id) => `https://drive.google.com/drive/folders/${id}`,
  upsertFile,
  shortcut(folder, name, target) {
    if (findInFolder(folder, name, SHORTCUT_MIME)) return;
    drive().Files!.create({ name, mimeType: SHORTCUT_MIME, parents: [folder], shortcutDetails: { targetId: target } });
  },
  shareOnlyWith,
};
