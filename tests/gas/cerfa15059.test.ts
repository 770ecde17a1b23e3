import { join } from 'node:path';
import { loadBundle, lockHeldOnUploads, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import type { FakeTable } from '../fakes/document';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const NOW = '2026-01-15T10:00:00+01:00';

async function demo(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: NOW });
}

describe('"Compte rendu financier (Cerfa 15059)" on the selected Conventions row', () => {
  it('one click writes a Google Doc in the convention’s folder and shows a toast with its link', async () => {
    const b = await demo();
    b.spreadsheet.sheet('Conventions').getRange(3, 2).activate();
    b.run('menuGenerateCerfa');
    expect(b.ui.alerts).toEqual([]);
    const toast = b.spreadsheet.toasts[b.spreadsheet.toasts.length - 1].message;
    expect(toast).toMatch(/^Compte rendu financier C-2025-002 \(2025\) prêt : https:\/\/docs\.google\.com\/document\/d\/file-\d+\/edit$/);
    const [doc] = [...b.documents.values()];
    const [assoc] = b.drive.byName('Citego — Cités, territoires, gouvernance');
    const [conventions] = b.drive.byName('Conventions');
    const [folder] = b.drive.byName('C-2025-002 — Atlas relationnel — soutien régional');
    expect(conventions.parents).toEqual([assoc.id]);
    expect(folder.parents).toEqual([conventions.id]);
    expect(b.drive.files.get(doc.id)?.parents).toEqual([folder.id]);
    const produits = doc.body.tables().find((t: FakeTable) => t.texts()[0][0] === 'Produits') as FakeTable;
    expect(produits.texts()).toContainEqual([
      '74 — Subvention Région Auvergne-Rhône-Alpes (convention C-2025-002)',
      // 2025's share of the 28 000 € convention (365 of its 546 days), not the whole of it.
      '18\u202f717,95\u202f€',
      '14\u202f000,00\u202f€',
      '-4\u202f717,95\u202f€',
      '-25,2\u202f%',
    ]);
  });

  it('the rpc rewrites the same Doc the second time', async () => {
    const b = await demo();
    const first = b.run('generateCerfa15059', 'C-2025-002', 2025, 'fr') as { url: string; year: number };
    const files = b.drive.files.size;
    const second = b.run('generateCerfa15059', 'C-2025-002', 2025, 'en') as { url: string; title: string };
    expect(first.year).toBe(2025);
    expect(second.url).toBe(first.url);
    expect(second.title).toBe('Financial report C-2025-002 — 2025');
    expect(b.drive.files.size).toBe(files);
  });

  it('holds the document lock for the stored ids only, never while the Doc is rendered and uploaded', async () => {
    const b = await demo();
    const held = lockHeldOnUploads(b, () => {
      b.run('generateCerfa15059', 'C-2025-002', 2025, 'fr');
      b.run('generateCerfa15059', 'C-2025-002', 2025, 'fr');
    });
    expect(held).toEqual([false, false]);
  });

  it('on a patronage row: one sentence, no folder, no document', async () => {
    const b = await demo();
    b.spreadsheet.sheet('Conventions').getRange(4, 1).activate();
    b.run('menuGenerateCerfa');
    expect(b.ui.alerts).toEqual([
      'Le compte rendu financier n’a pas pu être généré : C-2025-003 n’est pas une subvention reçue (type « mécénat ») : le compte rendu financier Cerfa 15059 ne concerne que les subventions.',
    ]);
    expect(b.documents.size).toBe(0);
    expect(b.drive.files.size).toBe(0);
  });
});
