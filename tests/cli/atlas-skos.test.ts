/** `citego atlas --skos` and `--import [--write]` on a real .xlsx: preview, write once, round trip, refusals that write nothing. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Parser } from 'n3';
import { SaxesParser } from 'saxes';
import { readXlsx } from '../../scripts/xlsx/read';
import { citego } from '../helpers/cli';
import { ATLAS_ROWS, RELATION_ROWS } from '../unit/skos-fixture';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';

describe('citego atlas', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citego-atlas-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Paramètres').addRows([
      ['Paramètre', 'Valeur'],
      ["Nom de l'association", 'Citego'],
      ['Site web', 'https://www.citego.org'],
    ]);
    wb.addWorksheet('Atlas').addRows(ATLAS_ROWS);
    wb.addWorksheet('Relations').addRows(RELATION_ROWS);
    file = join(dir, 'atlas.xlsx');
    await wb.xlsx.writeFile(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const ttl = (name: string) => join(dir, name);

  it('writes the atlas as SKOS Turtle that n3 reads back, and says what it left out', () => {
    const r = citego(['atlas', '--workbook', file, '--skos', ttl('atlas.ttl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('— 9 concepts, 10 relations.');
    expect(r.stdout).toContain(
      '1 relation vers un terme absent de l’Atlas, non exportée :\n  Budget participatif — associé — Urbanisme tactique  (Relations!9)',
    );
    const quads = new Parser().parse(readFileSync(ttl('atlas.ttl'), 'utf8'));
    expect(quads.filter((q) => q.object.value === `${SKOS}Concept`)).toHaveLength(9);
    expect(quads.some((q) => q.subject.value === 'https://www.citego.org/atlas/jumelage' && q.predicate.value === `${SKOS}broader`)).toBe(
      true,
    );
  });

  it('writes the atlas for Gephi: a well-formed GEXF file, one node per term', () => {
    const r = citego(['atlas', '--workbook', file, '--gexf', ttl('atlas.gexf')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Atlas écrit pour Gephi \(GEXF\) : .*atlas\.gexf — 9 termes, \d+ relations\./);
    const labels: string[] = [];
    const sax = new SaxesParser({ xmlns: true });
    sax.on('error', (e) => {
      throw e;
    });
    sax.on('opentag', (t) => {
      if (t.local === 'node') labels.push(String((t.attributes.label as { value: string }).value));
    });
    sax.write(readFileSync(ttl('atlas.gexf'), 'utf8')).close();
    expect(labels).toEqual(ATLAS_ROWS.slice(1).map((row) => row[0]));
  });

  it('previews an import without writing, then writes it with --write; our own export then changes nothing', async () => {
    const before = readFileSync(file);
    const edited = readFileSync(ttl('atlas.ttl'), 'utf8')
      .replace('"Twinning"@en', '"Town twinning"@en')
      .concat('\natlas:communs a skos:Concept; skos:prefLabel "Communs urbains"@fr; skos:related atlas:jumelage.\n');
    writeFileSync(ttl('edited.ttl'), edited);
    const preview = citego(['atlas', '--workbook', file, '--import', ttl('edited.ttl')]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('1 nouveau terme :\n  + Communs urbains');
    expect(preview.stdout).toContain('1 changement :\n  ~ Jumelage (Atlas!9), terme anglais : « Twinning » → « Town twinning »');
    expect(preview.stdout).toContain('1 nouvelle relation :\n  + Communs urbains — associé — Jumelage');
    expect(preview.stdout).toContain('Rien n’est écrit sans --write');
    expect(readFileSync(file).equals(before)).toBe(true);

    const written = citego(['atlas', '--workbook', file, '--import', ttl('edited.ttl'), '--write']);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('Écrit dans');
    const book = await readXlsx(file);
    expect(book.readSheet('Atlas')[8][3]).toBe('Town twinning');
    expect(book.readSheet('Atlas')[10][0]).toBe('Communs urbains');
    expect(book.readSheet('Relations').slice(-1)[0].slice(0, 3)).toEqual(['Communs urbains', 'associé', 'Jumelage']);

    expect(citego(['atlas', '--workbook', file, '--skos', ttl('again.ttl')]).code).toBe(0);
    const again = citego(['atlas', '--workbook', file, '--import', ttl('again.ttl'), '--write']);
    expect(again.stdout).toContain('Rien à changer');
    expect(citego(['atlas', '--workbook', file, '--skos', ttl('third.ttl')]).code).toBe(0);
    expect(readFileSync(ttl('third.ttl'), 'utf8')).toBe(readFileSync(ttl('again.ttl'), 'utf8'));
  });

  it('refuses a malformed, non-UTF-8 or missing file in one French line, the workbook untouched', () => {
    const before = readFileSync(file);
    writeFileSync(
      ttl('broken.ttl'),
      '@prefix skos: <http://www.w3.org/2004/02/skos/core#>.\n\n<a> a skos:Concept ;\n  skos:prefLabel "Eau"@fr ,, .\n',
    );
    const broken = citego(['atlas', '--workbook', file, '--import', ttl('broken.ttl'), '--write']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^citego : Fichier SKOS illisible à la ligne 4 .*rien n’a été écrit\.\n$/);
    writeFileSync(
      ttl('latin1.ttl'),
      Buffer.concat([Buffer.from('<a> <b> "ok" .\n<c> <d> "'), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('" .\n')]),
    );
    const latin1 = citego(['atlas', '--workbook', file, '--import', ttl('latin1.ttl'), '--write']);
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toContain('latin1.ttl n’est pas encodé en UTF-8 (ligne 2)');
    expect(citego(['atlas', '--workbook', file, '--import', ttl('absent.ttl')]).stderr).toContain('Fichier SKOS introuvable ou illisible');
    expect(citego(['atlas', '--import', ttl('again.ttl'), '--write']).stderr).toContain(
      'le classeur de démonstration n’est jamais modifié',
    );
    // Without an option, `citego atlas` prints the coverage (it reads, never writes).
    expect(citego(['atlas', '--workbook', file]).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
