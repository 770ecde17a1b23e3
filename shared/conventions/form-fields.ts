/**
 * Reading one form field at a time, server side: each reader returns the clean value or null
 * and notes the problem under the field's name (what the sidebar shows under that field).
 */
import type { FormMessages } from '../i18n/fr/form';
import { parseDate, type IsoDate } from '../values/dates';
import { parseAmount, type Cents } from '../values/money';
import { matchChoice } from '../sheets/parse/cells';

export const LIMITS = { title: 200, notes: 2000, short: 120, schedule: 60 };
const MAX_AMOUNT = 10_000_000_000; // 100 millions d'euros, in cents

export type Choices = readonly { label: string; synonyms?: readonly string[] }[];

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.prototype.toString.call(v) === '[object Object]';
}

const absent = (v: unknown) => v === undefined || v === null || v === '';

export class FieldReader {
  readonly errors: Record<string, string> = {};

  constructor(readonly say: FormMessages) {}

  fail(field: string, message: string): void {
    this.errors[field] = message;
  }

  text(field: string, value: unknown, max: number, required = false): string {
    if (absent(value)) {
      if (required) this.fail(field, this.say.required());
      return '';
    }
    if (typeof value !== 'string') {
      this.fail(field, this.say.textExpected());
      return '';
    }
    const t = value.trim();
    if (t.length > max) this.fail(field, this.say.tooLong(t.length, max));
    else if (required && t === '') this.fail(field, this.say.required());
    return t;
  }

  date(field: string, value: unknown, required: boolean): IsoDate | null {
    if (absent(value)) {
      if (required) this.fail(field, this.say.dateRequired());
      return null;
    }
    if (typeof value !== 'string') {
      this.fail(field, this.say.dateExpected());
      return null;
    }
    const d = parseDate(value.trim(), 'UTC');
    if (d.ok) return d.date;
    this.fail(field, this.say.notADate(value.trim().slice(0, 20)));
    return null;
  }

  money(field: string, value: unknown, required: boolean): Cents | null {
    if (absent(value)) {
      if (required) this.fail(field, this.say.amountRequired());
      return null;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.fail(field, this.say.amountExpected());
      return null;
    }
    const a = parseAmount(typeof value === 'string' ? value.slice(0, 40) : value);
    if (!a.ok) {
      this.fail(field, this.say.notAnAmount(String(value).slice(0, 20)));
      return null;
    }
    if (a.cents < 0) this.fail(field, this.say.negativeAmount());
    else if (a.cents > MAX_AMOUNT) this.fail(field, this.say.amountTooLarge());
    return a.cents;
  }

  choice(field: string, value: unknown, choices: Choices, required: boolean): string | null {
    const v = this.text(field, value, LIMITS.short, required);
    if (!v) return null;
    const m = matchChoice(choices, v);
    if (!m) this.fail(field, this.say.unknownChoice(choices.map((c) => c.label)));
    return m;
  }
}
