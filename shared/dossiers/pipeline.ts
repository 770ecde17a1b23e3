/**
 * The dossier pipeline (docs/domain.md, "Dossier pipeline"): every row of Dossiers — dossiers
 * thématiques and the fiches attached to them by Dossier parent — goes idée → rédaction →
 * relecture → publié; a row in relecture is reviewed by its Comité (a Groupe), whose members are
 * read from Membres and Personnes (or, on older sheets, Groupes › Membres).
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { readAtlas } from '../atlas/terms';

export const STAGES = ['idée', 'rédaction', 'relecture', 'publié'] as const;
export type Stage = (typeof STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** A fiche de cas or d'analyse belongs to a dossier thématique (Dossier parent). */
export function isFiche(type: string | null): boolean {
  return type === 'fiche de cas' || type === "fiche d'analyse";
}

/** One stage on, or back: a dossier moves one step at a time (docs/domain.md, "Dossier pipeline"). */
export function isOneStep(from: Stage, to: Stage): boolean {
  return Math.abs(STAGES.indexOf(from) - STAGES.indexOf(to)) === 1;
}

export interface Reviewer {
  readonly id: string | null;
  readonly name: string;
  readonly role: string | null;
}

export interface DossierCard {
  readonly id: string;
  readonly title: string;
  readonly type: string | null;
  readonly stage: Stage | null;
  readonly parent: string | null;
  readonly fiches: readonly string[];
  readonly due: IsoDate | null;
  /** Due before today and not yet published. */
  readonly late: boolean;
  readonly url: string | null;
  readonly publishedOn: IsoDate | null;
  readonly committee: { readonly id: string; readonly name: string | null } | null;
  readonly reviewers: readonly Reviewer[];
  readonly terms: readonly string[];
  readonly row: number;
}

export interface DossierBoard {
  readonly today: IsoDate;
  /** The four stages in order, then the rows without a readable Statut (stage null). */
  readonly columns: readonly { readonly stage: Stage | null; readonly cards: readonly DossierCard[] }[];
  readonly late: readonly DossierCard[];
  /** Who reviews what: each reviewer of a dossier in relecture, with those dossiers' IDs. */
  readonly reviews: readonly { readonly reviewer: Reviewer; readonly dossiers: readonly string[] }[];
}

function activeOn(today: IsoDate, since: IsoDate | null, until: IsoDate | null): boolean {
  return (since === null || since <= today) && (until === null || until >= today);
}

/** The members of each group on `today`: Membres (names from Personnes), else the group's own Membres text. */
export function groupMembers(book: ParsedWorkbook, today: IsoDate): Map<string, Reviewer[]> {
  const names = new Map(book.persons.records.filter((p) => p.id).map((p) => [p.id as string, p.name ?? (p.id as string)]));
  const out = new Map<string, Reviewer[]>();
  for (const m of book.memberships.records) {
    if (!m.group || !m.person || !activeOn(today, m.since, m.until)) continue;
    const list = out.get(m.group) ?? [];
    list.push({ id: m.person, name: names.get(m.person) ?? m.person, role: m.role });
    out.set(m.group, list);
  }
  for (const g of book.groups.records) {
    if (!g.id || out.has(g.id) || !g.members) continue;
    out.set(
      g.id,
      g.members
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((name) => ({ id: null, name, role: null })),
    );
  }
  return out;
}

function cards(book: ParsedWorkbook, today: IsoDate): DossierCard[] {
  const members = groupMembers(book, today);
  const groupName = new Map(book.groups.records.filter((g) => g.id).map((g) => [g.id as string, g.name]));
  const terms = new Map<string, string[]>();
  for (const e of readAtlas(book).index) terms.set(e.content, [...(terms.get(e.content) ?? []), e.term]);
  const fiches = new Map<string, string[]>();
  for (const d of book.dossiers.records) if (d.id && d.parent) fiches.set(d.parent, [...(fiches.get(d.parent) ?? []), d.id]);
  return book.dossiers.records
    .filter((d) => !!d.id)
    .map((d) => {
      const id = d.id as string;
      const stage = d.status;
      return {
        id,
        title: d.title ?? '',
        type: d.type,
        stage,
        parent: d.parent,
        fiches: fiches.get(id) ?? [],
        due: d.due,
        late: d.due !== null && d.due < today && stage !== 'publié',
        url: d.url,
        publishedOn: d.publishedOn,
        committee: d.committee ? { id: d.committee, name: groupName.get(d.committee) ?? null } : null,
        reviewers: d.committee ? (members.get(d.committee) ?? []) : [],
        terms: terms.get(id) ?? [],
        row: d.row,
      };
    });
}

function reviews(all: readonly DossierCard[]): DossierBoard['reviews'] {
  const byReviewer = new Map<string, { reviewer: Reviewer; dossiers: string[] }>();
  for (const c of all) {
    if (c.stage !== 'relecture') continue;
    for (const r of c.reviewers) {
      const key = r.id ?? r.name;
      const entry = byReviewer.get(key) ?? { reviewer: r, dossiers: [] };
      entry.dossiers.push(c.id);
      byReviewer.set(key, entry);
    }
  }
  return [...byReviewer.values()].sort((a, b) => a.reviewer.name.localeCompare(b.reviewer.name, 'fr'));
}

/** The board of the pipeline on `today`. */
export function dossierBoard(book: ParsedWorkbook, today: IsoDate): DossierBoard {
  const all = cards(book, today);
  const byDue = (a: DossierCard, b: DossierCard) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id);
  const columns = [...STAGES, null].map((stage) => ({ stage, cards: all.filter((c) => c.stage === stage).sort(byDue) }));
  return {
    today,
    columns: columns.filter((c) => c.stage !== null || c.cards.length > 0),
    late: all.filter((c) => c.late).sort(byDue),
    reviews: reviews(all),
  };
}
