/**
 * The Lock port on the document lock (docs/architecture.md: a script lock would queue every user
 * of every spreadsheet). Pattern: waitLock; try { write; flush } finally { release }.
 */
import { refusal } from '../shared/i18n/refusal';
import type { Lock } from '../shared/usecases/ports';

export const documentLock: Lock = {
  withLock<T>(work: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock) throw refusal('noDocumentLock');
    try {
      lock.waitLock(20_000);
    } catch {
      throw refusal('busy');
    }
    try {
      const result = work();
      SpreadsheetApp.flush();
      return result;
    } finally {
      lock.releaseLock();
    }
  },
};
