import { join } from 'node:path';
import { loadBundle, lockHeldOnUploads, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { CLOSED_DOCUMENT, type FakeDocument, type FakeParagraph, type FakeTable } from '../fakes/document';
import { FakeBlob } from '../fakes/drive';
import { syntheticSheets } from '../../scripts/bench/synthetic';
import { readXlsx } from '../../scripts/xlsx/read';
import { CallLog } from '../fakes/calls';
import { FakeSpreadsheet, type Cell } from '../fakes/spreadsheet';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { cellText } from '../../shared/reports/cell-text';
import { keepIndent } from '../../shared/reports/html';
import type { ReportChart, ReportTable } from '../../shared/reports/doc';
import type { IsoDate } from '../../shared/values/dates';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const NOW = '2026-01-15T10:00:00+01:00';
/** Calls that read the workbook (one getDataRange().getValues() per sheet): the same for every job. */
const READING = ['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.', 'Sheet.', 'Range.'];

async function demo(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: NOW });
}

const onlyDoc = (b: Bundle): FakeDocument => {
  expect(b.documents.size).toBe(1);
  return [...b.documents.values()][0];
};
const isChart = (t: FakeTable) => t.rows.some((r) => r.cells.some((c) => c.images.length > 0));

/** The report model of the demo, as the .docx and the preview show it. */
async function demoReport(lang: 'fr' | 'en' = 'fr') {
  const book = readWorkbook(await readXlsx(DEMO), lang);
  return buildAnnualReport(book, 2025, { lang, generatedOn: '2026-01-15' as IsoDate });
}

describe('"Générer le rapport annuel" through the bundle harness', () => {
  it('one click writes the last closed year’s report as a Google Doc made directly in its folder, and shows a toast with the link', async () => {
    const b = await demo();
    b.run('menuGenerateReport');
    const toast = b.spreadsheet.toasts[b.spreadsheet.toasts.length - 1].message;
    expect(toast).toMatch(/^Rapport annuel 2025 prêt : https:\/\/docs\.google\.com\/document\/d\/file-\d+\/edit$/);
    const doc = onlyDoc(b);
    expect(toast).toContain(doc.id);
    expect(doc.name).toBe('Citego — Cités, territoires, gouvernance — Rapport annuel 2025');
    const [assoc] = b.drive.byName('Citego — Cités, territoires, gouvernance');
    const [reports] = b.drive.byName('Rapports annuels');
    expect(reports.parents).toEqual([assoc.id]);
    const file = b.drive.files.get(doc.id);
    expect(file?.parents).toEqual([reports.id]);
    expect(file?.mimeType).toBe('application/vnd.google-apps.document');
    // Never made in My Drive then moved, never through DocumentApp: no document to leave open.
    expect(b.log.count('DocumentApp.create') + b.log.count('DocumentApp.openById')).toBe(0);
    expect([...b.drive.files.values()].filter((f) => f.parents.includes('root')).map((f) => f.name)).toEqual([
      'Citego — Cités, territoires, gouvernance',
    ]);
  });

  it('holds the headings, every table with the figures of the .docx (bold header, right-aligned amounts) and both charts', async () => {
    const b = await demo();
    b.run('generateAnnualReport', 2025, 'fr');
    const body = onlyDoc(b).body;
    const paragraphs = body.paragraphs();
    expect(paragraphs.slice(0, 2).map((p) => p.content)).toEqual(['Citego — Cités, territoires, gouvernance', 'Rapport annuel 2025']);
    const h1 = paragraphs.filter((p: FakeParagraph) => p.heading === 'HEADING1').map((p) => p.content);
    expect(h1).toEqual([
      'Chiffres clés',
      "Rapport d'activité",
      "Couverture de l'atlas (2025)",
      'Rapport financier',
      'Annexe : conventions de l’année',
    ]);

    const model = await demoReport();
    const expected = model.blocks
      .filter((x): x is ReportTable => x.kind === 'table')
      .map((t) => [
        t.columns.map((c) => c.header),
        ...t.rows.map((r) => t.columns.map((_, i) => keepIndent(cellText(r[i] ?? null, 'fr')))),
      ]);
    const tables = body.tables().filter((t) => !isChart(t));
    expect(tables.map((t) => t.texts())).toEqual(expected);
    const key = tables[0];
    expect(key.texts().slice(0, 4)).toEqual([
      ['Indicateur', '2025'],
      ['Total des produits', '90\u202f460,00\u202f€'],
      ['Total des charges', '116\u202f019,42\u202f€'],
      ['Déficit', '25\u202f559,42\u202f€'],
    ]);
    expect(key.rows[0].cells.every((c) => c.paragraph.text.bold)).toBe(true);
    expect(key.rows[1].cells.map((c) => c.paragraph.alignment)).toEqual(['LEFT', 'RIGHT']);
    // The statement's sub-rows stay indented (HTML would collapse plain spaces).
    expect(tables.flatMap((t) => t.texts().map((r) => r[0]))).toContain('\u00a0\u00a0\u00a0Cotisations');
    expect(body.children.filter((c) => 'kind' in c && c.kind === 'pageBreak').length).toBeGreaterThan(0);
  });

  it('opens on the cover (AG date, accounts closed), then the contents, and holds the commentary as paragraphs the user can edit', async () => {
    const b = await demo();
    b.run('generateAnnualReport', 2025, 'fr');
    const paragraphs = onlyDoc(b).body.paragraphs();
    expect(paragraphs.slice(2, 6).map((p) => p.content)).toEqual([
      'Présenté à l’assemblée générale du 13/06/2026',
      'Comptes arrêtés le 24/03/2026 par le conseil d’administration',
      'Exercice du 01/01/2025 au 31/12/2025',
      'Sommaire',
    ]);
    const contents = paragraphs.filter((p) => p.glyph !== null).slice(0, 3);
    expect(contents.map((p) => p.content)).toEqual(['Chiffres clés', "Rapport d'activité", '\u00a0\u00a0\u00a0Conventions de l’année']);
    const model = await demoReport();
    const commentary = model.blocks.flatMap((x) => (x.kind === 'paragraph' && x.style === 'commentary' ? [x.text] : []));
    expect(commentary).toHaveLength(6);
    for (const sentence of commentary) expect(paragraphs.map((p) => p.content)).toContain(sentence);
    expect(paragraphs.map((p) => p.content).join('\n')).not.toMatch(/Déficit\s*[-−]/);
  });

  it('draws each chart as its bars: one PNG per bar, as long as its amount, labelled with the amount', async () => {
    const b = await demo();
    b.run('generateAnnualReport', 2025, 'fr');
    const body = onlyDoc(b).body;
    const charts = (await demoReport()).blocks.filter((x): x is ReportChart => x.kind === 'chart');
    expect(charts.map((c) => c.title)).toEqual(['Produits par origine', 'Charges par nature']);
    const drawn = body.tables().filter(isChart);
    expect(drawn).toHaveLength(2);
    charts.forEach((chart, i) => {
      const titleAt = body.children.findIndex((c) => (c as FakeParagraph).content === chart.title);
      expect(body.children[titleAt + 1]).toBe(drawn[i]);
      const bars = drawn[i].rows.map((r) => r.cells[1].images[0]);
      expect(bars.map((x) => x.contentType)).toEqual(chart.bars.map(() => 'image/png'));
      expect(drawn[i].texts()).toEqual(chart.bars.map((x) => [x.label, cellText({ amount: x.amount }, 'fr')]));
      const largest = Math.max(...chart.bars.map((x) => x.amount));
      bars.forEach((bar, j) => expect(bar.width).toBe(Math.max(1, Math.round((chart.bars[j].amount / largest) * 300))));
      expect(Math.max(...bars.map((x) => x.width))).toBe(300);
    });
    const income = charts[0].bars.reduce((s, x) => s + x.amount, 0);
    expect(income).toBe(9046000);
  });

  it('regenerating rewrites the same Doc in place (same id and link), in the other language', async () => {
    const b = await demo();
    const first = b.run('generateAnnualReport', 2025, 'fr') as { url: string };
    const files = b.drive.files.size;
    const second = b.run('generateAnnualReport', 2025, 'en') as { url: string; title: string };
    expect(second.url).toBe(first.url);
    expect(b.drive.files.size).toBe(files);
    expect(second.title).toBe('Citego — Cités, territoires, gouvernance — Annual report 2025');
    const doc = onlyDoc(b);
    expect(doc.name).toBe(second.title);
    expect(doc.body.paragraphs()[1].content).toBe('Annual report 2025');
  });

  it('a Doc deleted since is made again in the folder and remembered', async () => {
    const b = await demo();
    const first = b.run('generateAnnualReport', 2025, 'fr') as { url: string };
    const id = /d\/([^/]+)\/edit/.exec(first.url)?.[1] as string;
    b.drive.files.delete(id);
    b.documents.delete(id);
    const second = b.run('generateAnnualReport', 2025, 'fr') as { url: string };
    expect(second.url).not.toBe(first.url);
    const third = b.run('generateAnnualReport', 2025, 'fr') as { url: string };
    expect(third.url).toBe(second.url);
    expect(b.documents.size).toBe(1);
  });

  it('holds the document lock for the stored ids only, never while the Doc is rendered and uploaded', async () => {
    const b = await demo();
    const held = lockHeldOnUploads(b, () => {
      b.run('generateAnnualReport', 2025, 'fr');
      b.run('generateAnnualReport', 2025, 'fr');
    });
    expect(held).toEqual([false, false]);
    expect(b.log.count('Lock.waitLock')).toBe(2);
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

  it('the accountant can open the report from the pack: the Doc is shared with them alone, as commenter', async () => {
    const b = await demo();
    b.run('setAccountantEmail', 'cabinet@compta.example');
    b.run('generateAnnualReport', 2025, 'fr');
    b.run('prepareAccountantFolder', 2025);
    const doc = onlyDoc(b);
    const others = (b.drive.permissions.get(doc.id) ?? []).filter((p) => p.role !== 'owner');
    expect(others).toEqual([expect.objectContaining({ type: 'user', role: 'commenter', emailAddress: 'cabinet@compta.example' })]);
    const made = b.drive.createdPermissions.find((p) => p.fileId === doc.id);
    expect(made?.options).toEqual({ sendNotificationEmail: false });
    // A new accountant replaces the former one on the Doc too.
    b.run('setAccountantEmail', 'nouveau@compta.example');
    b.run('prepareAccountantFolder', 2025);
    expect((b.drive.permissions.get(doc.id) ?? []).filter((p) => p.role === 'commenter').map((p) => p.emailAddress)).toEqual([
      'nouveau@compta.example',
    ]);
  });
});

describe('what the report costs in Google calls', () => {
  function synthetic(n: number): Bundle {
    const ss = new FakeSpreadsheet(new CallLog());
    for (const s of syntheticSheets(n))
      ss.addSheetWith(s.name, [[...s.header], ...s.rows.map((r) => r.map((c) => (c === null ? '' : (c as Cell))))]);
    return loadBundle({ spreadsheet: ss, now: NOW });
  }
  function cost(b: Bundle): { doc: number; total: number; snapshot: Record<string, number> } {
    b.log.reset();
    b.run('generateAnnualReport', 2025, 'fr');
    const total = b.log.total();
    const reading = READING.reduce((s, prefix) => s + b.log.total(prefix), 0);
    return { doc: total - reading, total, snapshot: b.log.snapshot() };
  }

  it('at most 30 calls besides reading the sheets, the same at the demo’s size and at 10 000 and 100 000 Journal lines', async () => {
    const runs = [await demo(), synthetic(10_000), synthetic(100_000)].map((b) => {
      const first = cost(b);
      const again = cost(b);
      expect(onlyDoc(b).body.tables().length).toBeGreaterThan(5);
      return { first, again };
    });
    for (const r of runs) {
      expect(r.first.doc).toBeLessThanOrEqual(30);
      expect(r.again.doc).toBeLessThanOrEqual(30);
    }
    expect(new Set(runs.map((r) => r.first.doc)).size).toBe(1);
    expect(new Set(runs.map((r) => r.again.doc)).size).toBe(1);
    // Synthetic workbooks hold the same sheets: reading them costs the same too.
    expect(runs[1].first.total).toBe(runs[2].first.total);
    expect(runs[0].first.snapshot['Drive.Files.update']).toBe(1);
  }, 180_000);
});

describe('the fakes behind these tests are as strict as Google', () => {
  it('a closed Document throws on any use, its id included; opening it again gives a usable handle', async () => {
    const b = await demo();
    const app = b.globals.DocumentApp as { create(n: string): FakeDocument; openById(id: string): FakeDocument };
    const doc = app.create('Brouillon');
    const id = doc.getId();
    doc.saveAndClose();
    expect(() => doc.getId()).toThrow(CLOSED_DOCUMENT);
    expect(() => doc.getBody()).toThrow(CLOSED_DOCUMENT);
    expect(app.openById(id).getBody().getNumChildren()).toBe(0);
  });

  it('Drive imports into a Google Doc only the types Google documents (HTML, Word, OpenDocument, RTF, text)', async () => {
    const b = await demo();
    const resource = { name: 'Rapport', mimeType: 'application/vnd.google-apps.document' };
    expect(() => b.drive.Files.create(resource, new FakeBlob('{}', 'application/json', 'r.json'))).toThrow(/Bad Request/);
    expect(() => b.drive.Files.create(resource, new FakeBlob('a;b', 'text/csv', 'r.csv'))).toThrow(/Bad Request/);
    expect(b.drive.files.size).toBe(0);
    const made = b.drive.Files.create(resource, new FakeBlob('<p>Bonjour</p>', 'text/html', 'r.html'));
    expect(
      b.documents
        .get(made.id as string)
        ?.body.paragraphs()
        .map((p) => p.content),
    ).toEqual(['Bonjour']);
  });
});
