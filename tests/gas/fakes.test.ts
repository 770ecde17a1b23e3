/**
 * The fakes are as strict as Google (docs/architecture.md, "What Google does, and our fakes copy"):
 * a fake kinder than Google would let multi-user, quota and retry bugs pass.
 */
import { CallLog } from '../fakes/calls';
import { loadBundle } from '../fakes/harness';
import { FakeCache, FakeLock, FakeProperties } from '../fakes/services';
import { FakeSpreadsheet } from '../fakes/spreadsheet';

const A = 'tresoriere@citego.example';
const B = 'secretaire.generale@citego.example';

function drive() {
  const b = loadBundle({ spreadsheet: new FakeSpreadsheet(new CallLog()), userEmail: A });
  return { b, Drive: b.globals.Drive as typeof b.drive };
}

describe('Drive v3 under drive.file', () => {
  it('shows a file only to the user whose script made it, or who picked it', () => {
    const { b, Drive } = drive();
    const folder = Drive.Files.create({ name: 'Association', mimeType: 'application/vnd.google-apps.folder' });
    expect(Drive.Files.get(folder.id as string, { fields: 'id' })).toEqual({ id: folder.id });
    b.switchUser(B);
    expect(() => Drive.Files.get(folder.id as string, { fields: 'id' })).toThrow(`File not found: ${folder.id}.`);
    expect(Drive.Files.list({ q: "name = 'Association'", fields: 'files(id)' })).toEqual({ files: [] });
    expect(() => Drive.Files.create({ name: 'Rapports', parents: [folder.id as string] })).toThrow(`File not found: ${folder.id}.`);
    b.drive.pick(folder.id as string, B);
    expect(Drive.Files.list({ q: "name = 'Association'", fields: 'files(id)' })).toEqual({ files: [{ id: folder.id }] });
  });

  it('refuses a parent that does not exist, and a hand-made folder nobody picked', () => {
    const { b, Drive } = drive();
    expect(() => Drive.Files.create({ name: 'x', parents: ['0BwwA4oUTeiV1TGRPeTVjaWRDY1E'] })).toThrow('File not found');
    const mine = b.drive.addForeign('Dossier partagé');
    expect(() => Drive.Files.get(mine.id, {})).toThrow('File not found');
  });

  it('honours `fields`: Google’s defaults, only what is asked, an unknown field refused; About.get needs fields', () => {
    const { Drive } = drive();
    const made = Drive.Files.create({ name: 'Rapport', mimeType: 'text/plain' });
    expect(Object.keys(made).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(Drive.Files.get(made.id as string, { fields: 'id,webViewLink' })).toEqual({
      id: made.id,
      webViewLink: `https://drive.google.com/open?id=${made.id}`,
    });
    expect(() => Drive.Files.get(made.id as string, { fields: 'id,colour' })).toThrow('Invalid field selection colour');
    expect(() => Drive.About.get({})).toThrow("The 'fields' parameter is required");
    expect(Drive.About.get({ fields: 'user(emailAddress)' })).toEqual({ user: { emailAddress: A } });
  });
});

describe('PropertiesService quotas, counted in bytes', () => {
  it('9 KB a value: 4 700 « é » are 9 400 bytes and are refused', () => {
    const p = new FakeProperties();
    p.setProperty('ok', 'a'.repeat(9 * 1024));
    expect(() => p.setProperty('trop', 'é'.repeat(4700))).toThrow('Argument too large: value');
  });

  it('500 KB a store: the write that would pass it is refused with Google’s message and changes nothing', () => {
    const p = new FakeProperties();
    for (let i = 0; i < 56; i++) p.setProperty(`k${i}`, 'x'.repeat(9000));
    const before = p.bytes();
    expect(() => p.setProperty('encore', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(p.bytes()).toBe(before);
  });
});

describe('CacheService', () => {
  it('250-character keys, 100 KB values, 6 hours at most; an entry expires', () => {
    const clock = { nowMs: 0 };
    const c = new FakeCache(clock);
    expect(() => c.put('k'.repeat(251), 'v', 60)).toThrow('Argument too large: key');
    expect(() => c.put('k', 'v'.repeat(100 * 1024 + 1), 60)).toThrow('Argument too large: value');
    expect(() => c.put('k', 'v', 21601)).toThrow('expirationInSeconds');
    c.put('k', 'v', 21600);
    clock.nowMs += 21600 * 1000 - 1;
    expect(c.get('k')).toBe('v');
    clock.nowMs += 1;
    expect(c.get('k')).toBeNull();
  });
});

describe('LockService', () => {
  it('waitLock waits its whole timeout, then throws Google’s message', () => {
    const lock = new FakeLock();
    lock.holdByOther();
    expect(() => lock.waitLock(20_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.waitedMs).toBe(20_000);
    expect(lock.tryLock(500)).toBe(false);
    expect(lock.waitedMs).toBe(20_500);
  });
});

describe('the counting proxy', () => {
  it('counts every method of every fake, including ones no fake author listed, and only the script’s own calls', () => {
    const { b } = drive();
    const g = b.globals as Record<string, { [k: string]: (...a: unknown[]) => unknown }>;
    b.log.reset();
    (g.Session.getEffectiveUser() as { getEmail(): string }).getEmail();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet() as {
      insertSheet(n: string): { getRange(r: number, c: number): { getA1Notation(): string } };
    };
    ss.insertSheet('Journal').getRange(1, 1).getA1Notation();
    expect(b.log.snapshot()).toEqual({
      'Session.getEffectiveUser': 1,
      'User.getEmail': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.insertSheet': 1,
      'Sheet.getRange': 1,
      'Range.getA1Notation': 1,
    });
  });
});
