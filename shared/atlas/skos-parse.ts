/**
 * A SKOS file in Turtle read with n3's parser, within bounds (docs/domain.md, "Atlas as SKOS"): the
 * text's size, the length of any one IRI or text, the characters its prefixes expand to, the number
 * of triples, concepts and relations are capped before anything is kept, so a hostile file (huge
 * literals, a prefix used a million times, deep nesting, a flood of triples) is refused quickly.
 */
import { Parser, type Quad } from 'n3';
import { refusal } from '../i18n/refusal';
import type { TypedRelation } from './skos-atlas';
import { RDF_TYPE, relationOfPredicate, SKOS } from './skos-vocabulary';

export const SKOS_LIMITS = {
  /** Characters of the file: a 5 000-term atlas with 20 000 relations is about 2 MB. */
  chars: 8_000_000,
  /** One IRI between `<` and `>`, and one text: the latter is a Sheets cell's limit. */
  iriChars: 4_096,
  textChars: 50_000,
  /** Every term's characters added up, prefixes expanded (the "billion laughs" of Turtle). */
  expandedChars: 40_000_000,
  triples: 400_000,
  concepts: 20_000,
  relations: 100_000,
} as const;

export interface SkosConcept {
  readonly iri: string;
  /** The prefLabel in French (or without a language tag), and in English. */
  readonly label: string | null;
  readonly english: string | null;
  readonly definition: string | null;
}

/** Between two concept IRIs. */
export type SkosRelation = TypedRelation;

export interface SkosFile {
  /** In the order the file first describes them. */
  readonly concepts: readonly SkosConcept[];
  readonly relations: readonly SkosRelation[];
  /** Each collection's label and member IRIs (the atlas' domains). */
  readonly collections: readonly { readonly label: string; readonly members: readonly string[] }[];
}

/**
 * Refuses, in one linear pass, an IRI longer than the cap: n3 resolves every relative IRI against
 * the base, so a huge `@base` would cost its length at each use.
 */
function refuseLongIris(text: string): void {
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) run = 0;
    else if (run >= 0) {
      if (c === 62 /* > */ || c <= 32 || c === 34 /* " */) run = -1;
      else if (++run > SKOS_LIMITS.iriChars) throw refusal('skosTooLong', lineAt(text, i), SKOS_LIMITS.iriChars);
    }
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** n3's syntax error said as the refusal: its line, and the text it stumbled on. */
function syntaxRefusal(e: unknown): never {
  const context = (e as { context?: { line?: number; token?: { value?: unknown; prefix?: unknown } } }).context;
  const line = context?.line;
  if (typeof line !== 'number') throw e;
  const token = context?.token;
  const near = token
    ? `${typeof token.prefix === 'string' && token.prefix !== '' ? `${token.prefix}:` : ''}${String(token.value ?? '')}`
    : (/Unexpected "([^"]{0,40})/.exec(String((e as Error).message))?.[1] ?? '');
  throw refusal('skosSyntax', line, near.slice(0, 40));
}

function parseQuads(text: string): Quad[] {
  if (text.length > SKOS_LIMITS.chars) throw refusal('skosTooBig', SKOS_LIMITS.chars);
  refuseLongIris(text);
  let quads: Quad[];
  try {
    // No callback: n3 parses synchronously as it lexes, without a token array.
    quads = new Parser({ format: 'text/turtle' }).parse(text);
  } catch (e) {
    syntaxRefusal(e);
  }
  if (quads.length > SKOS_LIMITS.triples) throw refusal('skosTooMany', SKOS_LIMITS.triples, 'triples');
  let expanded = 0;
  // A length is known without building the string (a prefixed name is its prefix joined to the rest).
  const tooLong = (n: number, max: number) => {
    if (n > max) throw refusal('skosTooLong', null, max);
    return n;
  };
  for (const q of quads) {
    expanded += tooLong(q.subject.value.length, SKOS_LIMITS.iriChars) + tooLong(q.predicate.value.length, SKOS_LIMITS.iriChars);
    expanded += tooLong(q.object.value.length, q.object.termType === 'Literal' ? SKOS_LIMITS.textChars : SKOS_LIMITS.iriChars);
  }
  if (expanded > SKOS_LIMITS.expandedChars) throw refusal('skosTooBig', SKOS_LIMITS.chars);
  return quads;
}

interface Described {
  concept: boolean;
  collection: boolean;
  label: string | null;
  plain: string | null;
  english: string | null;
  definition: string | null;
  plainDefinition: string | null;
  members: string[];
}

function describe(quads: readonly Quad[]): Map<string, Described> {
  const out = new Map<string, Described>();
  const at = (iri: string): Described => {
    let d = out.get(iri);
    if (!d) {
      d = {
        concept: false,
        collection: false,
        label: null,
        plain: null,
        english: null,
        definition: null,
        plainDefinition: null,
        members: [],
      };
      out.set(iri, d);
    }
    return d;
  };
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode') continue;
    const d = at(q.subject.value);
    const p = q.predicate.value;
    const o = q.object;
    if (p === RDF_TYPE) {
      if (o.value === `${SKOS}Concept`) d.concept = true;
      if (o.value === `${SKOS}Collection`) d.collection = true;
    } else if (o.termType === 'Literal' && (p === `${SKOS}prefLabel` || p === `${SKOS}definition`)) {
      const lang = o.language.toLowerCase();
      const text = o.value.trim();
      if (p === `${SKOS}definition`) {
        if (lang.startsWith('fr')) d.definition ??= text;
        else if (lang === '') d.plainDefinition ??= text;
      } else if (lang.startsWith('fr')) d.label ??= text;
      else if (lang.startsWith('en')) d.english ??= text;
      else if (lang === '') d.plain ??= text;
    } else if (p === `${SKOS}member` && o.termType === 'NamedNode') d.members.push(o.value);
  }
  return out;
}

/** The concepts, relations and collections of a SKOS file in Turtle; refused (with its line) when malformed or too large. */
export function parseSkos(text: string): SkosFile {
  const quads = parseQuads(text);
  const described = describe(quads);
  const concepts: SkosConcept[] = [];
  for (const [iri, d] of described) {
    if (!d.concept && (d.collection || (d.label ?? d.plain) === null)) continue;
    concepts.push({ iri, label: d.label ?? d.plain, english: d.english, definition: d.definition ?? d.plainDefinition });
  }
  if (concepts.length > SKOS_LIMITS.concepts) throw refusal('skosTooMany', SKOS_LIMITS.concepts, 'concepts');
  const known = new Set(concepts.map((c) => c.iri));
  const relations: SkosRelation[] = [];
  for (const q of quads) {
    const relation = relationOfPredicate(q.predicate.value);
    if (relation && known.has(q.subject.value) && known.has(q.object.value))
      relations.push({ from: q.subject.value, relation, to: q.object.value });
  }
  if (relations.length > SKOS_LIMITS.relations) throw refusal('skosTooMany', SKOS_LIMITS.relations, 'relations');
  const collections = [...described.values()]
    .filter((d) => d.collection && (d.label ?? d.plain))
    .map((d) => ({ label: (d.label ?? d.plain) as string, members: d.members }));
  return { concepts, relations, collections };
}
