import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { readXlsx } from '../../scripts/xlsx/read';
import { writeWorkbookFile } from '../../scripts/xlsx/write';
import { demoSheets } from '../../examples/make-demo';
import { citego, ROOT } from '../helpers/cli';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');

describe('the embedded demo workbook', () => {
  it('is up to date with its fixtures (run `npm run demo` after changing them)', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'citego-demo-')), 'demo.xlsx');
    await writeWorkbookFile(fresh, demoSheets());
    const [a, b] = await Promise.all([readXlsx(DEMO), readXlsx(fresh)]);
    expect(a.sheetNames()).toEqual(b.sheetNames());
    for (const name of a.sheetNames()) expect(a.readSheet(name)).toEqual(b.readSheet(name));
  });

  it('holds a realistic year: partners of every type, conventions, ~300 Journal lines, 2024 and 2025', async () => {
    const book = readWorkbook(await readXlsx(DEMO));
    expect(book.settings.associationName).toBe('Citego — Cités, territoires, gouvernance');
    expect(book.settings.siren).toBe('812345679');
    expect(new Set(book.partners.records.map((p) => p.type)).size).toBe(8);
    expect(book.conventions.records.length).toBeGreaterThanOrEqual(12);
    expect(book.projects.records.map((p) => p.code)).toEqual(['DT-EAU', 'ATLAS', 'FORM', 'SITE', 'COOP', 'FONC']);
    expect(book.ledger.records.length).toBeGreaterThanOrEqual(280);
    const years = new Set(book.ledger.records.map((r) => r.date?.slice(0, 4)));
    expect(years).toEqual(new Set(['2024', '2025', undefined]));
    expect(book.volunteering.records.length).toBeGreaterThan(50);
  });

  it('reads with exactly the deliberate unreadable cell listed in examples/README.md, and the Total row', async () => {
    const book = readWorkbook(await readXlsx(DEMO));
    expect(book.findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.column])).toEqual([
      ['cell.invalid', 'error', 'Journal', 72, 'Date'],
      ['row.total', 'info', 'Journal', 310, null],
    ]);
  });

  it('npm start’s command prints the French summary of the demo', () => {
    const r = citego(['overview']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Citego — Cités, territoires, gouvernance — 19 feuilles lues\n/);
    expect(r.stdout).toMatch(/ {2}Journal +306 lignes {2}1 erreur\n/);
    expect(r.stdout).toContain("Journal!A72      Date : « 31/02/2025 » n'est pas une date (ex. 15/03/2025).");
    expect(r.stderr).toBe('');
  });

  it('speaks English on request', () => {
    const r = citego(['overview', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('19 sheets read');
    expect(r.stdout).toContain('Journal!A72      Date: "31/02/2025" is not a date (e.g. 15/03/2025).');
  });
});
