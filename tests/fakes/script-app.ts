/**
 * Fakes of ScriptApp (installable triggers) and MailApp, as Google documents them
 * (developers.google.com/apps-script/reference/script/script-app, .../mail/mail-app, and the
 * quotas page): triggers belong to the user who made them, 20 per user per script; a time-based
 * trigger needs a frequency before create(); MailApp counts recipients against a daily quota and
 * throws Google's message once it is spent. Every call is counted through the harness's proxy.
 */
export const TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export class FakeTrigger {
  constructor(
    readonly owner: string,
    readonly id: string,
    private readonly handler: string,
    readonly schedule: { weekDay: string; hour: number },
  ) {}
  getHandlerFunction(): string {
    return this.handler;
  }
  getUniqueId(): string {
    return this.id;
  }
  getEventType(): string {
    return 'CLOCK';
  }
}

class FakeClockTriggerBuilder {
  private weekDay: string | null = null;
  private hour = 0;
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}
  onWeekDay(day: string): this {
    this.weekDay = day;
    return this;
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    this.hour = hour;
    return this;
  }
  create(): FakeTrigger {
    if (this.weekDay === null) throw new Error('The trigger needs a frequency: call everyDays, everyWeeks or onWeekDay first.');
    return this.app.add(this.handler, { weekDay: this.weekDay, hour: this.hour });
  }
}

export class FakeScriptApp {
  readonly WeekDay = {
    MONDAY: 'MONDAY',
    TUESDAY: 'TUESDAY',
    WEDNESDAY: 'WEDNESDAY',
    THURSDAY: 'THURSDAY',
    FRIDAY: 'FRIDAY',
    SATURDAY: 'SATURDAY',
    SUNDAY: 'SUNDAY',
  };
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
  /** Every user's triggers of this script. */
  readonly all: FakeTrigger[] = [];
  private next = 1;
  constructor(private readonly user: () => string) {}

  add(handler: string, schedule: { weekDay: string; hour: number }): FakeTrigger {
    if (this.all.filter((t) => t.owner === this.user()).length >= TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    const t = new FakeTrigger(this.user(), `trigger-${this.next++}`, handler, schedule);
    this.all.push(t);
    return t;
  }
  newTrigger(handler: string) {
    return { timeBased: () => new FakeClockTriggerBuilder(this, handler) };
  }
  /** The current user's triggers of this project (Google returns no one else's). */
  getProjectTriggers(): FakeTrigger[] {
    return this.all.filter((t) => t.owner === this.user());
  }
  deleteTrigger(trigger: FakeTrigger): void {
    const i = this.all.findIndex((t) => t.id === trigger.getUniqueId() && t.owner === this.user());
    if (i < 0) throw new Error('No trigger with that id for this user.');
    this.all.splice(i, 1);
  }
  getOAuthToken(): string {
    return 'token';
  }
}

export interface SentMail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

export class FakeMailApp {
  readonly sent: SentMail[] = [];
  /** Recipients left today, per user (100 for a consumer account). */
  private readonly left = new Map<string, number>();
  constructor(
    private readonly user: () => string,
    private readonly dailyQuota = 100,
  ) {}
  getRemainingDailyQuota(): number {
    return this.left.get(this.user()) ?? this.dailyQuota;
  }
  setRemaining(n: number): void {
    this.left.set(this.user(), n);
  }
  sendEmail(message: { to: string; subject: string; body: string; name?: string }): void {
    const recipients = message.to.split(',').filter(Boolean).length;
    if (recipients === 0) throw new Error('Failed to send email: no recipient');
    if (this.getRemainingDailyQuota() < recipients) throw new Error(MAIL_QUOTA_MESSAGE);
    this.left.set(this.user(), this.getRemainingDailyQuota() - recipients);
    this.sent.push({ from: this.user(), to: message.to, subject: message.subject, body: message.body });
  }
}
