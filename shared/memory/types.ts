/** The types of Mémoire entries (the sheet's dropdown, shared/sheets/schema/tables.ts). */
import { normalizeLabel } from '../values/text';
import { memory } from '../sheets/schema/tables';

/** A type as typed (« decision », « Décision », « assemblée générale »): the Mémoire type it names, or null. */
export function memoryTypeOf(text: string): string | null {
  const wanted = normalizeLabel(text);
  const choice = (memory.columns.type.choices ?? []).find((c) =>
    [c.label, ...(c.synonyms ?? [])].some((s) => normalizeLabel(s) === wanted),
  );
  return choice ? choice.label : null;
}

/** Every type of Mémoire entry, as the sheet's dropdown shows them. */
export const MEMORY_TYPES: readonly string[] = (memory.columns.type.choices ?? []).map((c) => c.label);
