import { rename, writeFile } from 'node:fs/promises';

/** Writes a file next to its final name, then renames: a crash never leaves half a file. */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}
