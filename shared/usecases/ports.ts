/**
 * What the use cases need from the outside world besides the workbook (shared/sheets/ports.ts).
 * Google's adapters are in apps-script/google-ports.ts, the offline ones in scripts/preview/local-ports.ts;
 * each shell wires them to the same use cases (docs/architecture.md).
 */
import type { ReportDoc } from '../reports/doc';
import type { Workbook } from '../sheets/ports';
import type { IsoDate } from '../values/dates';

/** A lock shared by every script writing to this workbook (the document lock on Google). */
export interface Lock {
  /** Runs `work` while holding the lock; refuses with `busy` when it cannot be had in time. */
  withLock<T>(work: () => T): T;
}

export interface Clock {
  /** Today in the association's time zone. */
  today(): IsoDate;
}

/**
 * Small durable memory of the workbook: request ids already answered, ids of the folders and
 * documents made for it (the document properties on Google, a JSON file next to the .xlsx offline).
 */
export interface RequestLog {
  get(key: string): string | null;
  /** Refuses with `propertiesFull` when the store cannot take it (500 KB a store, 9 KB a value on Google). */
  set(key: string, value: string): void;
  /** Bytes still free in the store (keys and values, UTF-8), so that a job can refuse before its first write. */
  bytesFree(): number;
}

/**
 * Short-lived memory shared by the users of this workbook: request ids already answered, so that
 * a double click or a retry writes once (on Google, the script's document cache: entries expire,
 * at most 6 hours, and may vanish sooner — docs/architecture.md).
 */
export interface RequestCache {
  get(key: string): string | null;
  put(key: string, value: string, seconds: number): void;
}

/** Who runs this call: the account whose Drive grants (drive.file) the call holds. */
export interface Account {
  /** The e-mail of the account running the script; '' offline, where there is only one user. */
  email(): string;
}

/** A file or folder in the store: its id (for the store) and the link a person opens. */
export interface StoredFile {
  readonly id: string;
  readonly url: string;
}

export interface NewFile {
  readonly name: string;
  readonly mimeType: string;
  readonly content: string;
  /** Written in ISO 8859-15 (the FEC: shared/exports/latin9.ts encodes it) rather than UTF-8. */
  readonly encoding?: 'iso-8859-15';
  /** Also readable as a spreadsheet (a Google Sheet made from a CSV on Drive). */
  readonly asSheet?: boolean;
}

/** Folders and files with sharing: Drive on Google, a folder next to the workbook offline. */
export interface FileStore {
  /** The folder named in Paramètres › Dossier Drive (a link or an id), when the store knows it. */
  folderFromSetting(setting: string | null): string | null;
  /** Whether a folder or file still exists (not deleted, still visible to us). */
  exists(id: string): boolean;
  /** A folder of that name directly in `parent` (the store's root when null), if any. */
  findFolder(parent: string | null, name: string): string | null;
  createFolder(parent: string | null, name: string): string;
  folderUrl(id: string): string;
  /** Creates the file in the folder, or replaces the content of the one of the same name. */
  upsertFile(folder: string, file: NewFile): StoredFile;
  /** A shortcut named `name` in the folder to a file made elsewhere, once. */
  shortcut(folder: string, name: string, target: string): void;
  /** Shares the folder with this one person (commenter, notified), removing any other access. */
  shareOnlyWith(folder: string, email: string, message: string): void;
}

/** Where documents (ReportDoc) are written: Google Docs on Google, .docx files offline. */
export interface DocumentSink {
  /**
   * An empty document named `title` in `folder`, made at once so that its id can be stored under
   * the lock before the document is written, outside it (docs/architecture.md, "The report Doc").
   */
  create(title: string, folder: string): StoredFile;
  /**
   * Writes the document over `known` when it still exists, else as a new document in `folder`;
   * returns where it now is (the id may differ from `known`).
   */
  write(doc: ReportDoc, folder: string, known: string | null): StoredFile;
  /** The link of a document written earlier. */
  urlOf(id: string): string;
  /**
   * Lets this one person comment on the document, without a notification (the accountant's folder
   * share notifies), and removes any other commenter: never "anyone with the link".
   */
  shareForComments(id: string, email: string): void;
}

/** An entry of the Mémoire sheet (the association's log of events and decisions). */
export interface Note {
  readonly date: IsoDate;
  readonly title: string;
  readonly description: string;
  readonly link: string;
}

export interface Notes {
  /** Adds the entry; false when the Mémoire sheet cannot take it (absent, columns missing). */
  add(note: Note): boolean;
}

/** Everything a use case may use; each use case takes the part it needs. */
export interface Ports {
  readonly workbook: Workbook;
  readonly files: FileStore;
  readonly documents: DocumentSink;
  readonly lock: Lock;
  readonly clock: Clock;
  readonly requests: RequestLog;
  readonly cache: RequestCache;
  readonly account: Account;
  readonly notes: Notes;
  /** The spreadsheet's name (the file's, offline), for folders when Paramètres names no association. */
  workbookTitle(): string;
}
