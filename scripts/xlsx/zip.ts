import { inflateRawSync } from 'node:zlib';
import { refusal, Refusal } from '../../shared/i18n/refusal';
import { readRegularFile } from '../files';
import { LIMITS } from './limits';
import { withDefaultNamespace } from './xml';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressed: number;
  readonly uncompressed: number;
  readonly crc: number;
  readonly localOffset: number;
  /** Where the entry's central directory record lies in the file. */
  readonly centralStart: number;
  readonly centralEnd: number;
}

function lastIndexOfSignature(buf: Buffer, sig: number): number {
  for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === sig) return i;
  return -1;
}

/**
 * An .xlsx archive, checked from its central directory before anything is inflated:
 * not a zip, truncated, too many entries, too large once inflated, or a bomb -> refused.
 */
export class XlsxArchive {
  private constructor(
    private readonly bytes: Buffer,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly shown: string,
    /** Where the central directory starts: the end of the last entry's bytes. */
    readonly directoryOffset: number,
  ) {}

  /** The whole file, as read (a writer copies entries from it byte for byte). */
  get raw(): Buffer {
    return this.bytes;
  }

  static async open(path: string, shown: string, required = 'xl/workbook.xml'): Promise<XlsxArchive> {
    const bytes = await readRegularFile(path, LIMITS.fileBytes, {
      cannotOpen: (e) => XlsxArchive.cannotOpen(e, shown),
      isFolder: () => {
        throw refusal('xlsxIsFolder', shown);
      },
      notAFile: () => {
        throw refusal('xlsxNotAFile', shown);
      },
      tooLarge: (size) => {
        throw refusal('xlsxTooLarge', shown, Math.round(size / 1e6), LIMITS.fileBytes / 1024 / 1024);
      },
    });
    const { entries, directoryOffset } = XlsxArchive.directory(bytes, shown, required);
    return new XlsxArchive(bytes, entries, shown, directoryOffset);
  }

  private static cannotOpen(e: NodeJS.ErrnoException, shown: string): never {
    if (e.code === 'ENOENT') throw refusal('xlsxNotFound', shown);
    if (e.code === 'EISDIR') throw refusal('xlsxIsFolder', shown);
    throw refusal('xlsxCannotOpen', shown, e.code ?? null);
  }

  private static directory(bytes: Buffer, shown: string, required: string): { entries: Map<string, ZipEntry>; directoryOffset: number } {
    const size = bytes.length;
    if (size < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw refusal('xlsxNotZip', shown);
    const tailStart = Math.max(0, size - 65_536 - 22);
    const eocdInTail = lastIndexOfSignature(bytes.subarray(tailStart), 0x06054b50);
    if (eocdInTail < 0) throw refusal('xlsxNoEnd', shown);
    const eocd = tailStart + eocdInTail;
    const count = bytes.readUInt16LE(eocd + 10);
    const cdSize = bytes.readUInt32LE(eocd + 12);
    const cdOffset = bytes.readUInt32LE(eocd + 16);
    if (count > LIMITS.entries) throw refusal('xlsxTooManyEntries', shown, count);
    if (cdOffset + cdSize > size) throw refusal('xlsxDirectoryOutside', shown);
    const entries = new Map<string, ZipEntry>();
    let p = cdOffset;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cdOffset + cdSize || bytes.readUInt32LE(p) !== 0x02014b50) throw refusal('xlsxDirectoryUnreadable', shown);
      const flags = bytes.readUInt16LE(p + 8);
      const method = bytes.readUInt16LE(p + 10);
      const compressed = bytes.readUInt32LE(p + 20);
      const crc = bytes.readUInt32LE(p + 16);
      const uncompressed = bytes.readUInt32LE(p + 24);
      const nameLen = bytes.readUInt16LE(p + 28);
      const extraLen = bytes.readUInt16LE(p + 30);
      const commentLen = bytes.readUInt16LE(p + 32);
      const localOffset = bytes.readUInt32LE(p + 42);
      const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
      const centralStart = p;
      p += 46 + nameLen + extraLen + commentLen;
      total += uncompressed;
      if (uncompressed > LIMITS.ratioCheckedAbove && uncompressed / Math.max(1, compressed) > LIMITS.compressionRatio)
        throw refusal('xlsxBomb', shown, name, Math.round(uncompressed / Math.max(1, compressed)));
      entries.set(name, { name, method, flags, compressed, uncompressed, crc, localOffset, centralStart, centralEnd: p });
    }
    if (total > LIMITS.uncompressedBytes)
      throw refusal('xlsxTooLargeInflated', shown, Math.round(total / 1e6), LIMITS.uncompressedBytes / 1024 / 1024);
    if (!entries.has(required))
      throw required === 'xl/workbook.xml' ? refusal('xlsxNoWorkbook', shown) : refusal('xlsxPartMissing', shown, required);
    return { entries, directoryOffset: cdOffset };
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The entry a part name designates: part names compare without regard to letter case (OPC,
   * ECMA-376 Part 2 §6.2.2.3), as Excel reads them; the entry's own spelling, or null.
   */
  entryName(part: string): string | null {
    if (this.entries.has(part)) return part;
    this.lowerCase ??= new Map([...this.entries.keys()].map((k) => [k.toLowerCase(), k]));
    return this.lowerCase.get(part.toLowerCase()) ?? null;
  }

  private lowerCase: Map<string, string> | null = null;

  /**
   * One entry's text, inflated within its declared size (a lying header cannot inflate more), its
   * root's namespace prefix resolved (`<x:worksheet xmlns:x="…">` reads as `<worksheet xmlns="…">`).
   */
  text(name: string): string {
    return withDefaultNamespace(this.inflated(name).toString('utf8'));
  }

  /** One entry's bytes, inflated within its declared size. */
  inflated(name: string): Buffer {
    const e = this.entries.get(name);
    if (!e) throw refusal('xlsxEntryMissing', this.shown, name);
    if (e.flags & 1) throw refusal('xlsxEncrypted', this.shown);
    const p = e.localOffset;
    if (p + 30 > this.bytes.length || this.bytes.readUInt32LE(p) !== 0x04034b50) throw refusal('xlsxEntryUnreadable', this.shown, name);
    const start = p + 30 + this.bytes.readUInt16LE(p + 26) + this.bytes.readUInt16LE(p + 28);
    const data = this.bytes.subarray(start, start + e.compressed);
    if (data.length < e.compressed) throw refusal('xlsxEntryIncomplete', this.shown, name);
    let out: Buffer;
    try {
      if (e.method === 0) out = data;
      else if (e.method === 8) out = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressed, 1) });
      else throw refusal('xlsxCompression', this.shown, e.method);
    } catch (err) {
      if (err instanceof Refusal) throw err;
      throw refusal('xlsxEntryNotInflating', this.shown, name);
    }
    return out;
  }
}
