/**
 * The partnership network's rules (docs/domain.md, "Partnership network"): the Membres register
 * against Personnes and Groupes, the groups' animateurs, what the committees are attached to,
 * mandates ended but still listed, persons' organisations, opportunities' partners.
 */
import { catalogue } from '../../i18n/catalogue';
import { isActive, network } from '../../network/members';
import type { Finding } from '../../sheets/findings';
import { normalizeLabel } from '../../values/text';
import type { CheckContext, Rule } from '../context';

const say = (ctx: CheckContext) => catalogue(ctx.options.lang).people;

function ids(values: readonly (string | null)[]): Set<string> {
  return new Set(values.filter((v): v is string => !!v));
}

/** A partner is named by its ID or its name (without case and accents). */
function partnerKeys(ctx: CheckContext): Set<string> {
  return new Set(ctx.book.partners.records.flatMap((p) => [p.id ?? '', p.name ? normalizeLabel(p.name) : '']).filter((x) => x));
}

function isPartner(keys: ReadonlySet<string>, text: string): boolean {
  return keys.has(text) || keys.has(normalizeLabel(text));
}

/** `member.unknown`: a Membres row whose person is not in Personnes, or whose group is not in Groupes. */
export const memberUnknown: Rule = {
  id: 'member.unknown',
  severity: 'error',
  check(ctx) {
    const { book } = ctx;
    const out: Finding[] = [];
    const { personOf } = network(book);
    const groups = ids(book.groups.records.map((g) => g.id));
    for (const m of book.memberships.records) {
      if (book.persons.sheet !== null && m.person && !personOf(m.person)) {
        out.push(ctx.finding('member.unknown', 'error', book.memberships, m, 'person', say(ctx).memberNotPerson(m.person), [m.person]));
      }
      if (book.groups.sheet !== null && m.group && !groups.has(m.group)) {
        out.push(ctx.finding('member.unknown', 'error', book.memberships, m, 'group', say(ctx).memberNoGroup(m.group), [m.group]));
      }
    }
    return out;
  },
};

/** `member.unmatched`: names of a group's Membres text (older sheets) that match no person. */
export const memberUnmatched: Rule = {
  id: 'member.unmatched',
  severity: 'info',
  check(ctx) {
    const { book } = ctx;
    if (book.persons.sheet === null) return [];
    const rows = new Map(book.groups.records.map((g) => [g.row, g]));
    return network(book)
      .listed.filter((l) => l.unmatched.length > 0)
      .map((l) =>
        ctx.finding('member.unmatched', 'info', book.groups, rows.get(l.row) ?? null, 'members', say(ctx).unmatched(l.group, l.unmatched)),
      );
  },
};

/** `group.animator`: a group or committee with no animateur (or président) in office today. */
export const groupAnimator: Rule = {
  id: 'group.animator',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const led = new Set(
      network(book)
        .mandates.filter((m) => (m.role === 'animateur' || m.role === 'président') && isActive(m, ctx.options.today))
        .map((m) => m.group),
    );
    return book.groups.records
      .filter((g) => g.id && !led.has(g.id))
      .map((g) =>
        ctx.finding('group.animator', 'warning', book.groups, g, 'name', say(ctx).noAnimator(g.id ?? '', g.name ?? ''), [g.id ?? '']),
      );
  },
};

/** `group.dossier`: a review committee attached to no dossier (Groupes.Dossier, or a dossier's Comité), or to an unknown one. */
export const groupDossier: Rule = {
  id: 'group.dossier',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const out: Finding[] = [];
    const known = ids(book.dossiers.records.map((d) => d.id));
    const reviewed = ids(book.dossiers.records.map((d) => d.committee));
    for (const g of book.groups.records) {
      if (g.type !== 'comité de relecture' || !g.id) continue;
      if (g.dossier && book.dossiers.sheet !== null && !known.has(g.dossier)) {
        out.push(
          ctx.finding('group.dossier', 'warning', book.groups, g, 'dossier', say(ctx).committeeUnknownDossier(g.id, g.dossier), [g.id]),
        );
      } else if (!g.dossier && !reviewed.has(g.id)) {
        out.push(
          ctx.finding('group.dossier', 'warning', book.groups, g, 'dossier', say(ctx).committeeNoDossier(g.id, g.name ?? ''), [g.id]),
        );
      }
    }
    return out;
  },
};

/** `group.project`: a steering committee whose project is not a training project (Projets' Action = formation). */
export const groupProject: Rule = {
  id: 'group.project',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const out: Finding[] = [];
    const projects = new Map(book.projects.records.map((p) => [p.code, p]));
    for (const g of book.groups.records) {
      if (g.type !== 'comité de pilotage' || !g.id) continue;
      const project = g.project ? projects.get(g.project) : undefined;
      // An unknown project code is ref.unknown's finding; an unreadable Action is unknown, not wrong.
      if (g.project && (!project || book.projects.invalid.get(project.row)?.has('action'))) continue;
      if (project?.action === 'formation') continue;
      const message =
        g.project && project
          ? say(ctx).steeringNotTraining(g.id, g.project, project.action ?? '—')
          : say(ctx).steeringNoProject(g.id, g.name ?? '');
      out.push(ctx.finding('group.project', 'warning', book.groups, g, 'project', message, [g.id]));
    }
    return out;
  },
};

/** `member.ended`: a Membres mandate ended (Jusqu'au passed) while Groupes.Membres still lists the person, with no renewed mandate. */
export const memberEnded: Rule = {
  id: 'member.ended',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const { mandates, listed } = network(book);
    const today = ctx.options.today;
    const stillListed = new Set(listed.flatMap((l) => l.persons.map((p) => `${l.group}|${p.person}`)));
    const running = new Set(mandates.filter((m) => m.source === 'register' && isActive(m, today)).map((m) => `${m.group}|${m.person}`));
    const names = new Map(book.persons.records.map((p) => [p.id, p.name]));
    const rows = new Map(book.memberships.records.map((m) => [m.row, m]));
    const out: Finding[] = [];
    for (const m of mandates) {
      const key = `${m.group}|${m.person}`;
      if (m.source !== 'register' || isActive(m, today) || !m.until || !stillListed.has(key) || running.has(key)) continue;
      const who = names.get(m.person) ?? m.person;
      out.push(
        ctx.finding(
          'member.ended',
          'warning',
          book.memberships,
          rows.get(m.row) ?? null,
          'until',
          say(ctx).mandateEnded(who, m.group, m.until),
          [m.person, m.group],
        ),
      );
    }
    return out;
  },
};

/** `person.organisation`: a person whose Organisation is neither a partner's ID nor its name (blank = an independent expert). */
export const personOrganisation: Rule = {
  id: 'person.organisation',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    if (book.partners.sheet === null) return [];
    const known = partnerKeys(ctx);
    return book.persons.records
      .filter((p) => p.organisation && !isPartner(known, p.organisation))
      .map((p) =>
        ctx.finding(
          'person.organisation',
          'warning',
          book.persons,
          p,
          'organisation',
          say(ctx).organisationUnknown(p.name ?? p.id ?? '', p.organisation ?? ''),
          [p.organisation ?? ''],
        ),
      );
  },
};

/** `opportunity.partner`: an opportunity with no partner, or one Partenaires does not have. */
export const opportunityPartner: Rule = {
  id: 'opportunity.partner',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const known = partnerKeys(ctx);
    const blankInvalid = (row: number) => book.opportunities.invalid.get(row)?.has('partner') ?? false;
    const out: Finding[] = [];
    for (const o of book.opportunities.records) {
      const id = o.id ?? o.title ?? '';
      if (!o.partner && !blankInvalid(o.row)) {
        out.push(ctx.finding('opportunity.partner', 'warning', book.opportunities, o, 'partner', say(ctx).opportunityNoPartner(id), [id]));
      } else if (o.partner && book.partners.sheet !== null && !isPartner(known, o.partner)) {
        out.push(
          ctx.finding(
            'opportunity.partner',
            'warning',
            book.opportunities,
            o,
            'partner',
            say(ctx).opportunityUnknownPartner(id, o.partner),
            [o.partner],
          ),
        );
      }
    }
    return out;
  },
};

export const NETWORK_RULES: readonly Rule[] = [
  memberUnknown,
  memberUnmatched,
  groupAnimator,
  groupDossier,
  groupProject,
  memberEnded,
  personOrganisation,
  opportunityPartner,
];
