/**
 * What a user sees when a server call fails: a French sentence, never a stack trace.
 * google.script.run hands the thrown Error's message to the sidebar's failure handler.
 */
export function userFacing<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(e);
    throw new Error(message.split('\n')[0] || 'Erreur inattendue : réessayez, puis signalez-la si elle persiste.');
  }
}
