import { join } from 'node:path';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { FakeParagraph, FakeTable } from '../fakes/document';
import { syntheticSheets } from '../../scripts/bench/synthetic';
import { CallLog } from '../fakes/calls';
import { FakeSpreadsheet, type Cell } from '../fakes/spreadsheet';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const NOW = '2026-01-15T10:00:00+01:00';

async function demo(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: NOW });
}

describe('"Générer le rapport annuel" through the bundle harness', () => {
  it('one click writes the last closed year’s report as a Google Doc in the association’s folder and shows a toast with the link', async () => {
    const b = await demo();
    b.run('menuGenerateReport');
    const toast = b.spreadsheet.toasts[b.spreadsheet.toasts.length - 1].message;
    expect(toast).toMatch(/^Rapport annuel 2025 prêt : https:\/\/docs\.google\.com\/document\/d\/file-\d+\/edit$/);
    const [doc] = [...b.documents.values()];
    expect(doc.name).toBe('Citego — Cités, territoires, gouvernance — Rapport annuel 2025');
    expect(doc.closed).toBe(true);
    const [assoc] = b.drive.byName('Citego — Cités, territoires, gouvernance');
    const [reports] = b.drive.byName('Rapports annuels');
    expect(reports.parents).toEqual([assoc.id]);
    expect(b.drive.files.get(doc.id)?.parents).toEqual([reports.id]);
  });

  it('builds real headings, tables with a bold header row and right-aligned French amounts, and two chart images', async () => {
    const b = await demo();
    b.run('generateAnnualReport', 2025, 'fr');
    const body = [...b.documents.values()][0].body;
    const paragraphs = body.paragraphs();
    expect(paragraphs[0]).toEqual(expect.objectContaining({ content: 'Citego — Cités, territoires, gouvernance', heading: 'TITLE' }));
    expect(paragraphs[1]).toEqual(expect.objectContaining({ content: 'Rapport annuel 2025', heading: 'SUBTITLE' }));
    const h1 = paragraphs.filter((p: FakeParagraph) => p.heading === 'HEADING1').map((p) => p.content);
    expect(h1).toEqual(['Chiffres clés', "Rapport d'activité", 'Rapport financier', 'Annexe : conventions de l’année']);
    const key = body.tables()[0];
    expect(key.texts().slice(0, 4)).toEqual([
      ['Indicateur', '2025'],
      ['Total des produits', '90\u202f460,00\u202f€'],
      ['Total des charges', '116\u202f019,42\u202f€'],
      ['Déficit', '-25\u202f559,42\u202f€'],
    ]);
    expect(key.rows[0].text.bold).toBe(true);
    expect(key.rows[1].cells[1].paragraph.alignment).toBe('RIGHT');
    expect(key.rows[1].cells[0].paragraph.alignment).toBe('LEFT');
    const statement = body.tables().find((t: FakeTable) => t.texts()[0][0] === 'Rubrique') as FakeTable;
    expect(statement.texts()[0]).toEqual(['Rubrique', '2025', '2024']);
    expect(body.children.filter((c) => 'kind' in c && c.kind === 'image')).toHaveLength(2);
    expect(b.charts.map((c) => c.title)).toEqual(['Produits par origine', 'Charges par nature']);
    expect(b.charts[0].rows.reduce((s, r) => s + (r[1] as number), 0)).toBeCloseTo(90460, 2);
  });

  it('regenerating rewrites the same Doc instead of making another', async () => {
    const b = await demo();
    const first = b.run('generateAnnualReport', 2025, 'fr') as { url: string };
    const files = b.drive.files.size;
    const second = b.run('generateAnnualReport', 2025, 'en') as { url: string; title: string };
    expect(second.url).toBe(first.url);
    expect(b.drive.files.size).toBe(files);
    expect(second.title).toBe('Citego — Cités, territoires, gouvernance — Annual report 2025');
    expect([...b.documents.values()][0].body.paragraphs()[1].content).toBe('Annual report 2025');
  });

  it('waits for the document lock: while another save holds it, nothing is created and the user is told', async () => {
    const b = await demo();
    b.documentLock.holdByOther();
    expect(() => b.run('generateAnnualReport', 2025, 'fr')).toThrow(
      'Une autre personne enregistre dans ce classeur : réessayez dans un instant.',
    );
    expect(() => b.run('prepareAccountantFolder', 2025)).toThrow(
      'Une autre personne enregistre dans ce classeur : réessayez dans un instant.',
    );
    expect(b.documents.size).toBe(0);
    expect(b.drive.files.size).toBe(0);
  });

  it('a year without data is a clear French message and no Doc', async () => {
    const b = await demo();
    expect(() => b.run('generateAnnualReport', 2019, 'fr')).toThrow(/^Aucune donnée pour l'exercice 2019/);
    expect(b.documents.size).toBe(0);
    expect(() => b.run('generateAnnualReport', 'deux mille', 'fr')).toThrow('Année invalide.');
  });

  it('costs the same number of Google calls for 1 000 and 20 000 Journal lines', () => {
    const calls = [1000, 20000].map((n) => {
      const ss = new FakeSpreadsheet(new CallLog());
      for (const s of syntheticSheets(n))
        ss.addSheetWith(s.name, [[...s.header], ...s.rows.map((r) => r.map((c) => (c === null ? '' : (c as Cell))))]);
      const b = loadBundle({ spreadsheet: ss, now: NOW });
      b.log.reset();
      b.run('generateAnnualReport', 2025, 'fr');
      return b.log.total();
    });
    expect(calls[0]).toBe(calls[1]);
  });
});
