/**
 * The DocumentSink port on Google Docs, through the advanced Drive service (v3) only: a document
 * is its ReportDoc rendered as HTML (shared/reports/html.ts) that Drive imports as a Google Doc
 * in its folder — one `Files.create` or `Files.update` whatever the document's size
 * (docs/architecture.md, "The report Doc"). No DocumentApp call, so nothing to open or close.
 * References: developers.google.com/drive/api/reference/rest/v3/files/create and /files/update
 * (File.mimeType: "If a file is created with a Google Doc MIME type, the uploaded content is
 * imported, if possible"); developers.google.com/drive/api/guides/manage-uploads ("Import to
 * Google Docs types": HTML → Google Docs).
 */
import { refusal } from '../shared/i18n/refusal';
import { reportHtml } from '../shared/reports/html';
import type { ReportDoc } from '../shared/reports/doc';
import type { DocumentSink, StoredFile } from '../shared/usecases/ports';

export const DOC_MIME = 'application/vnd.google-apps.document';

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw refusal('driveDisabled');
  return Drive;
}

const stored = (id: string): StoredFile => ({ id, url: docUrl(id) });

/** The document as an HTML blob: the one upload Drive converts. */
function htmlOf(doc: ReportDoc): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(reportHtml(doc), 'text/html', `${doc.title}.html`);
}

/** A new Google Doc in the folder, with the blob's content imported when there is one. */
function createDoc(name: string, folder: string, blob?: GoogleAppsScript.Base.Blob): StoredFile {
  const resource = { name, mimeType: DOC_MIME, parents: [folder] };
  const made = blob ? drive().Files!.create(resource, blob, { fields: 'id' }) : drive().Files!.create(resource);
  return stored(made.id as string);
}

export const googleDocs: DocumentSink = {
  create: (title, folder) => createDoc(title, folder),
  write(doc, folder, known) {
    const blob = htmlOf(doc);
    if (known) {
      try {
        // A new revision of the same file: Drive imports it over the old content, the id and link stay.
        return stored(drive().Files!.update({ name: doc.title }, known, blob, { fields: 'id' }).id as string);
      } catch {
        // deleted meanwhile, or no longer visible to this user: make a new one below
      }
    }
    return createDoc(doc.title, folder, blob);
  },
  urlOf: docUrl,
  shareForComments(id, email) {
    const perms = drive().Permissions!.list(id, { fields: 'permissions(id,type,role,emailAddress)' }).permissions ?? [];
    let present = false;
    for (const p of perms) {
      if (p.role !== 'commenter') continue;
      if (p.type === 'user' && (p.emailAddress ?? '').toLowerCase() === email.toLowerCase()) present = true;
      else drive().Permissions!.remove(id, p.id as string);
    }
    if (!present)
      drive().Permissions!.create({ type: 'user', role: 'commenter', emailAddress: email }, id, { sendNotificationEmail: false });
  },
};
