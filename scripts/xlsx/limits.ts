import { open } from 'node:fs/promises';
import { UserError } from './errors';

/** What we agree to open: far above a real association's workbook, far below what hurts the machine. */
export const LIMITS = {
  fileBytes: 100 * 1024 * 1024,
  uncompressedBytes: 600 * 1024 * 1024,
  /** A ratio above this is a zip bomb, not a spreadsheet (XML compresses ~10-100x). */
  compressionRatio: 1000,
  entries: 5000,
  rowsPerSheet: 200_000,
  columnsPerSheet: 500,
  readSeconds: 120,
};

interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

function lastIndexOfSignature(buf: Buffer, sig: number): number {
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === sig) return i;
  }
  return -1;
}

/**
 * Reads a zip's central directory and refuses what is not a sane .xlsx before any library
 * inflates it: not a zip, truncated, too many entries, too large once inflated, or a bomb.
 */
export async function inspectXlsx(path: string, displayName: string): Promise<ZipEntry[]> {
  const fh = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new UserError('file', `Fichier introuvable : ${displayName}`);
    if (e.code === 'EISDIR') throw new UserError('file', `${displayName} est un dossier, pas un classeur .xlsx`);
    throw new UserError('file', `Impossible d'ouvrir ${displayName} (${e.code ?? 'erreur'})`);
  });
  try {
    const { size } = await fh.stat();
    if (!(await fh.stat()).isFile()) throw new UserError('file', `${displayName} n'est pas un fichier`);
    if (size > LIMITS.fileBytes)
      throw new UserError(
        'file',
        `${displayName} est trop volumineux (${Math.round(size / 1e6)} Mo, ${LIMITS.fileBytes / 1024 / 1024} Mo au plus)`,
      );
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0);
    if (size < 22 || head.readUInt32LE(0) !== 0x04034b50)
      throw new UserError('file', `${displayName} n'est pas un classeur .xlsx (ce n'est pas une archive Excel ; un .csv renommé ?)`);
    const tailLen = Math.min(size, 65_536 + 22);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    const eocd = lastIndexOfSignature(tail, 0x06054b50);
    if (eocd < 0) throw new UserError('file', `${displayName} est tronqué ou endommagé (fin d'archive introuvable)`);
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count > LIMITS.entries) throw new UserError('file', `${displayName} contient trop de fichiers internes (${count})`);
    if (cdOffset + cdSize > size)
      throw new UserError('file', `${displayName} est tronqué ou endommagé (répertoire d'archive hors du fichier)`);
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50)
        throw new UserError('file', `${displayName} est endommagé (répertoire d'archive illisible)`);
      const compressed = cd.readUInt32LE(p + 20);
      const uncompressed = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      p += 46 + nameLen + extraLen + commentLen;
      total += uncompressed;
      if (uncompressed > 1_000_000 && uncompressed / Math.max(1, compressed) > LIMITS.compressionRatio)
        throw new UserError(
          'file',
          `${displayName} est refusé : « ${name} » se décompresse ${Math.round(uncompressed / Math.max(1, compressed))} fois (bombe de décompression ?)`,
        );
      entries.push({ name, compressed, uncompressed });
    }
    if (total > LIMITS.uncompressedBytes)
      throw new UserError(
        'file',
        `${displayName} est refusé : ${Math.round(total / 1e6)} Mo une fois décompressé (${LIMITS.uncompressedBytes / 1024 / 1024} Mo au plus)`,
      );
    if (!entries.some((e) => e.name === 'xl/workbook.xml'))
      throw new UserError('file', `${displayName} n'est pas un classeur .xlsx (pas de xl/workbook.xml ; un .ods ou un .docx ?)`);
    return entries;
  } finally {
    await fh.close();
  }
}
