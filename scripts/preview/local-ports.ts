/**
 * The use cases' ports offline, next to the .xlsx: "Drive" is a folder `<classeur> — Drive/`,
 * documents are .docx files, the request log a JSON file, the lock one call at a time. Every
 * file is written to a temporary file, then renamed (a crash never leaves half a file).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { refusal } from '../../shared/i18n/refusal';
import type { CellValue, NewSheet, Workbook } from '../../shared/sheets/ports';
import { memoryNotes } from '../../shared/usecases/notes';
import type { DocumentSink, FileStore, Lock, NewFile, Ports, RequestCache, RequestLog, StoredFile } from '../../shared/usecases/ports';
import { dateInTimeZone, type IsoDate } from '../../shared/values/dates';
import { renderDocx } from '../report/docx';
import { fileBytes, writeFileAtomic } from '../files';

function writeFileAtomicSync(path: string, content: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** The workbook, noting whether anything was written (the file is then saved once, at the end of the call). */
export class TrackedWorkbook implements Workbook {
  changed = false;
  constructor(private readonly inner: Workbook) {}
  get timeZone(): string {
    return this.inner.timeZone;
  }
  sheetNames = (): string[] => this.inner.sheetNames();
  readSheet = (name: string): CellValue[][] => this.inner.readSheet(name);
  readRow = (name: string, row: number, width: number): CellValue[] => this.inner.readRow(name, row, width);
  writeBlock(name: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void {
    this.changed = true;
    this.inner.writeBlock(name, row, column, values);
  }
  appendRows(name: string, rows: readonly (readonly CellValue[])[]): number {
    this.changed = true;
    return this.inner.appendRows(name, rows);
  }
  addSheet(sheet: NewSheet): void {
    this.changed = true;
    this.inner.addSheet(sheet);
  }
  deleteRows(name: string, rows: readonly number[]): void {
    this.changed = true;
    this.inner.deleteRows(name, rows);
  }
}

/**
 * The request log kept next to the workbook, like PropertiesService keeps it with the
 * spreadsheet. What a call sets is kept aside and written by `commit()`, after the workbook.
 */
export class FileRequestLog implements RequestLog {
  private readonly pending = new Map<string, string>();
  constructor(private readonly file: string) {}

  static nextTo(workbook: string): FileRequestLog {
    return new FileRequestLog(join(dirname(workbook), `.${basename(workbook)}.citego.json`));
  }

  /** The saved keys; a file edited by hand into something else than an object of strings is refused, not guessed. */
  private read(): Record<string, string> {
    if (!existsSync(this.file)) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      parsed = null;
    }
    const keys = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    if (!keys || Object.values(keys).some((v) => typeof v !== 'string')) throw refusal('previewLogUnreadable', basename(this.file));
    return keys as Record<string, string>;
  }
  get(key: string): string | null {
    const saved = this.read();
    return this.pending.get(key) ?? (Object.hasOwn(saved, key) ? saved[key] : null);
  }
  set(key: string, value: string): void {
    this.pending.set(key, value);
  }
  /** A file on disk has no 500 KB quota. */
  bytesFree(): number {
    return Number.MAX_SAFE_INTEGER;
  }
  commit(): void {
    if (this.pending.size === 0) return;
    writeFileAtomicSync(this.file, JSON.stringify({ ...this.read(), ...Object.fromEntries(this.pending) }, null, 2));
    this.pending.clear();
  }
}

/**
 * The request cache next to the workbook, like CacheService: entries expire (`{value, until}` in
 * `.<classeur>.citego-cache.json`); expired ones are dropped when the file is written. Like the
 * workbook, what a call puts is written by `commit()`: a call that fails leaves neither rows nor marks.
 */
export class FileCache implements RequestCache {
  private readonly pending = new Map<string, { value: string; until: number }>();
  constructor(
    private readonly file: string,
    private readonly now: () => number = Date.now,
  ) {}
  static nextTo(workbook: string): FileCache {
    return new FileCache(join(dirname(workbook), `.${basename(workbook)}.citego-cache.json`));
  }
  private read(): Record<string, { value: string; until: number }> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, { value: string; until: number }>) : {};
    } catch {
      return {}; // absent or unreadable: a cache may always forget
    }
  }
  get(key: string): string | null {
    const entry = this.pending.get(key) ?? this.read()[key];
    return entry && typeof entry.value === 'string' && entry.until > this.now() ? entry.value : null;
  }
  put(key: string, value: string, seconds: number): void {
    this.pending.set(key, { value, until: this.now() + seconds * 1000 });
  }
  commit(): void {
    if (this.pending.size === 0) return;
    const now = this.now();
    const kept = Object.entries(this.read()).filter(([, e]) => e && e.until > now);
    writeFileAtomicSync(this.file, JSON.stringify({ ...Object.fromEntries(kept), ...Object.fromEntries(this.pending) }));
    this.pending.clear();
  }
}

/** One call at a time: the preview runs each call to its end before the next, so a nested take is refused. */
export function processLock(): Lock {
  let held = false;
  return {
    withLock<T>(work: () => T): T {
      if (held) throw refusal('busy');
      held = true;
      try {
        return work();
      } finally {
        held = false;
      }
    },
  };
}

/** What a file system takes in one name: 255 bytes; a little room is kept for the temporary suffix. */
const MAX_NAME_BYTES = 200;

/**
 * A file or folder name the file system takes: no separator or control character, never `.` or
 * `..`, no trailing dot or space, cut to fit in bytes with its extension kept (`… — Rapport annuel 2025.docx`).
 */
export function safe(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const clean = name.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-').replace(/[. ]+$/, '') || '-';
  const plain = /^\.+$/.test(clean) ? '-' : clean;
  const ext = extname(plain).length <= 10 ? extname(plain) : '';
  let base = plain.slice(0, plain.length - ext.length);
  while (Buffer.byteLength(base + ext) > MAX_NAME_BYTES) base = [...base].slice(0, -1).join('');
  return base + ext;
}

/** The preview's "Drive": the folder `<classeur> — Drive/` next to the workbook. */
export function driveFolder(workbook: string): string {
  return join(dirname(workbook), `${basename(workbook).replace(/\.xlsx$/i, '')} — Drive`);
}

/** "Drive" offline: ids are paths relative to the root folder (absolute for a folder elsewhere). */
export class DiskStore implements FileStore {
  constructor(readonly root: string) {}

  static nextTo(workbook: string): DiskStore {
    return new DiskStore(driveFolder(workbook));
  }

  /**
   * Like drive.file, the store sees only what is inside its root: an id (from the request log next
   * to the workbook, which anyone can edit) or a setting that points elsewhere is unknown here.
   */
  private inside(path: string): boolean {
    const rel = relative(this.root, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  }
  path(id: string): string {
    const path = resolve(this.root, id);
    if (!this.inside(path)) throw refusal('previewOutsideDrive', id.slice(0, 200));
    return path;
  }
  idOf(path: string): string {
    return relative(this.root, path);
  }
  folderFromSetting(setting: string | null): string | null {
    const value = setting?.trim() ?? '';
    let path: string | null = null;
    try {
      path = value.startsWith('file:') ? fileURLToPath(value) : isAbsolute(value) ? value : null;
    } catch {
      path = null; // not a file link: nothing the store can see
    }
    return path && this.inside(path) && existsSync(path) && statSync(path).isDirectory() ? this.idOf(path) : null;
  }
  exists(id: string): boolean {
    const path = resolve(this.root, id);
    return this.inside(path) && existsSync(path);
  }
  findFolder(parent: string | null, name: string): string | null {
    const dir = join(this.path(parent ?? ''), safe(name));
    return existsSync(dir) && statSync(dir).isDirectory() ? this.idOf(dir) : null;
  }
  createFolder(parent: string | null, name: string): string {
    const dir = join(this.path(parent ?? ''), safe(name));
    mkdirSync(dir, { recursive: true });
    return this.idOf(dir);
  }
  folderUrl(id: string): string {
    return pathToFileURL(this.path(id)).href;
  }
  fileIn(folder: string, name: string): StoredFile {
    const file = join(this.path(folder), safe(name));
    return { id: this.idOf(file), url: pathToFileURL(file).href };
  }
  /** A spreadsheet made from a CSV on Drive is the CSV itself here. */
  upsertFile(folder: string, file: NewFile): StoredFile {
    const stored = this.fileIn(folder, file.asSheet && !extname(file.name) ? `${file.name}.csv` : file.name);
    writeFileAtomicSync(this.path(stored.id), fileBytes(file));
    return stored;
  }
  /** A symbolic link to the target, named like it with the shortcut's name. */
  shortcut(folder: string, name: string, target: string): void {
    if (!this.exists(target)) return;
    const link = this.path(this.fileIn(folder, `${name}${extname(target)}`).id);
    if (existsSync(link)) return;
    symlinkSync(relative(dirname(link), this.path(target)), link);
  }
  /** No one to share with offline: who would be (commenter, notified) is kept in `.partages.json` of the root. */
  shareOnlyWith(folder: string, email: string, message: string): void {
    const file = join(this.root, '.partages.json');
    const shares = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    shares[folder] = { email, role: 'commenter', message };
    writeFileAtomicSync(file, JSON.stringify(shares, null, 2));
  }
}

/**
 * Documents as .docx files, named by their title; a known document is rewritten in place.
 * Rendering is asynchronous: the writes wait in `pending` until the call's `flush()`.
 */
export class DocxFiles implements DocumentSink {
  private pending: Promise<void>[] = [];
  constructor(private readonly store: DiskStore) {}

  /** Named now, written by `write`: nothing on disk until then. */
  create(title: string, folder: string): StoredFile {
    return this.store.fileIn(folder, `${title}.docx`);
  }
  /** Noted with the folder shares in `.partages.json`, as nothing is shared offline. */
  shareForComments(id: string, email: string): void {
    this.store.shareOnlyWith(id, email, '');
  }
  write(doc: Parameters<DocumentSink['write']>[0], folder: string, known: string | null): StoredFile {
    const stored =
      known && this.store.exists(known) ? { id: known, url: this.urlOf(known) } : this.store.fileIn(folder, `${doc.title}.docx`);
    const path = this.store.path(stored.id);
    this.pending.push(renderDocx(doc).then((bytes) => writeFileAtomic(path, bytes)));
    return stored;
  }
  urlOf(id: string): string {
    return pathToFileURL(this.store.path(id)).href;
  }
  async flush(): Promise<void> {
    const all = this.pending;
    this.pending = [];
    await Promise.all(all);
  }
}

/** The ports of one preview call on an opened workbook; `commit()` writes what the call changed. */
export function localPorts(workbookPath: string, opened: Workbook & { save(): Promise<void> }) {
  const workbook = new TrackedWorkbook(opened);
  const files = DiskStore.nextTo(workbookPath);
  const documents = new DocxFiles(files);
  const requests = FileRequestLog.nextTo(workbookPath);
  const cache = FileCache.nextTo(workbookPath);
  const ports: Ports = {
    workbook,
    files,
    documents,
    lock: processLock(),
    clock: { today: () => dateInTimeZone(new Date(), workbook.timeZone) as IsoDate },
    requests,
    cache,
    // One person at the computer: the preview's "Drive" is theirs (no owner to name).
    account: { email: () => '' },
    notes: memoryNotes(workbook),
    workbookTitle: () => basename(workbookPath).replace(/\.xlsx$/i, ''),
  };
  return {
    ports,
    async commit(): Promise<void> {
      await documents.flush();
      if (workbook.changed) await opened.save();
      requests.commit();
      cache.commit();
    },
  };
}
