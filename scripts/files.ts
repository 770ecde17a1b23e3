import { constants, type Stats } from 'node:fs';
import { mkdir, open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { encodeLatin9 } from '../shared/exports/latin9';
import { cannotWrite } from './xlsx/write';

/**
 * Writes a file next to its final name, then renames: a crash never leaves half a file. A failure
 * (full disk, a path through a file, a read-only place) is one French sentence, the temp removed.
 */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw cannotWrite(path, e);
  }
}

/** `--out DIR`: made if absent; a file of that name, or a path through a file, is refused in one sentence. */
export async function outputDir(dir: string): Promise<string> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw cannotWrite(dir, e);
  }
  return dir;
}

/** A file's bytes as its encoding says: the FEC in ISO 8859-15, anything else as UTF-8 text. */
export function fileBytes(file: { readonly content: string; readonly encoding?: 'iso-8859-15' }): string | Buffer {
  return file.encoding === 'iso-8859-15' ? Buffer.from(encodeLatin9(file.content)) : file.content;
}

/** How readRegularFile refuses a path: each throws the caller's one-line refusal. */
export interface FileRefusals {
  cannotOpen(e: NodeJS.ErrnoException): never;
  isFolder(): never;
  /** A FIFO, a device or a socket. */
  notAFile(): never;
  tooLarge(bytes: number): never;
}

/**
 * A regular file's bytes, its size checked before anything is read. A FIFO, a device or a socket
 * is refused before it is opened (opening a FIFO waits for a writer forever); non-blocking open +
 * fstat again, in case the path changed in between.
 */
export async function readRegularFile(path: string, maxBytes: number, no: FileRefusals): Promise<Buffer> {
  const mustBeRegular = (st: Stats): Stats => {
    if (st.isDirectory()) no.isFolder();
    if (!st.isFile()) no.notAFile();
    return st;
  };
  mustBeRegular(await stat(path).catch((e: NodeJS.ErrnoException) => no.cannotOpen(e)));
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((e: NodeJS.ErrnoException) => no.cannotOpen(e));
  try {
    const size = mustBeRegular(await fh.stat()).size;
    if (size > maxBytes) no.tooLarge(size);
    const bytes = Buffer.alloc(size);
    await fh.read(bytes, 0, size, 0);
    return bytes;
  } finally {
    await fh.close();
  }
}
