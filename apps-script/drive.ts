/**
 * Drive through the advanced Drive service (v3) under the `drive.file` scope: the add-on
 * sees only what it created. (DriveApp would need the restricted full-drive scope.)
 * Reference: developers.google.com/drive/api/reference/rest/v3
 */
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('Le service avancé Drive (v3) n’est pas activé pour ce script.');
  return Drive;
}

/** A query string literal: backslashes and quotes escaped (Drive v3 "Search for files"). */
function q(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** The folder remembered under `key` if it still exists, else a new one (remembered). */
export function ensureFolder(name: string, parentId: string | null, key: string): string {
  const props = PropertiesService.getDocumentProperties();
  const known = props.getProperty(key);
  if (known) {
    try {
      const f = drive().Files!.get(known, { fields: 'id,trashed' });
      if (f && !f.trashed) return known;
    } catch {
      // deleted or no longer visible to the add-on: create it again
    }
  }
  const found = findInFolder(parentId, name, FOLDER_MIME);
  const id = found?.id ?? (drive().Files!.create({ name, mimeType: FOLDER_MIME, parents: parentId ? [parentId] : undefined }).id as string);
  props.setProperty(key, id);
  return id;
}

function findInFolder(parentId: string | null, name: string, mimeType?: string): DriveFile | null {
  const clauses = [`name = ${q(name)}`, 'trashed = false', `${q(parentId ?? 'root')} in parents`];
  if (mimeType) clauses.push(`mimeType = ${q(mimeType)}`);
  const list = drive().Files!.list({ q: clauses.join(' and '), fields: 'files(id,name,mimeType,webViewLink)', pageSize: 10 });
  return list.files && list.files.length > 0 ? list.files[0] : null;
}

/**
 * Creates the file in the folder, or replaces the content of the one of the same name:
 * running a job twice never duplicates files. `asSheet` converts a CSV into a Google Sheet.
 */
export function upsertFile(
  folderId: string,
  name: string,
  mimeType: string,
  content: string,
  asSheet = false,
): { id: string; url: string } {
  const targetMime = asSheet ? SHEET_MIME : mimeType;
  const blob = Utilities.newBlob(content, mimeType, name);
  const existing = findInFolder(folderId, name, targetMime);
  const file = existing?.id
    ? drive().Files!.update({ name }, existing.id, blob, { fields: 'id,webViewLink' })
    : drive().Files!.create({ name, mimeType: targetMime, parents: [folderId] }, blob, { fields: 'id,webViewLink' });
  return { id: file.id as string, url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` };
}

/** A shortcut in the folder to a file the add-on made elsewhere (a file has one parent in Drive v3). */
export function ensureShortcut(folderId: string, name: string, targetId: string): void {
  if (findInFolder(folderId, name, SHORTCUT_MIME)) return;
  drive().Files!.create({ name, mimeType: SHORTCUT_MIME, parents: [folderId], shortcutDetails: { targetId } });
}

/**
 * Shares the folder with one named person as commenter, with a notification, and removes any
 * other non-owner access: never "anyone with the link".
 */
export function shareOnlyWith(folderId: string, email: string, message: string): void {
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

/** The Drive folder ID in "Dossier Drive" of Paramètres (an ID or a folder URL), if any. */
export function folderIdFromSetting(setting: string | null): string | null {
  if (!setting) return null;
  const m = /folders\/([\w-]{10,})/.exec(setting) ?? /^([\w-]{10,})$/.exec(setting.trim());
  return m ? m[1] : null;
}
