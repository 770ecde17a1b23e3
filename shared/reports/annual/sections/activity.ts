import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock, ReportCell } from '../../doc';
import { amount, commentaryBlock, count, pct, table, titled, txt } from '../blocks';
import type { Commentary } from '../commentary';
import type { ActivityFigures } from '../figures';

function agreements(a: ActivityFigures, m: ReportMessages): ReportBlock[] {
  return [
    { kind: 'heading', level: 2, text: m.agreementsOfYear },
    table(
      [m.action, m.agreements, m.amountIn, m.amountOut],
      a.byAction.map((x) => [
        txt(x.action === null ? m.noAction : titled(x.action)),
        count(x.conventions),
        amount(x.amountIn),
        amount(x.amountOut),
      ]),
    ),
    table(
      [m.partnerType, m.agreements],
      a.byPartnerType.map((x) => [txt(x.type ?? m.otherType), count(x.conventions)]),
    ),
  ];
}

function newPartners(a: ActivityFigures, m: ReportMessages): ReportBlock[] {
  if (a.newPartners.length === 0) return [];
  const describe = (p: ActivityFigures['newPartners'][number]) =>
    `${p.name}${p.type ? ` (${p.type}${p.country ? `, ${p.country}` : ''})` : ''}`;
  return [
    { kind: 'heading', level: 2, text: m.newPartners },
    { kind: 'bullets', items: a.newPartners.map(describe) },
  ];
}

/** Each project's réalisé is every charge booked on it; a last row holds the rest, so that the total is the compte de résultat's. */
function projects(a: ActivityFigures, m: ReportMessages): ReportBlock[] {
  const p = a.projects;
  const rows: ReportCell[][] = p.rows.map((x) => [
    txt(`${x.code} — ${x.title}`),
    txt(titled(x.action)),
    amount(x.planned),
    amount(x.actual),
    pct(x.progress),
  ]);
  if (p.unassigned !== 0) rows.push([txt(m.unassignedProject), null, null, amount(p.unassigned), null]);
  rows.push([txt(m.total, true), null, amount(p.planned, true), amount(p.actual, true), null]);
  return [
    { kind: 'heading', level: 2, text: m.projects },
    table([m.project, m.action, m.plannedCosts, m.actual, m.progress], rows, 2),
    { kind: 'paragraph', style: 'note', text: m.projectsNote },
  ];
}

function dossiersAndGroups(a: ActivityFigures, m: ReportMessages): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: m.published }];
  blocks.push(
    a.published.length > 0
      ? { kind: 'bullets', items: a.published.map((d) => `${d.title} (${d.type}, ${m.date(d.publishedOn)})`) }
      : { kind: 'paragraph', text: m.nonePublished },
  );
  if (a.groups.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: m.groups },
      { kind: 'bullets', items: a.groups.map((g) => `${g.name}${g.type ? ` — ${g.type}` : ''}${g.members ? ` : ${g.members}` : ''}`) },
    );
  return blocks;
}

function chronology(a: ActivityFigures, m: ReportMessages): ReportBlock[] {
  return [
    { kind: 'heading', level: 2, text: m.chronology },
    table(
      [m.dateHeader, m.type, m.event],
      a.chronology.map((e) => [{ date: e.date }, txt(e.type), txt(e.title)]),
      3,
    ),
  ];
}

/** The activity report: conventions, new partners, projects, dossiers, groups, the year's chronology. */
export function activitySection(a: ActivityFigures, m: ReportMessages, c: Commentary): ReportBlock[] {
  return [
    { kind: 'heading', level: 1, text: m.activity },
    ...commentaryBlock(c.activity),
    ...agreements(a, m),
    ...newPartners(a, m),
    ...projects(a, m),
    ...dossiersAndGroups(a, m),
    ...chronology(a, m),
  ];
}
