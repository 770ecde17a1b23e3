/** The Notes port on the workbook itself: an entry of the Mémoire sheet (the same on every shell). */
import { Refusal } from '../i18n/refusal';
import type { Workbook } from '../sheets/ports';
import { appendRecords } from '../sheets/records';
import { memory } from '../sheets/schema/tables';
import type { Notes } from './ports';

export function memoryNotes(wb: Workbook): Notes {
  return {
    add(note) {
      try {
        appendRecords(wb, memory, [
          { date: { date: note.date }, type: 'événement', title: note.title, description: note.description, link: note.link },
        ]);
        return true;
      } catch (e) {
        // No Mémoire sheet, or one without its columns: the job is done, only the note is missing.
        if (e instanceof Refusal) return false;
        throw e;
      }
    },
  };
}
