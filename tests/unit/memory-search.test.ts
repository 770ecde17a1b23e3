/** Searching the association's memory on the demo (issue 16): ranking, accents, prefixes, typos, filters. */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import { memoryIndexOf, type MemoryIndex } from '../../shared/memory/search';
import { decisionRegister } from '../../shared/memory/decisions';
import { readXlsx } from '../../scripts/xlsx/read';
import { DEMO } from '../helpers/demo';

const q = (text: string, more: Partial<Parameters<MemoryIndex['search']>[0]> = {}) => ({
  text,
  type: null,
  year: null,
  partner: null,
  project: null,
  ...more,
});

describe('the memory search on the demo', () => {
  let book: ParsedWorkbook;
  let index: MemoryIndex;
  beforeAll(async () => {
    book = readWorkbook(await readXlsx(DEMO));
    index = memoryIndexOf(book);
  });

  it('finds the charter first by its title, then the entries that only mention it', () => {
    const titles = index.search(q('charte')).map((h) => h.title);
    expect(titles.slice(0, 2)).toEqual(['Adoption de la charte des partenariats', 'Révision de la charte pour les universités étrangères']);
    expect(titles).toHaveLength(2);
  });

  it('ignores accents and case, both ways', () => {
    const a = index.search(q('DECISION DU BUREAU assemblee')).map((h) => h.row);
    const b = index.search(q('décision du bureau Assemblée')).map((h) => h.row);
    expect(a).toEqual(b);
    expect(index.search(q('universites etrangeres'))[0].title).toBe('Révision de la charte pour les universités étrangères');
    expect(index.search(q('SÉMINAIRE'))[0].title).toBe('Séminaire de restitution du dossier eau');
  });

  it('matches the start of a word and forgives a typo', () => {
    expect(index.search(q('partenar')).map((h) => h.title)).toContain('Adoption de la charte des partenariats');
    expect(index.search(q('chatre'))[0].title).toBe('Adoption de la charte des partenariats');
    expect(index.search(q('prolongation atlas'))[0].title).toBe('Demande de prolongation de l’atlas');
  });

  it('finds an entry by the name of the partner it is linked to', () => {
    const hits = index.search(q('Dakar'));
    expect(hits.map((h) => h.title)).toEqual([
      'Accord avec l’Université de Dakar',
      'Révision de la charte pour les universités étrangères',
    ]);
  });

  it('filters by type, year, partner and project, and each hit names its row', () => {
    const decisions2025 = index.search(q('', { type: 'décision', year: 2025 }));
    expect(decisions2025.map((h) => h.date)).toEqual(['2025-12-04', '2025-11-05', '2025-10-02', '2025-06-14', '2025-02-06']);
    expect(index.search(q('charte', { year: 2025, project: 'COOP' })).map((h) => h.title)).toEqual([
      'Révision de la charte pour les universités étrangères',
    ]);
    // activity.ts's February 2026 committee, then network.ts's March 2025 meeting: newest first.
    expect(index.search(q('', { partner: 'P-0002' })).map((h) => h.title)).toEqual([
      'Comité de pilotage de l’atlas',
      'Réunion du comité de pilotage de l’atlas',
    ]);
    const row = index.search(q('charte'))[0].row;
    expect(book.memory.records.find((m) => m.row === row)?.title).toBe('Adoption de la charte des partenariats');
  });

  it('finds nothing for words that are nowhere, and never throws on punctuation alone', () => {
    expect(index.search(q('kangourou'))).toEqual([]);
    expect(index.search(q('« » ; ’ -- ')).length).toBeGreaterThan(0);
  });

  it('writes the register of decisions of a year, by date, with their follow-ups', () => {
    const doc = decisionRegister(book, 2025, 'fr');
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => (r[1] && 'text' in r[1] ? r[1].text : ''))).toEqual([
      'Adoption de la charte des partenariats',
      'Affectation du résultat 2024',
      'Révision de la charte pour les universités étrangères',
      'Recrutement d’un volontaire en service civique',
      'Demande de prolongation de l’atlas',
    ]);
    expect(table.rows[0][3]).toEqual({ text: 'Claire Martin pour le 31/03/2025 (fait)' });
    expect(doc.title).toBe('Registre des décisions 2025 — Citego — Cités, territoires, gouvernance');
  });
});
