/** The DocumentSink port on Google Docs: a Doc per document, made once in its folder, then rewritten in place. */
import type { DocumentSink } from '../shared/usecases/ports';
import { moveToFolder } from './drive';
import { renderGoogleDoc } from './report-doc';

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

function open(id: string | null): GoogleAppsScript.Document.Document | null {
  if (!id) return null;
  try {
    return DocumentApp.openById(id);
  } catch {
    return null; // deleted meanwhile: make a new one
  }
}

export const googleDocs: DocumentSink = {
  write(report, folder, known) {
    let doc = open(known);
    if (!doc) {
      doc = DocumentApp.create(report.title);
      moveToFolder(doc.getId(), folder);
    }
    renderGoogleDoc(doc, report);
    return { id: doc.getId(), url: docUrl(doc.getId()) };
  },
  urlOf: docUrl,
};
