/**
 * The atlas written as SKOS in Turtle (docs/domain.md, "Atlas as SKOS"), with n3's writer: one
 * skos:ConceptScheme, one skos:Concept per term (prefLabel @fr and @en, definition, inScheme), the
 * typed relations as written in the sheets, each Domaine a skos:Collection of its terms, and the
 * terms with nothing broader as the scheme's top concepts.
 */
import { DataFactory, Writer, type Quad } from 'n3';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { atlasData, relationIdentity, termKey, type AtlasData, type AtlasRelation } from './skos-atlas';
import { DCT, RDF_TYPE, RELATION_PREDICATES, SKOS, RDFS_SEE_ALSO, skosBase, slug } from './skos-vocabulary';

const { namedNode, literal, quad } = DataFactory;

export interface SkosExport {
  readonly turtle: string;
  readonly concepts: number;
  readonly relations: number;
  /** Relations left out: one of their terms is not in Atlas (the atlas check reports them). */
  readonly skipped: readonly AtlasRelation[];
}

/** Each term's IRI: `<base><slug>`, a twin slug numbered in row order (`-2`, `-3`). */
export function conceptIris(atlas: AtlasData, base: string): Map<string, string> {
  const iris = new Map<string, string>();
  const taken = new Set<string>();
  for (const t of atlas.terms) {
    const s = slug(t.term);
    let candidate = s;
    for (let n = 2; taken.has(candidate); n++) candidate = `${s}-${n}`;
    taken.add(candidate);
    iris.set(termKey(t.term), `${base}${candidate}`);
  }
  return iris;
}

/** The domains' collections, in order of first use: `<base>domaine/<slug>`. */
function domainIris(atlas: AtlasData, base: string): Map<string, { iri: string; label: string }> {
  const out = new Map<string, { iri: string; label: string }>();
  for (const t of atlas.terms)
    if (t.domain && !out.has(termKey(t.domain))) out.set(termKey(t.domain), { iri: `${base}domaine/${slug(t.domain)}`, label: t.domain });
  return out;
}

function relationQuads(atlas: AtlasData, iris: Map<string, string>): { quads: Quad[]; skipped: AtlasRelation[]; narrowed: Set<string> } {
  const quads: Quad[] = [];
  const skipped: AtlasRelation[] = [];
  const narrowed = new Set<string>();
  const written = new Set<string>();
  for (const r of atlas.relations) {
    const from = iris.get(termKey(r.from));
    const to = iris.get(termKey(r.to));
    if (!from || !to) {
      skipped.push(r);
      continue;
    }
    // The same fact written twice (two rows, or its inverse) is said once.
    const identity = relationIdentity(r.from, r.relation, r.to);
    if (written.has(identity)) continue;
    written.add(identity);
    quads.push(quad(namedNode(from), namedNode(RELATION_PREDICATES[r.relation]), namedNode(to)));
    if (r.relation === 'plus large') narrowed.add(from);
    if (r.relation === 'plus précis') narrowed.add(to);
  }
  return { quads, skipped, narrowed };
}

/** The atlas as a Turtle document; `title` names the scheme (the association's atlas). */
export function atlasToSkos(atlas: AtlasData, base: string, title: string): SkosExport {
  const iris = conceptIris(atlas, base);
  const scheme = namedNode(base);
  const a = namedNode(RDF_TYPE);
  const skos = (local: string) => namedNode(`${SKOS}${local}`);
  const { quads: links, skipped, narrowed } = relationQuads(atlas, iris);
  const quads: Quad[] = [quad(scheme, a, skos('ConceptScheme')), quad(scheme, namedNode(`${DCT}title`), literal(title, 'fr'))];
  const bySubject = new Map<string, Quad[]>();
  for (const q of links) {
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  const tops = atlas.terms.map((t) => iris.get(termKey(t.term)) as string).filter((iri) => !narrowed.has(iri));
  for (const top of tops) quads.push(quad(scheme, skos('hasTopConcept'), namedNode(top)));
  for (const t of atlas.terms) {
    const c = namedNode(iris.get(termKey(t.term)) as string);
    quads.push(quad(c, a, skos('Concept')), quad(c, skos('prefLabel'), literal(t.term, 'fr')));
    if (t.english) quads.push(quad(c, skos('prefLabel'), literal(t.english, 'en')));
    if (t.definition) quads.push(quad(c, skos('definition'), literal(t.definition, 'fr')));
    quads.push(quad(c, skos('inScheme'), scheme));
    if (!narrowed.has(c.value)) quads.push(quad(c, skos('topConceptOf'), scheme));
    quads.push(...(bySubject.get(c.value) ?? []));
  }
  for (const [key, d] of domainIris(atlas, base)) {
    const col = namedNode(d.iri);
    quads.push(quad(col, a, skos('Collection')), quad(col, skos('prefLabel'), literal(d.label, 'fr')));
    for (const t of atlas.terms)
      if (t.domain && termKey(t.domain) === key) quads.push(quad(col, skos('member'), namedNode(iris.get(termKey(t.term)) as string)));
  }
  return { turtle: writeTurtle(quads, base), concepts: atlas.terms.length, relations: links.length, skipped };
}

function writeTurtle(quads: readonly Quad[], base: string): string {
  const writer = new Writer({
    prefixes: { skos: SKOS, rdfs: RDFS_SEE_ALSO.replace(/seeAlso$/, ''), dct: DCT, atlas: base, domaine: `${base}domaine/` },
  });
  writer.addQuads([...quads]);
  let out = '';
  // Without an output stream n3's writer ends synchronously (N3Writer.end).
  writer.end((error: Error | null, result: string) => {
    if (error) throw error;
    out = result;
  });
  return out;
}

/** The workbook's atlas as SKOS: IRIs under Paramètres › Site web, the scheme named after the association. */
export function workbookToSkos(book: ParsedWorkbook): SkosExport {
  const name = book.settings.associationName.trim();
  return atlasToSkos(atlasData(book), skosBase(book.settings.website), name ? `Atlas relationnel — ${name}` : 'Atlas relationnel');
}
