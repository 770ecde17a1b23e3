/**
 * What the weekly digest needs besides the workbook (docs/domain.md, "Memory and calendar"): the
 * user's time triggers (ScriptApp on Google: 20 per user per script), the mail service and its daily
 * quota (MailApp), and the user's own small store (user properties). Google's adapters are in
 * apps-script/reminders.ts; offline (the preview) they are kept in a JSON file and no mail leaves.
 */
export interface Triggers {
  /** Whether this user already has the weekly trigger that calls `handler`. */
  has(handler: string): boolean;
  /** A weekly time trigger calling `handler` (Monday morning). */
  createWeekly(handler: string): void;
  /** Removes this user's triggers calling `handler`; how many were removed. */
  remove(handler: string): number;
}

export interface Mailer {
  /** How many more recipients may be sent to today. */
  remainingQuota(): number;
  send(to: readonly string[], subject: string, body: string): void;
}

/** This user's own store (user properties on Google): the digest's settings and its last sends. */
export interface UserStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface ReminderPorts {
  readonly triggers: Triggers;
  readonly mail: Mailer;
  readonly user: UserStore;
}
