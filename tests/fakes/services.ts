/**
 * Fakes of the other Apps Script services the bundle uses: Ui (menus, alerts, sidebars),
 * HtmlService, LockService, PropertiesService, Session, Utilities. Each copies the documented
 * behaviour (developers.google.com/apps-script/reference/...) and counts its calls.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CallLog } from './calls';
import { wallClock } from '../../shared/values/dates';
import { FakeDataValidationBuilder, FakeSpreadsheet } from './spreadsheet';
import { FakeBlob, FakeDrive } from './drive';
import { fakeCharts, fakeDocumentApp, type FakeDocument } from './document';
import { driveImporter } from './docs-import';

export class FakeMenu {
  readonly items: { label: string; fn: string }[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly title: string,
  ) {}
  addItem(label: string, fn: string): this {
    this.ui.log.hit('Menu.addItem');
    this.items.push({ label, fn });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.ui.log.hit('Menu.addToUi');
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
    this.log.hit('Ui.createMenu');
    return new FakeMenu(this, title);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, 'Add-on');
  }
  alert(a: string, b?: string): string {
    this.log.hit('Ui.alert');
    this.alerts.push(b === undefined || typeof b !== 'string' ? a : `${a}\n${b}`);
    return this.Button.OK;
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.log.hit('Ui.showSidebar');
    this.sidebars.push(html);
  }
  showModalDialog(html: FakeHtmlOutput): void {
    this.sidebars.push(html);
  }
}

export function fakeHtmlService(log: CallLog, distDir: string) {
  return {
    createHtmlOutputFromFile(name: string): FakeHtmlOutput {
      log.hit('HtmlService.createHtmlOutputFromFile');
      const file = join(distDir, `${name}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(name, readFileSync(file, 'utf8'));
    },
    createHtmlOutput(html: string): FakeHtmlOutput {
      log.hit('HtmlService.createHtmlOutput');
      return new FakeHtmlOutput('inline', String(html));
    },
  };
}

/**
 * LockService: a lock is held by one execution; waitLock throws on timeout, tryLock answers false.
 * `holdByOther()` lets a test play a second user whose script holds the lock.
 */
export class FakeLock {
  private holder: 'me' | 'other' | null = null;
  constructor(private readonly log: CallLog) {}
  holdByOther(): void {
    this.holder = 'other';
  }
  releaseByOther(): void {
    if (this.holder === 'other') this.holder = null;
  }
  tryLock(_ms: number): boolean {
    this.log.hit('Lock.tryLock');
    if (this.holder === 'other') return false;
    this.holder = 'me';
    return true;
  }
  waitLock(ms: number): void {
    this.log.hit('Lock.waitLock');
    if (!this.tryLock(ms)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.holder === 'me';
  }
  releaseLock(): void {
    this.log.hit('Lock.releaseLock');
    if (this.holder === 'me') this.holder = null;
  }
  /** Locks end with the execution. */
  endExecution(): void {
    if (this.holder === 'me') this.holder = null;
  }
}

export class FakeProperties {
  private readonly data = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  getProperty(k: string): string | null {
    this.log.hit('Properties.getProperty');
    return this.data.get(k) ?? null;
  }
  setProperty(k: string, v: string): this {
    this.log.hit('Properties.setProperty');
    const value = String(v);
    // PropertiesService: 9 KB per value.
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.data.set(k, value);
    return this;
  }
  deleteProperty(k: string): this {
    this.data.delete(k);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
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
  documentProperties: FakeProperties;
  drive: FakeDrive;
  documents: Map<string, FakeDocument>;
  charts: { title: string; rows: unknown[][] }[];
  globals: Record<string, unknown>;
}

/** Every global the bundle may touch, wired to one spreadsheet. */
export function makeGoogleFakes(opts: { distDir: string; spreadsheet?: FakeSpreadsheet; log?: CallLog; userEmail?: string }): GoogleFakes {
  const log = opts.log ?? opts.spreadsheet?.log ?? new CallLog();
  const spreadsheet = opts.spreadsheet ?? new FakeSpreadsheet(log);
  const ui = new FakeUi(log);
  const documentLock = new FakeLock(log);
  const documentProperties = new FakeProperties(log);
  const scriptProperties = new FakeProperties(log);
  const userProperties = new FakeProperties(log);
  const drive = new FakeDrive(log, opts.userEmail ?? 'secretaire@example.org');
  const documentApp = fakeDocumentApp(log, (name) => drive.Files.create({ name, mimeType: 'application/vnd.google-apps.document' }).id);
  drive.importer = driveImporter(log, documentApp.documents);
  const charts = fakeCharts(log);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (log.hit('SpreadsheetApp.getActiveSpreadsheet'), spreadsheet),
      getActive: () => (log.hit('SpreadsheetApp.getActive'), spreadsheet),
      getUi: () => (log.hit('SpreadsheetApp.getUi'), ui),
      flush: () => log.hit('SpreadsheetApp.flush'),
      newDataValidation: () => new FakeDataValidationBuilder(log),
    },
    HtmlService: fakeHtmlService(log, opts.distDir),
    LockService: {
      getDocumentLock: () => (log.hit('LockService.getDocumentLock'), documentLock),
      getScriptLock: () => {
        throw new Error('The add-on must take the document lock, not the script lock (docs/architecture.md, Locks).');
      },
      getUserLock: () => documentLock,
    },
    PropertiesService: {
      getDocumentProperties: () => documentProperties,
      getScriptProperties: () => scriptProperties,
      getUserProperties: () => userProperties,
    },
    Session: {
      getActiveUser: () => ({ getEmail: () => opts.userEmail ?? 'secretaire@example.org' }),
      getEffectiveUser: () => ({ getEmail: () => opts.userEmail ?? 'secretaire@example.org' }),
      getScriptTimeZone: () => spreadsheet.timeZone,
    },
    Utilities: {
      formatDate: (d: Date, tz: string, p: string) => (log.hit('Utilities.formatDate'), formatDate(d, tz, p)),
      newBlob: (data: string | readonly number[], contentType: string, name: string) => (
        log.hit('Utilities.newBlob'),
        new FakeBlob(data, contentType, name)
      ),
      getUuid: () => `uuid-${log.total('Utilities.getUuid')}-${Math.random().toString(16).slice(2)}`,
    },
    Drive: drive,
    DocumentApp: documentApp.service,
    Charts: charts.service,
    Logger: { log: () => undefined },
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  };
  return { log, spreadsheet, ui, documentLock, documentProperties, drive, documents: documentApp.documents, charts: charts.made, globals };
}
