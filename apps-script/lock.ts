/**
 * Writes to the spreadsheet run under its document lock (APPS-SCRIPT.md: a script lock would
 * queue every user of every spreadsheet). Pattern: waitLock; try { write; flush } finally { release }.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error('Ce classeur n’est pas accessible en écriture (pas de verrou de document).');
  try {
    lock.waitLock(20_000);
  } catch {
    throw new Error('Une autre personne enregistre dans ce classeur : réessayez dans un instant.');
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
