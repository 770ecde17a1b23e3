/**
 * Who sits where (docs/domain.md, "Partnership network"): the mandates of the Membres register,
 * and those of older sheets that list a group's members as text in Groupes.Membres (names or
 * person IDs, « Claire Martin (animatrice), PE-0004, A. Sow »). A name that matches no person is
 * kept aside, to be said in a finding, never guessed.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { MEMBER_ROLES } from '../sheets/schema/network-tables';
import { matchChoice } from '../sheets/parse/cells';
import type { IsoDate } from '../values/dates';
import { normalizeLabel } from '../values/text';

export type MemberRole = (typeof MEMBER_ROLES)[number]['label'];

/** One person's seat on one group, from a Membres row or from a group's Membres text. */
export interface Mandate {
  readonly group: string;
  readonly person: string;
  readonly role: MemberRole | null;
  readonly since: IsoDate | null;
  readonly until: IsoDate | null;
  /** `register`: a row of Membres; `listed`: a name in Groupes.Membres (a current member). */
  readonly source: 'register' | 'listed';
  readonly sheet: string;
  readonly row: number;
}

/** A group's Membres text, read: the persons it names and what matched no one. */
export interface ListedMembers {
  readonly group: string;
  readonly row: number;
  readonly persons: readonly { readonly person: string; readonly role: MemberRole | null }[];
  readonly unmatched: readonly string[];
}

export interface Network {
  readonly mandates: readonly Mandate[];
  readonly listed: readonly ListedMembers[];
  /** A person's ID by ID, full name or « C. Martin » (initial and surname, when only one person has it). */
  readonly personOf: (text: string) => string | null;
}

/** `claire martin` -> `c martin`: how older lists shorten a first name. */
function initialKey(name: string): string | null {
  const words = normalizeLabel(name).split(' ');
  return words.length < 2 ? null : `${words[0][0]} ${words[words.length - 1]}`;
}

function personIndex(book: ParsedWorkbook): (text: string) => string | null {
  const byId = new Set<string>();
  const byName = new Map<string, string | null>();
  const byInitial = new Map<string, string | null>();
  const put = (m: Map<string, string | null>, k: string | null, id: string) => {
    if (k) m.set(k, m.has(k) && m.get(k) !== id ? null : id);
  };
  for (const p of book.persons.records) {
    if (!p.id) continue;
    byId.add(p.id);
    if (p.name) {
      put(byName, normalizeLabel(p.name), p.id);
      put(byInitial, initialKey(p.name), p.id);
    }
  }
  return (text) => {
    const t = text.trim();
    if (byId.has(t)) return t;
    const full = byName.get(normalizeLabel(t));
    if (full) return full;
    const short = initialKey(t);
    return (short && byInitial.get(short)) || null;
  };
}

/** « Claire Martin (animatrice) » -> the name and the role in brackets, when it is one of the list. */
function splitRole(token: string): { name: string; role: MemberRole | null } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(token);
  if (!m) return { name: token, role: null };
  return { name: m[1], role: matchChoice(MEMBER_ROLES, m[2]) as MemberRole | null };
}

function readListed(book: ParsedWorkbook, personOf: (t: string) => string | null): ListedMembers[] {
  const out: ListedMembers[] = [];
  for (const g of book.groups.records) {
    if (!g.id || !g.members) continue;
    const persons: ListedMembers['persons'][number][] = [];
    const unmatched: string[] = [];
    for (const token of g.members.split(/[,;\n]/).map((t) => t.trim())) {
      if (!token) continue;
      const { name, role } = splitRole(token);
      const person = personOf(name);
      if (person) persons.push({ person, role });
      else unmatched.push(token);
    }
    out.push({ group: g.id, row: g.row, persons, unmatched });
  }
  return out;
}

function build(book: ParsedWorkbook): Network {
  const personOf = personIndex(book);
  const membersSheet = book.memberships.sheet ?? book.memberships.def.sheet;
  const mandates: Mandate[] = [];
  const registered = new Set<string>();
  for (const m of book.memberships.records) {
    if (!m.group || !m.person) continue;
    const person = personOf(m.person) ?? m.person;
    registered.add(`${m.group}|${person}`);
    mandates.push({
      group: m.group,
      person,
      role: m.role,
      since: m.since,
      until: m.until,
      source: 'register',
      sheet: membersSheet,
      row: m.row,
    });
  }
  const listed = readListed(book, personOf);
  const groupsSheet = book.groups.sheet ?? book.groups.def.sheet;
  for (const l of listed) {
    for (const p of l.persons) {
      if (registered.has(`${l.group}|${p.person}`)) continue;
      registered.add(`${l.group}|${p.person}`);
      mandates.push({
        group: l.group,
        person: p.person,
        role: p.role,
        since: null,
        until: null,
        source: 'listed',
        sheet: groupsSheet,
        row: l.row,
      });
    }
  }
  return { mandates, listed, personOf };
}

const BUILT = new WeakMap<ParsedWorkbook, Network>();

/** The workbook's mandates, read once per parsed workbook (the check and the partner card share them). */
export function network(book: ParsedWorkbook): Network {
  let n = BUILT.get(book);
  if (!n) {
    n = build(book);
    BUILT.set(book, n);
  }
  return n;
}

/** A mandate still running on `today`: no end date, or one not passed yet. */
export function isActive(m: Mandate, today: IsoDate): boolean {
  return m.until === null || m.until >= today;
}
