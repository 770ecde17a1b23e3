/**
 * The « Groupes et comités » forms checked on the server (docs/domain.md, "Groups and committees"):
 * a new group or committee, a membership added, a mandate ended. Anything may come through
 * google.script.run, so every field is checked again; a bad value is a message under its field.
 */
import { catalogue } from '../i18n/catalogue';
import type { GroupsFormMessages } from '../i18n/fr/groups-form';
import type { Lang } from '../i18n/lang';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { formatDateFr, parseDate, type IsoDate } from '../values/dates';
import { GROUP_TYPES, isActive, ROLES } from './groups';

export interface GroupPayload {
  readonly requestId: string;
  readonly name: string;
  readonly type: string;
  readonly project: string;
  readonly dossier: string;
  /** The person (PE- ID) who leads it: an animateur mandate starting today is added with the group. */
  readonly animateur: string;
}

export interface MembershipPayload {
  readonly requestId: string;
  readonly group: string;
  readonly person: string;
  readonly role: string;
  /** `JJ/MM/AAAA` or `YYYY-MM-DD`; today when empty. */
  readonly since: string;
}

export interface EndPayload {
  readonly requestId: string;
  readonly group: string;
  readonly person: string;
  /** `JJ/MM/AAAA` or `YYYY-MM-DD`; today when empty. */
  readonly until: string;
}

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly message: string };

const NAME_MAX = 120;

/** Reads one form's fields, collecting a message per bad field. */
class Fields {
  readonly errors: Record<string, string> = {};
  readonly say: GroupsFormMessages;
  constructor(
    private readonly raw: Record<string, unknown>,
    lang: Lang,
  ) {
    this.say = catalogue(lang).groupsForm;
  }
  text(name: string, max: number, required: boolean): string {
    const v = this.raw[name];
    const text = typeof v === 'string' ? v.trim() : '';
    if (v !== undefined && v !== null && typeof v !== 'string') this.fail(name, this.say.required());
    else if (required && !text) this.fail(name, this.say.required());
    else if (text.length > max) this.fail(name, this.say.tooLong(max));
    return text;
  }
  date(name: string, today: IsoDate): IsoDate {
    const typed = this.text(name, 20, false);
    if (!typed) return today;
    const d = parseDate(typed, 'UTC');
    if (d.ok) return d.date;
    this.fail(name, this.say.badDate(typed));
    return today;
  }
  fail(name: string, message: string): void {
    if (!(name in this.errors)) this.errors[name] = message;
  }
  result<T>(value: T): Checked<T> {
    const n = Object.keys(this.errors).length;
    return n === 0 ? { ok: true, value } : { ok: false, errors: this.errors, message: this.say.fieldsToFix(n) };
  }
}

function fields(raw: unknown, book: ParsedWorkbook): Fields | null {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? new Fields(raw as Record<string, unknown>, book.settings.language)
    : null;
}

const has = (ids: readonly (string | null)[], id: string) => ids.includes(id);

function knownPerson(f: Fields, book: ParsedWorkbook, name: string): string {
  const id = f.text(name, 40, true);
  if (
    id &&
    !has(
      book.persons.records.map((p) => p.id),
      id,
    )
  )
    f.fail(name, f.say.unknownPerson(id.slice(0, 40)));
  return id;
}

function knownGroup(f: Fields, book: ParsedWorkbook): string {
  const id = f.text('group', 40, true);
  if (
    id &&
    !has(
      book.groups.records.map((g) => g.id),
      id,
    )
  )
    f.fail('group', f.say.unknownGroup(id.slice(0, 40)));
  return id;
}

export function checkGroup(raw: unknown, book: ParsedWorkbook): Checked<Omit<GroupPayload, 'requestId'>> | null {
  const f = fields(raw, book);
  if (!f) return null;
  const name = f.text('name', NAME_MAX, true);
  const type = f.text('type', 40, true);
  if (type && !GROUP_TYPES.includes(type)) f.fail('type', f.say.unknownType());
  const project = f.text('project', 40, false);
  if (
    project &&
    !has(
      book.projects.records.map((p) => p.code),
      project,
    )
  )
    f.fail('project', f.say.unknownProject(project.slice(0, 40)));
  const dossier = f.text('dossier', 40, false);
  if (
    dossier &&
    !has(
      book.dossiers.records.map((d) => d.id),
      dossier,
    )
  )
    f.fail('dossier', f.say.unknownDossier(dossier.slice(0, 40)));
  // The rules the checks hold the sheet to (docs/domain.md): a committee is attached to what it reviews or steers.
  if (type === 'comité de relecture' && !dossier) f.fail('dossier', f.say.reviewNeedsDossier());
  if (type === 'comité de pilotage' && !project) f.fail('project', f.say.steeringNeedsProject());
  const animateur = knownPerson(f, book, 'animateur');
  return f.result({ name, type, project, dossier, animateur });
}

export function checkMembership(
  raw: unknown,
  book: ParsedWorkbook,
  today: IsoDate,
): Checked<Omit<MembershipPayload, 'requestId' | 'since'> & { since: IsoDate }> | null {
  const f = fields(raw, book);
  if (!f) return null;
  const group = knownGroup(f, book);
  const person = knownPerson(f, book, 'person');
  const role = f.text('role', 40, false) || 'membre';
  if (!ROLES.includes(role)) f.fail('role', f.say.unknownRole());
  const since = f.date('since', today);
  const running = book.memberships.records.some((m) => m.group === group && m.person === person && isActive(m.until, today));
  if (group && person && running) f.fail('person', f.say.alreadyMember(person, group));
  return f.result({ group, person, role, since });
}

export function checkEnd(
  raw: unknown,
  book: ParsedWorkbook,
  today: IsoDate,
): Checked<{ group: string; person: string; until: IsoDate; row: number }> | null {
  const f = fields(raw, book);
  if (!f) return null;
  const group = knownGroup(f, book);
  const person = knownPerson(f, book, 'person');
  const until = f.date('until', today);
  const running = book.memberships.records.filter((m) => m.group === group && m.person === person && isActive(m.until, today));
  if (group && person && running.length === 0) f.fail('person', f.say.noActiveMandate(person, group));
  const since = running[0]?.since;
  if (since && until < since) f.fail('until', f.say.untilBeforeSince(formatDateFr(since)));
  return f.result({ group, person, until, row: running[0]?.row ?? 0 });
}
