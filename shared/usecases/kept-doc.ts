/**
 * A document made once and rewritten in place (the annual report of a year, a convention's CERFA
 * 15059): the lock is held only around the stored ids — the folder, the document made empty once
 * and remembered under `key` — never while the document is rendered and uploaded
 * (docs/architecture.md, "The report Doc"). Two clicks at once write the same Doc twice, never make two.
 */
import type { ReportDoc } from '../reports/doc';
import type { Ports } from './ports';

export function writeKeptDocument(
  p: Ports,
  doc: ReportDoc,
  key: string,
  folderOf: () => string,
): { folder: string; written: ReturnType<Ports['documents']['write']> } {
  const target = p.lock.withLock(() => {
    const folder = folderOf();
    const known = p.requests.get(key);
    if (known && p.files.exists(known)) return { folder, id: known };
    const made = p.documents.create(doc.title, folder);
    p.requests.set(key, made.id);
    return { folder, id: made.id };
  });
  const written = p.documents.write(doc, target.folder, target.id);
  if (written.id !== target.id) p.lock.withLock(() => p.requests.set(key, written.id));
  return { folder: target.folder, written };
}
