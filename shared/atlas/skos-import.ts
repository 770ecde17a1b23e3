/**
 * What importing a SKOS file would change in Atlas and Relations (docs/domain.md, "Atlas as SKOS"):
 * new terms, changed definitions, English labels and domains, new relations, and the relations
 * between two terms of the file that the file no longer states. A term absent from the file is
 * kept; a field the file leaves out is kept. Pure: the preview and the write share this plan.
 */
import { relationIdentity, termKey, type AtlasData, type AtlasRelation, type AtlasTerm, type TypedRelation } from './skos-atlas';
import type { SkosFile } from './skos-parse';

export type TermField = 'domain' | 'definition' | 'english';

export interface NewTerm {
  readonly term: string;
  readonly domain: string | null;
  readonly definition: string | null;
  readonly english: string | null;
}

export interface TermChange {
  readonly term: string;
  /** Its Atlas row. */
  readonly row: number;
  readonly field: TermField;
  readonly before: string | null;
  readonly after: string;
}

/** Between two terms, spelt as Atlas spells them. */
export type NewRelation = TypedRelation;

export interface SkosImportPlan {
  readonly newTerms: readonly NewTerm[];
  readonly changes: readonly TermChange[];
  readonly newRelations: readonly NewRelation[];
  readonly removedRelations: readonly AtlasRelation[];
  /** Terms of Atlas the file does not describe: kept as they are. */
  readonly absentTerms: readonly string[];
}

export function planIsEmpty(plan: SkosImportPlan): boolean {
  return plan.newTerms.length + plan.changes.length + plan.newRelations.length + plan.removedRelations.length === 0;
}

/** Each concept as a term: its label, and the domain of the first collection holding it. */
function fileTerms(file: SkosFile): { byIri: Map<string, NewTerm>; terms: NewTerm[] } {
  const domainOf = new Map<string, string>();
  for (const c of file.collections) for (const m of c.members) if (!domainOf.has(m)) domainOf.set(m, c.label);
  const byIri = new Map<string, NewTerm>();
  const byKey = new Map<string, NewTerm>();
  for (const c of file.concepts) {
    if (!c.label) continue;
    // Two concepts with one label are one term: the first one's fields are read.
    const term = byKey.get(termKey(c.label)) ?? {
      term: c.label,
      domain: domainOf.get(c.iri) ?? null,
      definition: c.definition,
      english: c.english,
    };
    byKey.set(termKey(c.label), term);
    byIri.set(c.iri, term);
  }
  return { byIri, terms: [...byKey.values()] };
}

function changesOf(sheet: AtlasTerm, file: NewTerm): TermChange[] {
  const out: TermChange[] = [];
  for (const field of ['domain', 'definition', 'english'] as const) {
    const after = file[field];
    if (after !== null && after !== sheet[field]) out.push({ term: sheet.term, row: sheet.row, field, before: sheet[field], after });
  }
  return out;
}

/** The changes the file brings to the workbook's atlas. */
export function planSkosImport(atlas: AtlasData, file: SkosFile): SkosImportPlan {
  const sheetTerms = new Map(atlas.terms.map((t) => [termKey(t.term), t]));
  const { byIri, terms } = fileTerms(file);
  const newTerms: NewTerm[] = [];
  const changes: TermChange[] = [];
  for (const t of terms) {
    const known = sheetTerms.get(termKey(t.term));
    if (known) changes.push(...changesOf(known, t));
    else newTerms.push(t);
  }
  // Relations are named with the sheet's spelling of a term when it has one.
  const spelt = (t: NewTerm) => sheetTerms.get(termKey(t.term))?.term ?? t.term;
  const stated = new Set(atlas.relations.map((r) => relationIdentity(r.from, r.relation, r.to)));
  const inFile = new Set<string>();
  const newRelations: NewRelation[] = [];
  for (const r of file.relations) {
    const from = byIri.get(r.from);
    const to = byIri.get(r.to);
    if (!from || !to) continue;
    const identity = relationIdentity(from.term, r.relation, to.term);
    if (!inFile.has(identity) && !stated.has(identity)) newRelations.push({ from: spelt(from), relation: r.relation, to: spelt(to) });
    inFile.add(identity);
  }
  const described = new Set(terms.map((t) => termKey(t.term)));
  // A relation is removed only when the file describes both its terms and no longer states it.
  const removedRelations = atlas.relations.filter(
    (r) => described.has(termKey(r.from)) && described.has(termKey(r.to)) && !inFile.has(relationIdentity(r.from, r.relation, r.to)),
  );
  const absentTerms = atlas.terms.filter((t) => !described.has(termKey(t.term))).map((t) => t.term);
  return { newTerms, changes, newRelations, removedRelations, absentTerms };
}
