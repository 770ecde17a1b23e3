/**
 * Writes an archive from another one: untouched entries are copied byte for byte (local header,
 * compressed data, data descriptor and central record; only their offset changes), changed and
 * new parts are deflated. APPNOTE.TXT §4.3 gives the layout.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { refusal } from '../../shared/i18n/refusal';
import type { XlsxArchive, ZipEntry } from './zip';

export interface ArchiveChanges {
  /** New content of existing parts, by name. */
  readonly replaced: ReadonlyMap<string, Buffer>;
  /** New parts, written after the others in this order. */
  readonly added: ReadonlyMap<string, Buffer>;
  readonly removed: ReadonlySet<string>;
}

/** Each entry's bytes in the file: from its local header to the next entry (or the directory). */
function spans(source: XlsxArchive, shown: string): Map<string, { start: number; end: number }> {
  const byOffset = [...source.entries.values()].sort((a, b) => a.localOffset - b.localOffset);
  const out = new Map<string, { start: number; end: number }>();
  const bytes = source.raw;
  byOffset.forEach((e, i) => {
    const end = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : source.directoryOffset;
    const p = e.localOffset;
    const ok =
      p + 30 <= end &&
      bytes.readUInt32LE(p) === 0x04034b50 &&
      p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28) + e.compressed <= end;
    if (!ok) throw refusal('xlsxSaveEntryUnreadable', shown, e.name);
    out.set(e.name, { start: p, end });
  });
  return out;
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A deflated entry: its local header and data, and its central record once its offset is known. */
function newEntry(name: string, data: Buffer, when: Date): { local: Buffer[]; central: (offset: number) => Buffer } {
  const nameBytes = Buffer.from(name, 'utf8');
  const flags = nameBytes.length === name.length ? 0 : 0x0800; // bit 11: the name is UTF-8
  const comp = deflateRawSync(data);
  const crc = crc32(data);
  const { time, date } = dosDateTime(when);
  // The local header and the central record share these fields, two bytes further in the latter.
  const fields = (b: Buffer, at: number) => {
    [20, flags, 8, time, date].forEach((v, i) => b.writeUInt16LE(v, at + 2 * i));
    [crc, comp.length, data.length].forEach((v, i) => b.writeUInt32LE(v, at + 10 + 4 * i));
    b.writeUInt16LE(nameBytes.length, at + 22);
    return b;
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  fields(local, 4);
  return {
    local: [local, nameBytes, comp],
    central: (offset) => {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      fields(c, 6);
      c.writeUInt32LE(offset, 42);
      return Buffer.concat([c, nameBytes]);
    },
  };
}

function copiedCentral(source: XlsxArchive, e: ZipEntry, offset: number): Buffer {
  const c = Buffer.from(source.raw.subarray(e.centralStart, e.centralEnd));
  c.writeUInt32LE(offset, 42);
  return c;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(size, 12);
  eocd.writeUInt32LE(offset, 16);
  return eocd;
}

/** The new archive's bytes, in the order of the original directory, new parts last. */
export function rebuildArchive(source: XlsxArchive, shown: string, changes: ArchiveChanges, when = new Date()): Buffer {
  const where = spans(source, shown);
  const body: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const addNew = (name: string, data: Buffer) => {
    const entry = newEntry(name, data, when);
    centrals.push(entry.central(offset));
    for (const b of entry.local) {
      body.push(b);
      offset += b.length;
    }
  };
  for (const e of source.entries.values()) {
    if (changes.removed.has(e.name)) continue;
    const replacement = changes.replaced.get(e.name);
    if (replacement) {
      addNew(e.name, replacement);
      continue;
    }
    const span = where.get(e.name) as { start: number; end: number };
    centrals.push(copiedCentral(source, e, offset));
    body.push(source.raw.subarray(span.start, span.end));
    offset += span.end - span.start;
  }
  for (const [name, data] of changes.added) addNew(name, data);
  const directory = Buffer.concat(centrals);
  return Buffer.concat([...body, directory, endOfDirectory(centrals.length, directory.length, offset)]);
}
