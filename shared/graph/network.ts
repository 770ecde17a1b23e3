/**
 * The partnership network as a graph (docs/domain.md, "Pictures of the network and the atlas"):
 * partners, persons, projects, groups and committees, and the dossiers a committee reviews.
 * Edges: a person to the partner of its Organisation; a person to each group it sits on (Membres,
 * the mandate running during the fiscal year when one is given); a group to its project and dossier
 * (and a dossier to the committee its Comité names); a convention's partner to its project.
 * References to unknown rows are left out here: the checks report them.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { emptyGraph, link, node, type CitegoGraph } from './model';

/** Several IDs in one cell, as Mémoire allows: separated by `;` or `,`. */
export const refList = (cell: string | null): string[] =>
  (cell ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A fiscal year: its first and last days. */
export interface Period {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** Whether dates (a blank end is open) meet the period, or always when no period is asked. */
export function during(period: Period | null, since: IsoDate | null, until: IsoDate | null): boolean {
  if (period === null) return true;
  return (since === null || since <= period.last) && (until === null || until >= period.first);
}

function addNodes(g: CitegoGraph, book: ParsedWorkbook): void {
  const at = (sheet: string | null, row: number) => ({ sheet, row });
  for (const p of book.partners.records) {
    if (p.id && !g.hasNode(p.id)) g.addNode(p.id, node(p.name ?? p.id, 'partner', p.type ?? 'autre', at(book.partners.sheet, p.row)));
  }
  for (const p of book.projects.records) {
    if (p.code && !g.hasNode(p.code)) g.addNode(p.code, node(p.code, 'project', 'projet', at(book.projects.sheet, p.row)));
  }
  for (const gr of book.groups.records) {
    if (gr.id && !g.hasNode(gr.id))
      g.addNode(gr.id, node(gr.name ?? gr.id, 'group', gr.type ?? 'groupe de travail', at(book.groups.sheet, gr.row)));
  }
  for (const p of book.persons.records) {
    if (p.id && !g.hasNode(p.id)) g.addNode(p.id, node(p.name ?? p.id, 'person', 'personne', at(book.persons.sheet, p.row)));
  }
  // Only the dossiers a group or committee works on: the network is about people, not every fiche.
  const reviewed = new Set([
    ...book.groups.records.map((r) => r.dossier),
    ...book.dossiers.records.filter((d) => d.committee).map((d) => d.id),
  ]);
  for (const d of book.dossiers.records) {
    if (d.id && reviewed.has(d.id) && !g.hasNode(d.id))
      g.addNode(d.id, node(d.title ?? d.id, 'dossier', 'dossier', at(book.dossiers.sheet, d.row)));
  }
}

function addEdges(g: CitegoGraph, book: ParsedWorkbook, period: Period | null): void {
  for (const p of book.persons.records) {
    if (p.id && p.organisation) link(g, p.id, p.organisation, { kind: 'affiliation', label: p.role ?? '' });
  }
  for (const m of book.memberships.records) {
    if (m.person && m.group && during(period, m.since, m.until))
      link(g, m.person, m.group, { kind: 'membership', label: m.role ?? 'membre' });
  }
  for (const gr of book.groups.records) {
    if (!gr.id) continue;
    if (gr.project) link(g, gr.id, gr.project, { kind: 'scope', label: '' });
    if (gr.dossier) link(g, gr.id, gr.dossier, { kind: 'scope', label: '' });
  }
  for (const d of book.dossiers.records) {
    if (d.id && d.committee) link(g, d.committee, d.id, { kind: 'scope', label: '' });
  }
  for (const c of book.conventions.records) {
    const inYear = during(period, c.start ?? c.signedOn, c.end ?? c.start ?? c.signedOn);
    if (c.partner && c.project && inYear) link(g, c.partner, c.project, { kind: 'convention', label: c.id ?? '' });
  }
}

/** The network of the workbook; with a fiscal year, the memberships and conventions that ran during it. */
export function networkGraph(book: ParsedWorkbook, period: Period | null = null): CitegoGraph {
  const g = emptyGraph();
  addNodes(g, book);
  addEdges(g, book, period);
  g.forEachNode((id) => g.setNodeAttribute(id, 'weight', g.degree(id)));
  return g;
}
