import { rename, writeFile } from 'node:fs/promises';
import { encodeLatin9 } from '../shared/exports/latin9';

/** Writes a file next to its final name, then renames: a crash never leaves half a file. */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

/** A file's bytes as its encoding says: the FEC in ISO 8859-15, anything else as UTF-8 text. */
export function fileBytes(file: { readonly content: string; readonly encoding?: 'iso-8859-15' }): string | Buffer {
  return file.encoding === 'iso-8859-15' ? Buffer.from(encodeLatin9(file.content)) : file.content;
}
