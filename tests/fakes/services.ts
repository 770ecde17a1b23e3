/**
 * Fakes of the other Apps Script services the bundle uses: Ui (menus, alerts, sidebars),
 * HtmlService, LockService, PropertiesService, Session, Utilities. Each copies the documented
 * behaviour (developers.google.com/apps-script/reference/...) and counts its calls.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CallLog, counted } from './calls';
import { wallClock } from '../../shared/values/dates';
import { FakeDataValidationBuilder, FakeSpreadsheet } from './spreadsheet';
import { FakeBlob, FakeDrive } from './drive';
import { fakeCharts, fakeDocumentApp, type FakeDocument } from './document';
import { driveImporter } from './docs-import';
import { FakeMailApp, FakeScriptApp } from './script-app';

export class FakeMenu {
  readonly items: { label: string; fn: string }[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly title: string,
  ) {}
  addItem(label: string, fn: string): this {
    this.items.push({ label, fn });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeHtmlOutput {
  private title = '';
  constructor(
    readonly file: string,
    readonly content: string,
  ) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(): this {
    return this;
  }
  setHeight(): this {
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly alerts: string[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  constructor(readonly log: CallLog) {}
  createMenu(title: string): FakeMenu {
    return new FakeMenu(this, title);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, 'Add-on');
  }
  alert(a: string, b?: string): string {
    this.alerts.push(b === undefined || typeof b !== 'string' ? a : `${a}\n${b}`);
    return this.Button.OK;
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.sidebars.push(html);
  }
  showModalDialog(html: FakeHtmlOutput): void {
    this.sidebars.push(html);
  }
}

export function fakeHtmlService(distDir: string) {
  return {
    createHtmlOutputFromFile(name: string): FakeHtmlOutput {
      const file = join(distDir, `${name}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(name, readFileSync(file, 'utf8'));
    },
    createHtmlOutput(html: string): FakeHtmlOutput {
      return new FakeHtmlOutput('inline', String(html));
    },
  };
}

/**
 * LockService: a lock is held by one execution. waitLock waits up to its timeout, then throws
 * Google's message; tryLock waits, then answers false (the wait is counted on a virtual clock,
 * `waitedMs`). `holdByOther()` lets a test play a second user whose script holds the lock.
 */
export class FakeLock {
  private holder: 'me' | 'other' | null = null;
  waitedMs = 0;
  holdByOther(): void {
    this.holder = 'other';
  }
  releaseByOther(): void {
    if (this.holder === 'other') this.holder = null;
  }
  tryLock(ms: number): boolean {
    if (this.holder === 'other') {
      this.waitedMs += ms;
      return false;
    }
    this.holder = 'me';
    return true;
  }
  waitLock(ms: number): void {
    if (!this.tryLock(ms)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.holder === 'me';
  }
  releaseLock(): void {
    if (this.holder === 'me') this.holder = null;
  }
  /** Locks end with the execution. */
  endExecution(): void {
    if (this.holder === 'me') this.holder = null;
  }
}

/** PropertiesService quotas (docs/architecture.md): 9 KB a value, 500 KB a store, keys and values counted in bytes. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  private readonly data = new Map<string, string>();
  getProperty(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  /** Bytes used: what Google counts against the 500 KB of the store. */
  bytes(): number {
    let n = 0;
    for (const [k, v] of this.data) n += Buffer.byteLength(k) + Buffer.byteLength(v);
    return n;
  }
  setProperty(k: string, v: string): this {
    return this.setProperties({ [k]: v });
  }
  /** With `deleteAllOthers`, the store holds exactly `values` afterwards. */
  setProperties(values: Record<string, string>, deleteAllOthers = false): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(values)) {
      const value = String(v);
      if (Buffer.byteLength(value) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      next.set(k, value);
    }
    let total = 0;
    for (const [k, v] of next) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total > PROPERTY_STORE_LIMIT)
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return this;
  }
  deleteProperty(k: string): this {
    this.data.delete(k);
    return this;
  }
  deleteAllProperties(): this {
    this.data.clear();
    return this;
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

/**
 * CacheService's Cache (developers.google.com/apps-script/reference/cache/cache): keys up to 250
 * characters, values up to 100 KB, at most 1 000 items, entries kept `expirationInSeconds` (600 by
 * default, 6 hours at most) on a virtual clock the test can move (`advance`).
 */
export class FakeCache {
  private readonly entries = new Map<string, { value: string; until: number }>();
  constructor(private readonly clock: { nowMs: number }) {}
  private check(key: string): void {
    if (typeof key !== 'string' || key.length === 0) throw new Error('Invalid argument: key');
    if (key.length > 250) throw new Error('Argument too large: key');
  }
  get(key: string): string | null {
    this.check(key);
    const e = this.entries.get(key);
    return e && e.until > this.clock.nowMs ? e.value : null;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this.check(key);
    const text = String(value);
    if (Buffer.byteLength(text) > 100 * 1024) throw new Error('Argument too large: value');
    if (!(expirationInSeconds >= 1 && expirationInSeconds <= 21600)) throw new Error('Invalid argument: expirationInSeconds');
    this.entries.delete(key);
    this.entries.set(key, { value: text, until: this.clock.nowMs + expirationInSeconds * 1000 });
    // The cache holds 1 000 items at most: the oldest go first.
    while (this.entries.size > 1000) this.entries.delete(this.entries.keys().next().value as string);
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.entries.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.entries.delete(k);
  }
  /** Test helper: every live entry. */
  keys(): string[] {
    return [...this.entries].filter(([, e]) => e.until > this.clock.nowMs).map(([k]) => k);
  }
}

/** Session's User: who runs the script. */
export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

/** Utilities.formatDate with the SimpleDateFormat letters we use (yyyy MM dd HH mm ss). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const values: Record<string, string> = {
    yyyy: String(w.year),
    MM: two(w.month),
    dd: two(w.day),
    HH: two(w.hour),
    mm: two(w.minute),
    ss: two(w.second),
  };
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (tok) => values[tok]);
}

export interface GoogleFakes {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  documentLock: FakeLock;
  /** Shared by every user of the spreadsheet. */
  documentProperties: FakeProperties;
  documentCache: FakeCache;
  drive: FakeDrive;
  /** Installable triggers (per user, 20 at most) and the mail sent (per user daily quota). */
  scriptApp: FakeScriptApp;
  mailApp: FakeMailApp;
  documents: Map<string, FakeDocument>;
  charts: { title: string; rows: unknown[][] }[];
  /** The virtual clock of the caches (`nowMs`), which a test moves forward. */
  clock: { nowMs: number };
  /** Who runs the script now: Session's users and Drive's drive.file grants follow it. */
  user(): string;
  /** The next executions run as this user (the two-user harness). */
  switchUser(email: string): void;
  /** The raw fakes, by global name, behind the counting proxies the script sees. */
  globals: Record<string, unknown>;
}

/** One store per user: user properties and the user cache are the running user's own. */
function perUser<T>(current: () => string, make: () => T): () => T {
  const stores = new Map<string, T>();
  return () => {
    const me = current();
    if (!stores.has(me)) stores.set(me, make());
    return stores.get(me) as T;
  };
}

/** Every global the bundle may touch, wired to one spreadsheet, each reached through a counting proxy. */
export function makeGoogleFakes(opts: { distDir: string; spreadsheet?: FakeSpreadsheet; log?: CallLog; userEmail?: string }): GoogleFakes {
  const log = opts.log ?? opts.spreadsheet?.log ?? new CallLog();
  const spreadsheet = opts.spreadsheet ?? new FakeSpreadsheet(log);
  let current = opts.userEmail ?? 'secretaire@example.org';
  const user = () => current;
  const clock = { nowMs: Date.UTC(2025, 11, 3, 9) };
  const ui = new FakeUi(log);
  const documentLock = new FakeLock();
  const documentProperties = new FakeProperties();
  const scriptProperties = new FakeProperties();
  const userProperties = perUser(user, () => new FakeProperties());
  const documentCache = new FakeCache(clock);
  const scriptCache = new FakeCache(clock);
  const userCache = perUser(user, () => new FakeCache(clock));
  const drive = new FakeDrive(user);
  const documentApp = fakeDocumentApp(
    log,
    (name) => drive.Files.create({ name, mimeType: 'application/vnd.google-apps.document' }).id as string,
  );
  // Drive imports an HTML upload into a Doc (tests/fakes/docs-import.ts); its calls are the proxy's to count.
  drive.importer = driveImporter(log, documentApp.documents);
  const charts = fakeCharts(log);
  const scriptApp = new FakeScriptApp(user);
  const mailApp = new FakeMailApp(user);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      getUi: () => ui,
      flush: () => undefined,
      newDataValidation: () => new FakeDataValidationBuilder(),
    },
    HtmlService: fakeHtmlService(opts.distDir),
    LockService: {
      getDocumentLock: () => documentLock,
      getScriptLock: () => {
        throw new Error('The add-on must take the document lock, not the script lock (docs/architecture.md, Locks).');
      },
      getUserLock: () => documentLock,
    },
    PropertiesService: {
      getDocumentProperties: () => documentProperties,
      getScriptProperties: () => scriptProperties,
      getUserProperties: () => userProperties(),
    },
    CacheService: {
      getDocumentCache: () => documentCache,
      getScriptCache: () => scriptCache,
      getUserCache: () => userCache(),
    },
    Session: {
      getActiveUser: () => new FakeUser(current),
      getEffectiveUser: () => new FakeUser(current),
      getScriptTimeZone: () => spreadsheet.timeZone,
    },
    Utilities: {
      formatDate: (d: Date, tz: string, p: string) => formatDate(d, tz, p),
      newBlob: (data: string | readonly number[], contentType: string, name: string) => new FakeBlob(data, contentType, name),
      getUuid: () => `uuid-${log.total('Utilities.getUuid')}-${Math.random().toString(16).slice(2)}`,
    },
    Drive: drive,
    ScriptApp: scriptApp,
    MailApp: mailApp,
    DocumentApp: documentApp.service,
    Charts: charts.service,
    Logger: { log: () => undefined },
  };
  const seen: Record<string, unknown> = Object.fromEntries(Object.entries(globals).map(([k, v]) => [k, counted(log, k, v as object)]));
  // console is the runtime's, not a Google service: not counted.
  seen.console = {
    log: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (...a: unknown[]) =>
      process.env.FAKE_CONSOLE ? console.log('[gas]', ...a.map((x) => (x instanceof Error ? x.stack : x))) : undefined,
  };
  return {
    log,
    spreadsheet,
    ui,
    documentLock,
    documentProperties,
    documentCache,
    drive,
    scriptApp,
    mailApp,
    documents: documentApp.documents,
    charts: charts.made,
    clock,
    user,
    switchUser: (email) => {
      current = email;
    },
    globals: seen,
  };
}
