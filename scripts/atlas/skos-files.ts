/**
 * The SKOS files of `citego atlas`: one read whole within its size cap, as strict UTF-8 (Turtle's
 * encoding: anything else is refused with its line), one written next to its name then renamed.
 */
import { resolve } from 'node:path';
import { SKOS_LIMITS } from '../../shared/atlas/skos-parse';
import { refusal } from '../../shared/i18n/refusal';
import { readRegularFile, writeFileAtomic } from '../files';

/** The line of the first byte that is not UTF-8 (a lenient decoding puts U+FFFD there). */
function badLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export async function readSkosFile(file: string): Promise<string> {
  const bytes = await readRegularFile(resolve(file), 2 * SKOS_LIMITS.chars, {
    cannotOpen: () => {
      throw refusal('skosFile', file);
    },
    isFolder: () => {
      throw refusal('skosNotAFile', file);
    },
    notAFile: () => {
      throw refusal('skosNotAFile', file);
    },
    tooLarge: () => {
      throw refusal('skosTooBig', SKOS_LIMITS.chars);
    },
  });
  try {
    // ignoreBOM false (the default): a UTF-8 byte order mark is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refusal('skosNotUtf8', file, badLine(bytes));
  }
}

export async function writeSkosFile(file: string, turtle: string): Promise<string> {
  const path = resolve(file);
  await writeFileAtomic(path, turtle);
  return path;
}
