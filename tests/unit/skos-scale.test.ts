/** The SKOS interchange at the bench's size: 5 000 terms and 20 000 relations exported, read back and planned within seconds. */
import { atlasData } from '../../shared/atlas/skos-atlas';
import { workbookToSkos } from '../../shared/atlas/skos-export';
import { planIsEmpty, planSkosImport } from '../../shared/atlas/skos-import';
import { parseSkos } from '../../shared/atlas/skos-parse';
import type { CellValue } from '../../shared/sheets/ports';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const KINDS = ['plus large', 'plus précis', 'associé', 'voir aussi'];

it('exports 5 000 terms and 20 000 relations, and finds nothing to import from its own file, in a few seconds', () => {
  const atlas: CellValue[][] = [['Terme', 'Domaine', 'Définition', 'Terme (en)']];
  for (let i = 0; i < 5_000; i++)
    atlas.push([`Terme n° ${i}`, `Domaine ${i % 6}`, `Définition du terme ${i}, assez longue pour être réaliste.`, `Term ${i}`]);
  const relations: CellValue[][] = [['De', 'Relation', 'Vers']];
  for (let i = 0; i < 20_000; i++)
    relations.push([`Terme n° ${i % 5_000}`, KINDS[i % 4], `Terme n° ${(i * 7 + 1 + Math.floor(i / 5_000) * 13) % 5_000}`]);
  const wb = new MemoryWorkbook({ Atlas: atlas, Relations: relations });
  const start = Date.now();
  const book = readWorkbook(wb);
  const read = Date.now();
  const out = workbookToSkos(book);
  const exported = Date.now();
  const plan = planSkosImport(atlasData(book), parseSkos(out.turtle));
  const done = Date.now();
  expect(out.concepts).toBe(5_000);
  expect(out.turtle.length).toBeLessThan(4_000_000);
  expect(planIsEmpty(plan)).toBe(true);
  console.log(
    `SKOS 5 000 terms / ${out.relations} relations: read ${read - start} ms, export ${exported - read} ms, parse+plan ${done - exported} ms, ${out.turtle.length} chars`,
  );
  expect(done - start).toBeLessThan(15_000);
});
