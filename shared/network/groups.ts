/**
 * Groups and committees (docs/domain.md, "Groups and committees"): who sits where, a person's
 * history of mandates, and the search of persons by name, expertise, organisation type and country.
 * Pure; the search also runs in the sidebar.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { MEMBER_ROLES } from '../sheets/schema/network-tables';
import { groups } from '../sheets/schema/tables';
import type { IsoDate } from '../values/dates';
import { normalizeLabel } from '../values/text';

export const GROUP_TYPES: readonly string[] = (groups.columns.type.choices ?? []).map((c) => c.label);
export const ROLES: readonly string[] = MEMBER_ROLES.map((r) => r.label);

export interface GroupSummary {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly project: string;
  readonly dossier: string;
  /** Names of the active animateurs. */
  readonly animateurs: readonly string[];
  /** Active mandates. */
  readonly members: number;
}

export interface PersonSummary {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly organisationName: string;
  readonly organisationType: string;
  readonly country: string;
  readonly expertise: string;
  readonly role: string;
}

/** One row of Membres: a person's mandate in a group. */
export interface Mandate {
  readonly group: string;
  readonly groupName: string;
  readonly person: string;
  readonly personName: string;
  readonly role: string;
  readonly since: IsoDate | null;
  readonly until: IsoDate | null;
  /** Its row in Membres (1-based), to end it. */
  readonly row: number;
  /** Not ended as of today (no Jusqu'au, or one still to come). */
  readonly active: boolean;
}

export interface GroupsView {
  readonly today: IsoDate;
  readonly groups: readonly GroupSummary[];
  readonly persons: readonly PersonSummary[];
  readonly mandates: readonly Mandate[];
  readonly projects: readonly { readonly code: string; readonly title: string }[];
  readonly dossiers: readonly { readonly id: string; readonly title: string }[];
  readonly groupTypes: readonly string[];
  readonly roles: readonly string[];
}

export function isActive(until: IsoDate | null, today: IsoDate): boolean {
  return until === null || until >= today;
}

function personsOf(book: ParsedWorkbook): PersonSummary[] {
  const orgs = new Map(book.partners.records.map((p) => [p.id, p]));
  return book.persons.records
    .filter((p) => p.id)
    .map((p) => {
      const org = p.organisation ? orgs.get(p.organisation) : undefined;
      return {
        id: p.id as string,
        name: p.name ?? '',
        organisation: p.organisation ?? '',
        organisationName: org?.name ?? '',
        organisationType: org?.type ?? '',
        country: p.country ?? '',
        expertise: p.expertise ?? '',
        role: p.role ?? '',
      };
    });
}

function mandatesOf(book: ParsedWorkbook, persons: readonly PersonSummary[], today: IsoDate): Mandate[] {
  const groupNames = new Map(book.groups.records.map((g) => [g.id, g.name ?? '']));
  const personNames = new Map(persons.map((p) => [p.id, p.name]));
  return book.memberships.records
    .filter((m) => m.group && m.person)
    .map((m) => ({
      group: m.group as string,
      groupName: groupNames.get(m.group) ?? '',
      person: m.person as string,
      personName: personNames.get(m.person as string) ?? '',
      role: m.role ?? '',
      since: m.since,
      until: m.until,
      row: m.row,
      active: isActive(m.until, today),
    }));
}

/** Everything the « Groupes et comités » sidebar shows. */
export function groupsView(book: ParsedWorkbook, today: IsoDate): GroupsView {
  const persons = personsOf(book);
  const mandates = mandatesOf(book, persons, today);
  const summaries = book.groups.records
    .filter((g) => g.id)
    .map((g) => {
      const mine = mandates.filter((m) => m.group === g.id && m.active);
      return {
        id: g.id as string,
        name: g.name ?? '',
        type: g.type ?? '',
        project: g.project ?? '',
        dossier: g.dossier ?? '',
        animateurs: mine.filter((m) => m.role === 'animateur').map((m) => m.personName || m.person),
        members: mine.length,
      };
    });
  return {
    today,
    groups: summaries,
    persons,
    mandates,
    projects: book.projects.records.filter((p) => p.code).map((p) => ({ code: p.code as string, title: p.title ?? '' })),
    dossiers: book.dossiers.records.filter((d) => d.id).map((d) => ({ id: d.id as string, title: d.title ?? '' })),
    groupTypes: GROUP_TYPES,
    roles: ROLES,
  };
}

/** A person's mandates, oldest first (the history kept in Membres). */
export function personHistory(mandates: readonly Mandate[], person: string): Mandate[] {
  return mandates.filter((m) => m.person === person).sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '') || a.row - b.row);
}

export interface PersonQuery {
  /** Words found in the name, the expertise, the organisation's name or the function (accents and case ignored). */
  readonly text: string;
  /** A partner type (Partenaires › Type), or '' for any. */
  readonly organisationType: string;
  /** A country, or '' for any. */
  readonly country: string;
}

/** The persons matching every word of the query and both filters. */
export function searchPersons(persons: readonly PersonSummary[], q: PersonQuery): PersonSummary[] {
  const words = normalizeLabel(q.text).split(' ').filter(Boolean);
  const country = normalizeLabel(q.country);
  return persons.filter((p) => {
    if (q.organisationType && p.organisationType !== q.organisationType) return false;
    if (country && normalizeLabel(p.country) !== country) return false;
    const hay = normalizeLabel(`${p.name} ${p.expertise} ${p.organisationName} ${p.role}`);
    return words.every((w) => hay.includes(w));
  });
}
