/** The atlas as SKOS: written in Turtle, read back by n3, imported (preview, then write) and exported again unchanged. */
import { Parser } from 'n3';
import { atlasData } from '../../shared/atlas/skos-atlas';
import { applySkosImport } from '../../shared/atlas/skos-apply';
import { workbookToSkos } from '../../shared/atlas/skos-export';
import { planIsEmpty, planSkosImport } from '../../shared/atlas/skos-import';
import { parseSkos } from '../../shared/atlas/skos-parse';
import { Refusal } from '../../shared/i18n/refusal';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { ATLAS_ROWS, RELATION_ROWS, atlasWorkbook } from './skos-fixture';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const exportOf = (wb: MemoryWorkbook) => workbookToSkos(readWorkbook(wb)).turtle;

function importInto(wb: MemoryWorkbook, turtle: string) {
  const plan = planSkosImport(atlasData(readWorkbook(wb)), parseSkos(turtle));
  applySkosImport(wb, plan);
  return plan;
}

/** What the user would get wrong: a message, in French, of the refusal thrown. */
function refusedWith(turtle: string): string {
  try {
    parseSkos(turtle);
  } catch (e) {
    if (e instanceof Refusal) return e.text('fr');
    throw e;
  }
  throw new Error('not refused');
}

describe('citego atlas --skos', () => {
  const turtle = exportOf(atlasWorkbook());
  const quads = new Parser().parse(turtle);
  const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
  const iri = (slug: string) => `https://www.citego.org/atlas/${slug}`;

  it('is Turtle that n3 reads back with one concept per Atlas term, its labels, definition and scheme', () => {
    const concepts = quads.filter((q) => q.object.value === `${SKOS}Concept`).map((q) => q.subject.value);
    expect(concepts).toHaveLength(ATLAS_ROWS.length - 1);
    const labels = concepts.map((c) => objects(c, `${SKOS}prefLabel`).find((o) => o.termType === 'Literal' && o.language === 'fr')?.value);
    expect(labels).toEqual(ATLAS_ROWS.slice(1).map((r) => r[0]));
    const local = iri('gouvernance-locale');
    expect(objects(local, `${SKOS}prefLabel`).map((o) => `${o.value}@${(o as { language: string }).language}`)).toEqual([
      'Gouvernance locale@fr',
      'Local governance@en',
    ]);
    expect(objects(local, `${SKOS}definition`)[0].value).toBe('La gouvernance à l’échelle d’une commune\nou d’une intercommunalité.');
    expect(objects(iri('fiscalite-locale'), `${SKOS}prefLabel`)).toHaveLength(1); // no English label given
    expect(concepts.every((c) => objects(c, `${SKOS}inScheme`)[0]?.value === 'https://www.citego.org/atlas/')).toBe(true);
  });

  it('states every relation of Relations and of the older Lié à cells with its SKOS property, the unknown term left out', () => {
    const links = quads
      .filter((q) =>
        [`${SKOS}broader`, `${SKOS}narrower`, `${SKOS}related`, 'http://www.w3.org/2000/01/rdf-schema#seeAlso'].includes(q.predicate.value),
      )
      .map((q) => `${q.subject.value.split('/').pop()} ${q.predicate.value.split(/[#/]/).pop()} ${q.object.value.split('/').pop()}`)
      .sort();
    expect(links).toEqual(
      [
        'gouvernance-locale broader gouvernance-territoriale',
        'gouvernance-territoriale narrower democratie-participative',
        'budget-participatif related democratie-participative',
        'budget-participatif broader finances-locales',
        'cooperation-decentralisee related gouvernance-territoriale',
        'economie-sociale-et-solidaire seeAlso cooperation-decentralisee',
        'jumelage broader cooperation-decentralisee',
        'fiscalite-locale broader finances-locales',
        'jumelage seeAlso cooperation-decentralisee',
        'jumelage seeAlso gouvernance-locale',
      ].sort(),
    );
    expect(RELATION_ROWS.length - 2 + 3).toBe(links.length + 1 - 1); // 7 typed rows kept, 3 legacy links, 1 unknown term dropped
    expect(workbookToSkos(readWorkbook(atlasWorkbook())).skipped.map((r) => r.to)).toEqual(['Urbanisme tactique']);
  });

  it('makes each Domaine a collection and the terms with nothing broader the top concepts', () => {
    const members = objects(iri('domaine/cooperation'), `${SKOS}member`).map((o) => o.value);
    expect(members).toEqual([iri('cooperation-decentralisee'), iri('jumelage')]);
    const tops = objects('https://www.citego.org/atlas/', `${SKOS}hasTopConcept`).map((o) => o.value.split('/').pop());
    expect(tops).toEqual(['gouvernance-territoriale', 'finances-locales', 'cooperation-decentralisee', 'economie-sociale-et-solidaire']);
  });

  it('uses a default base without Site web, and gives twins and non-Latin terms stable distinct IRIs', () => {
    const wb = atlasWorkbook('');
    wb.sheets.get('Atlas')?.push(['gouvernance locale', '', '', '', '', ''], ['治理', '', '', '', '', '']);
    const t = exportOf(wb);
    expect(t).toContain('@prefix atlas: <https://citego.invalid/atlas/>.');
    expect(t).not.toContain('gouvernance-locale-2'); // a twin differing by case is the same term
    expect(t).toMatch(/atlas:t-[0-9a-f]{8} a skos:Concept;\n\s+skos:prefLabel "治理"@fr/);
    expect(exportOf(wb)).toBe(t);
  });
});

describe('citego atlas --import', () => {
  it('finds nothing to change in our own export, and the export after it is the same file', () => {
    const wb = atlasWorkbook();
    const before = exportOf(wb);
    const plan = importInto(wb, before);
    expect(planIsEmpty(plan)).toBe(true);
    expect(plan.absentTerms).toEqual([]);
    expect(exportOf(wb)).toBe(before);
  });

  it('fills an empty workbook from the export: exporting it again gives the same concepts and relations', () => {
    const source = exportOf(atlasWorkbook());
    const empty = new MemoryWorkbook({ Paramètres: atlasWorkbook().sheets.get('Paramètres') as never });
    const plan = importInto(empty, source);
    expect(plan.newTerms).toHaveLength(9);
    expect(plan.newRelations).toHaveLength(10);
    expect(empty.sheets.get('Relations')?.[1]).toEqual(['Gouvernance territoriale', 'plus précis', 'Démocratie participative', '']);
    expect(exportOf(empty)).toBe(source);
  });

  it('previews the changes of an edited file, then writes exactly them', () => {
    const wb = atlasWorkbook();
    const edited = exportOf(wb)
      .replace('"Impôts perçus par les collectivités."@fr', '"Impôts et taxes perçus par les collectivités."@fr')
      .replace('skos:related atlas:democratie-participative;\n', '')
      .replace(
        'skos:prefLabel "Jumelage"@fr, "Twinning"@en;',
        'skos:prefLabel "Jumelage"@fr, "Town twinning"@en;\n    skos:related atlas:fiscalite-locale;',
      )
      .replace(/rdfs:seeAlso atlas:cooperation-decentralisee, atlas:gouvernance-locale;/, 'rdfs:seeAlso atlas:gouvernance-locale;')
      .concat(
        '\natlas:urbanisme-tactique a skos:Concept; skos:prefLabel "Urbanisme tactique"@fr, "Tactical urbanism"@en; skos:inScheme atlas:.\n',
      );
    const plan = planSkosImport(atlasData(readWorkbook(wb)), parseSkos(edited));
    expect(plan.newTerms).toEqual([{ term: 'Urbanisme tactique', domain: null, definition: null, english: 'Tactical urbanism' }]);
    expect(plan.changes.map((c) => [c.term, c.field, c.before, c.after])).toEqual([
      ['Fiscalité locale', 'definition', 'Impôts perçus par les collectivités.', 'Impôts et taxes perçus par les collectivités.'],
      ['Jumelage', 'english', 'Twinning', 'Town twinning'],
    ]);
    expect(plan.newRelations).toEqual([{ from: 'Jumelage', relation: 'associé', to: 'Fiscalité locale' }]);
    expect(plan.removedRelations.map((r) => [r.from, r.relation, r.to, r.at.sheet, r.at.row])).toEqual([
      ['Jumelage', 'voir aussi', 'Coopération décentralisée', 'atlas', 9],
      ['Budget participatif', 'associé', 'Démocratie participative', 'relations', 4],
      // Urbanisme tactique is now a concept of the file, which does not link it to Budget participatif.
      ['Budget participatif', 'associé', 'Urbanisme tactique', 'relations', 9],
    ]);
    applySkosImport(wb, plan);
    const atlas = wb.sheets.get('Atlas') as unknown[][];
    expect(atlas[6][2]).toBe('Impôts et taxes perçus par les collectivités.');
    expect(atlas[8].slice(3, 6)).toEqual(['Town twinning', 'Gouvernance locale', 'voir aussi']);
    expect(atlas[10].slice(0, 4)).toEqual(['Urbanisme tactique', '', '', 'Tactical urbanism']);
    const relations = (wb.sheets.get('Relations') as unknown[][]).map((r) => r.slice(0, 3).join(' | '));
    expect(relations).not.toContain('Budget participatif | associé | Démocratie participative');
    expect(relations[relations.length - 1]).toBe('Jumelage | associé | Fiscalité locale');
    expect(planIsEmpty(planSkosImport(atlasData(readWorkbook(wb)), parseSkos(edited)))).toBe(true);
  });

  it('refuses the whole import when a row to change moved meanwhile, before writing anything', () => {
    const wb = atlasWorkbook();
    const plan = planSkosImport(atlasData(readWorkbook(wb)), parseSkos(exportOf(wb).replace('Impôts perçus', 'Impôts levés')));
    (wb.sheets.get('Atlas') as unknown[][])[6][0] = 'Fiscalité';
    const snapshot = JSON.stringify([...wb.sheets]);
    expect(() => applySkosImport(wb, plan)).toThrow(Refusal);
    expect(JSON.stringify([...wb.sheets])).toBe(snapshot);
  });

  it('says in French on which line a malformed file stops', () => {
    const bad =
      '@prefix skos: <http://www.w3.org/2004/02/skos/core#>.\n<a> a skos:Concept;\n  skos:prefLabel "Terme"@fr\n  skos:definition "x".\n';
    expect(refusedWith(bad)).toMatch(/^Fichier SKOS illisible à la ligne 4 \(près de « skos:definition »\)/);
    expect(refusedWith('<a> <b> "non fermé .\n')).toContain('ligne 1');
  });
});

describe('a hostile SKOS file is refused or read within bounds', () => {
  const timed = (turtle: string) => {
    const start = Date.now();
    let outcome: string;
    try {
      outcome = `${parseSkos(turtle).concepts.length} concepts`;
    } catch (e) {
      outcome = e instanceof Refusal ? e.text('fr') : `crash: ${String(e)}`;
    }
    return { outcome, ms: Date.now() - start };
  };

  it('a literal longer than a cell', () => {
    const r = timed(`<a> <http://www.w3.org/2004/02/skos/core#prefLabel> "${'x'.repeat(60_000)}"@fr .`);
    expect(r.outcome).toContain('dépasse 50\u202f000 caractères');
  });

  it('a prefix expanded a hundred thousand times (Turtle’s billion laughs)', () => {
    const uses = Array.from({ length: 120_000 }, (_, i) => `p:a${i} p:b p:c .`).join('\n');
    const r = timed(`@prefix p: <http://x.org/${'l'.repeat(4_000)}/> .\n${uses}`);
    expect(r.outcome).toContain('Fichier SKOS trop volumineux');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('a base IRI as long as the file', () => {
    const r = timed(`@base <http://x.org/${'./'.repeat(500_000)}> .\n${'<a> <b> <c> .\n'.repeat(100_000)}`);
    expect(r.outcome).toContain('une adresse ou un texte dépasse 4\u202f096 caractères (ligne 1)');
    expect(r.ms).toBeLessThan(2_000);
  });

  it('deep nesting of blank nodes and lists', () => {
    const depth = 100_000;
    const nested = `<a> <b> ${'[ <p> '.repeat(depth)}<z>${' ]'.repeat(depth)} .`;
    const lists = `<a> <b> ${'( '.repeat(depth)}${' )'.repeat(depth)} .`;
    for (const text of [nested, lists]) {
      const r = timed(text);
      expect(r.outcome).not.toContain('crash');
      expect(r.ms).toBeLessThan(10_000);
    }
  });

  it('a hundred thousand triples of concepts', () => {
    const text = Array.from(
      { length: 25_000 },
      (_, i) =>
        `<http://x.org/c${i}> a <${SKOS}Concept>; <${SKOS}prefLabel> "T${i}"@fr; <${SKOS}broader> <http://x.org/c${i + 1}>; <${SKOS}related> <http://x.org/c0> .`,
    ).join('\n');
    const r = timed(text);
    expect(r.outcome).toContain('plus de 20\u202f000 concepts');
    expect(r.ms).toBeLessThan(5_000);
    const smaller = timed(text.split('\n').slice(0, 10_000).join('\n'));
    expect(smaller.outcome).toBe('10000 concepts');
  });
});
