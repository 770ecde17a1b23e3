/**
 * Server-side validation of the convention form: every field again (the form's checks are
 * for comfort only), with a message per field in the language of Paramètres. Nothing is
 * written unless all is valid. The scalar fields are a table of specs; the partner and the
 * schedule have their own validators.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { catalogue } from '../i18n/catalogue';
import { isEmailAddress } from '../values/email';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import { matchChoice } from '../sheets/parse/cells';
import { conventions, PARTNER_TYPES } from '../sheets/schema/tables';
import { FieldReader, isPlainObject, LIMITS, type Choices } from './form-fields';

export interface ValidConvention {
  readonly requestId: string;
  readonly id: string | null;
  readonly version: string | null;
  readonly title: string;
  readonly partnerId: string | null;
  readonly newPartner: { name: string; type: string; country: string; contact: string; email: string } | null;
  readonly type: string;
  readonly action: string | null;
  readonly project: string | null;
  readonly signedOn: IsoDate | null;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly amount: Cents;
  readonly direction: string;
  readonly status: string;
  readonly notes: string;
  readonly instalments: readonly { date: IsoDate; amount: Cents }[];
  readonly reports: readonly IsoDate[];
  readonly createFolder: boolean;
}

export type Validation = { ok: true; value: ValidConvention } | { ok: false; errors: Record<string, string>; message: string };

const choicesOf = (key: 'type' | 'action' | 'direction'): Choices => (conventions.columns[key].choices ?? []) as Choices;

type FieldSpec =
  | { readonly kind: 'text'; readonly max: number; readonly required: boolean }
  | { readonly kind: 'choice'; readonly choices: Choices; readonly required: boolean }
  | { readonly kind: 'date'; readonly required: boolean }
  | { readonly kind: 'money'; readonly required: boolean };

/** The form's plain fields, in the order the form shows them. */
const FIELDS = {
  title: { kind: 'text', max: LIMITS.title, required: true },
  type: { kind: 'choice', choices: choicesOf('type'), required: true },
  action: { kind: 'choice', choices: choicesOf('action'), required: false },
  direction: { kind: 'choice', choices: choicesOf('direction'), required: true },
  project: { kind: 'text', max: LIMITS.short, required: false },
  status: { kind: 'text', max: LIMITS.short, required: false },
  notes: { kind: 'text', max: LIMITS.notes, required: false },
  signedOn: { kind: 'date', required: false },
  start: { kind: 'date', required: true },
  end: { kind: 'date', required: true },
  amount: { kind: 'money', required: true },
} as const satisfies Record<string, FieldSpec>;

type FieldValues = { -readonly [K in keyof typeof FIELDS]: (typeof FIELDS)[K]['kind'] extends 'money' ? Cents | null : string | null };

function readField(f: FieldReader, name: string, spec: FieldSpec, value: unknown): string | Cents | null {
  switch (spec.kind) {
    case 'text':
      return f.text(name, value, spec.max, spec.required) || null;
    case 'choice':
      return f.choice(name, value, spec.choices, spec.required);
    case 'date':
      return f.date(name, value, spec.required);
    case 'money':
      return f.money(name, value, spec.required);
    default: {
      const never: never = spec;
      return never;
    }
  }
}

function readFields(f: FieldReader, r: Record<string, unknown>, book: ParsedWorkbook): FieldValues {
  const out: Record<string, string | Cents | null> = {};
  for (const [name, spec] of Object.entries(FIELDS) as [string, FieldSpec][]) out[name] = readField(f, name, spec, r[name]);
  const v = out as FieldValues;
  if (v.project && !book.projects.records.some((p) => p.code === v.project))
    f.fail('project', f.say.unknownProject(v.project.slice(0, 30)));
  if (v.start && v.end && v.end < v.start) f.fail('end', f.say.endBeforeStart());
  return v;
}

/** The request id (one save per click), and the convention being edited, which must still exist. */
function readIdentity(f: FieldReader, r: Record<string, unknown>, book: ParsedWorkbook) {
  const requestId = typeof r.requestId === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(r.requestId) ? r.requestId : null;
  if (!requestId) f.fail('form', f.say.missingRequestId());
  let id: string | null = null;
  if (r.id !== null && r.id !== undefined && r.id !== '') {
    if (typeof r.id !== 'string' || !book.conventions.records.some((c) => c.id === r.id))
      f.fail('form', f.say.conventionGone(String(r.id).slice(0, 30)));
    else id = r.id;
  }
  const version = typeof r.version === 'string' ? r.version.slice(0, 20000) : null;
  return { requestId, id, version };
}

/** A new partner typed in the form: text fields, a known type, a plain e-mail, a name not taken. */
function readNewPartner(f: FieldReader, raw: unknown, book: ParsedWorkbook): ValidConvention['newPartner'] {
  if (!isPlainObject(raw)) {
    f.fail('partner', f.say.unreadablePartner());
    return null;
  }
  const field = (k: string) =>
    typeof raw[k] === 'string' ? (raw[k] as string).trim() : raw[k] === undefined || raw[k] === null ? '' : null;
  const [name, type, country, contact, email] = ['name', 'type', 'country', 'contact', 'email'].map(field);
  if ([name, type, country, contact, email].some((x) => x === null)) f.fail('partnerName', f.say.textExpected());
  else if (!name) f.fail('partnerName', f.say.partnerNameRequired());
  else if ([name, country ?? '', contact ?? ''].some((t) => t.length > LIMITS.short))
    f.fail('partnerName', f.say.partnerFieldTooLong(LIMITS.short));
  else if (book.partners.records.some((x) => (x.name ?? '').toLowerCase() === name.toLowerCase()))
    f.fail('partnerName', f.say.partnerExists(name));
  const typeLabel = type ? matchChoice(PARTNER_TYPES, type) : null;
  if (type && !typeLabel) f.fail('partnerType', f.say.unknownPartnerType(PARTNER_TYPES.map((t) => t.label)));
  if (email && !isEmailAddress(email)) f.fail('partnerEmail', f.say.notAnEmail(email.slice(0, 40)));
  if (f.errors.partnerName || f.errors.partnerType || f.errors.partnerEmail) return null;
  return { name: name as string, type: typeLabel ?? 'autre', country: country ?? '', contact: contact ?? '', email: email ?? '' };
}

/** The partner: an existing one picked from the list, or a new one created with the convention. */
function readPartner(f: FieldReader, r: Record<string, unknown>, book: ParsedWorkbook) {
  if (r.newPartner !== null && r.newPartner !== undefined) return { partnerId: null, newPartner: readNewPartner(f, r.newPartner, book) };
  const pid = f.text('partnerId', r.partnerId, LIMITS.short);
  if (!pid) f.fail('partner', f.say.choosePartner());
  else if (!book.partners.records.some((p) => p.id === pid)) f.fail('partner', f.say.unknownPartner(pid.slice(0, 30)));
  else return { partnerId: pid, newPartner: null };
  return { partnerId: null, newPartner: null };
}

/** Instalments: dated positive amounts whose sum is the convention's amount. */
function readInstalments(f: FieldReader, raw: unknown, amount: Cents | null): { date: IsoDate; amount: Cents }[] {
  const instalments: { date: IsoDate; amount: Cents }[] = [];
  if (raw === undefined || raw === null) return instalments;
  if (!Array.isArray(raw) || raw.length > LIMITS.schedule) {
    f.fail('instalments', f.say.invalidSchedule(LIMITS.schedule));
    return instalments;
  }
  raw.forEach((it: unknown, i: number) => {
    if (!isPlainObject(it)) return f.fail(`instalment${i}`, f.say.unreadableInstalment());
    const d = f.date(`instalment${i}Date`, it.date, true);
    const a = f.money(`instalment${i}Amount`, it.amount, true);
    if (a === 0) f.fail(`instalment${i}Amount`, f.say.instalmentNotPositive());
    if (d && a) instalments.push({ date: d, amount: a });
  });
  if (instalments.length > 0 && instalments.length === raw.length && amount !== null) {
    const total = instalments.reduce((s, x) => s + x.amount, 0);
    if (total !== amount) f.fail('instalments', f.say.instalmentsTotal(total, amount));
  }
  return instalments;
}

/** Report deadlines: dates (or `{date}` objects). */
function readReports(f: FieldReader, raw: unknown): IsoDate[] {
  const reports: IsoDate[] = [];
  if (raw === undefined || raw === null) return reports;
  if (!Array.isArray(raw) || raw.length > LIMITS.schedule) {
    f.fail('reports', f.say.invalidReports(LIMITS.schedule));
    return reports;
  }
  raw.forEach((it: unknown, i: number) => {
    const d = f.date(`report${i}Date`, isPlainObject(it) ? it.date : it, true);
    if (d) reports.push(d);
  });
  return reports;
}

/** Validates a payload from the form (or from anyone calling google.script.run by hand). */
export function validateConvention(raw: unknown, book: ParsedWorkbook): Validation {
  const f = new FieldReader(catalogue(book.settings.language).form);
  if (!isPlainObject(raw)) return { ok: false, errors: { form: f.say.unreadableForm() }, message: f.say.unreadableForm() };
  const identity = readIdentity(f, raw, book);
  const v = readFields(f, raw, book);
  const partner = readPartner(f, raw, book);
  const instalments = readInstalments(f, raw.instalments, v.amount);
  const reports = readReports(f, raw.reports);
  if (raw.createFolder !== undefined && typeof raw.createFolder !== 'boolean') f.fail('createFolder', f.say.invalidValue());
  const count = Object.keys(f.errors).length;
  if (count > 0) return { ok: false, errors: f.errors, message: f.say.fieldsToFix(count) };
  return {
    ok: true,
    value: {
      ...(identity as { requestId: string; id: string | null; version: string | null }),
      ...partner,
      title: v.title as string,
      type: v.type as string,
      action: v.action,
      project: v.project,
      signedOn: v.signedOn as IsoDate | null,
      start: v.start as IsoDate,
      end: v.end as IsoDate,
      amount: v.amount as Cents,
      direction: v.direction as string,
      status: v.status ?? '',
      notes: v.notes ?? '',
      instalments,
      reports,
      createFolder: raw.createFolder !== false,
    },
  };
}
