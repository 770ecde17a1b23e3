/**
 * rpc getDigest and setDigest, and the time trigger sendWeeklyDigest: the weekly e-mail of the
 * calendar, opt in per user (docs/domain.md, "Memory and calendar"). Turning it on makes one weekly
 * trigger (never a second: Google allows 20 per user per script); turning it off removes it. A failed
 * send is tried once more, then kept in the user's store and shown in the calendar sidebar until the
 * user saves the digest's settings again: never silently dropped.
 */
import { readCalendar } from '../calendar/read';
import { digestMail } from '../calendar/reminders';
import { addDays } from '../values/dates';
import { refusal } from '../i18n/refusal';
import { isEmailAddress } from '../values/email';
import type { IsoDate } from '../values/dates';
import { associationName } from './folders';
import type { Ports } from './ports';
import type { ReminderPorts } from './reminder-ports';

/** The top-level function the trigger calls (apps-script/index.ts, TIMED). */
export const DIGEST_HANDLER = 'sendWeeklyDigest';
/** The user's store: the addresses chosen; the last send and the last failure. */
const SETTINGS_KEY = 'citego.digest';
const LOG_KEY = 'citego.digestLog';
export const MAX_DIGEST_ADDRESSES = 10;

export interface DigestFailure {
  readonly date: string;
  readonly why: string;
}

export interface DigestStatus {
  readonly on: boolean;
  readonly emails: readonly string[];
  readonly lastSent: string | null;
  /** The last send that failed twice (or had no quota left), shown until the settings are saved again. */
  readonly failure: DigestFailure | null;
}

interface DigestLog {
  lastSent: string | null;
  failure: DigestFailure | null;
}

function readJson<T>(r: ReminderPorts, key: string, fallback: T): T {
  try {
    const raw = r.user.get(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function getDigest(_p: Ports, r: ReminderPorts): DigestStatus {
  const log = readJson<DigestLog>(r, LOG_KEY, { lastSent: null, failure: null });
  const emails = readJson<string[]>(r, SETTINGS_KEY, []);
  return { on: r.triggers.has(DIGEST_HANDLER), emails, lastSent: log.lastSent, failure: log.failure };
}

function parseAddresses(raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.length > MAX_DIGEST_ADDRESSES) throw refusal('argDigestEmails', MAX_DIGEST_ADDRESSES);
  const emails: string[] = [];
  for (const e of raw) {
    if (typeof e !== 'string') throw refusal('argEmail');
    const t = e.trim();
    if (!isEmailAddress(t)) throw refusal('argEmailText', t.slice(0, 60));
    if (!emails.includes(t.toLowerCase())) emails.push(t.toLowerCase());
  }
  return emails;
}

/** On: these addresses, and one weekly trigger; off: the trigger removed. Either clears the last failure. */
export function setDigest(p: Ports, r: ReminderPorts, on: unknown, addresses: unknown): DigestStatus {
  if (typeof on !== 'boolean') throw refusal('argDigestOn');
  const emails = on ? parseAddresses(addresses) : [];
  if (on && emails.length === 0) throw refusal('argDigestEmails', MAX_DIGEST_ADDRESSES);
  // The trigger first: when Google refuses it (its limit), nothing else has changed.
  if (on && !r.triggers.has(DIGEST_HANDLER)) r.triggers.createWeekly(DIGEST_HANDLER);
  if (!on) r.triggers.remove(DIGEST_HANDLER);
  const log = readJson<DigestLog>(r, LOG_KEY, { lastSent: null, failure: null });
  r.user.set(SETTINGS_KEY, JSON.stringify(emails));
  r.user.set(LOG_KEY, JSON.stringify({ ...log, failure: null }));
  return getDigest(p, r);
}

function errorText(e: unknown): string {
  const m =
    typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as Error).message : String(e);
  return m.split('\n')[0].slice(0, 300);
}

/**
 * The trigger's work: this week's items to the addresses chosen, once a week at most (a second run
 * within six days, or a call from a browser console, sends nothing). Returns what happened.
 */
export function sendWeeklyDigest(p: Ports, r: ReminderPorts): 'sent' | 'skipped' | 'failed' | 'off' {
  const emails = readJson<string[]>(r, SETTINGS_KEY, []);
  if (emails.length === 0) {
    r.triggers.remove(DIGEST_HANDLER);
    return 'off';
  }
  const today = p.clock.today();
  const log = readJson<DigestLog>(r, LOG_KEY, { lastSent: null, failure: null });
  if (log.lastSent && addDays(log.lastSent as IsoDate, 6) > today) return 'skipped';
  const { book, items } = readCalendar(p.workbook, today, 'fr');
  const lang = book.settings.language;
  const mail = digestMail(items, today, associationName(p, book.settings), lang);
  const fail = (why: string) => (r.user.set(LOG_KEY, JSON.stringify({ ...log, failure: { date: today, why } })), 'failed' as const);
  if (r.mail.remainingQuota() < emails.length) return fail('quota');
  for (let attempt = 1; ; attempt++) {
    try {
      r.mail.send(emails, mail.subject, mail.body);
      r.user.set(LOG_KEY, JSON.stringify({ ...log, lastSent: today }));
      return 'sent';
    } catch (e) {
      if (attempt === 2) return fail(errorText(e));
    }
  }
}
