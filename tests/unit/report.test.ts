import { join } from 'node:path';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import type { IsoDate } from '../../shared/values/dates';
import type { CellValue } from '../../shared/sheets/ports';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { Refusal, userMessage } from '../../shared/i18n/refusal';
import type { ReportTable } from '../../shared/reports/doc';
import { cellText } from '../../shared/reports/cell-text';
import { incomeStatement } from '../../shared/ledger/statement';
import { readXlsx } from '../../scripts/xlsx/read';
import { syntheticSheets } from '../../scripts/bench/synthetic';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');
const TODAY = '2026-01-15' as IsoDate;

/** Sums computed here from raw Journal cells, independently of the report code. */
function rawTotals(rows: CellValue[][], headerRow: number, year: number) {
  const header = rows[headerRow];
  const col = (h: string) => header.indexOf(h);
  let income = 0;
  let charges = 0;
  for (const r of rows.slice(headerRow + 1)) {
    const d = r[col('Date')];
    const y = d instanceof Date ? d.getUTCFullYear() : typeof d === 'string' && /^\d{4}-/.test(d) ? Number(d.slice(0, 4)) : null;
    if (y !== year) continue;
    const inc = r[col('Recette')];
    const exp = r[col('Dépense')];
    if ((inc === '' || inc === null) === (exp === '' || exp === null)) continue;
    const account = String(r[col('Compte')]);
    const cents = Math.round(Number(inc === '' || inc === null ? exp : inc) * 100);
    const isIncome = !(inc === '' || inc === null);
    if (account.startsWith('7')) income += isIncome ? cents : -cents;
    if (account.startsWith('6')) charges += isIncome ? -cents : cents;
  }
  return { income, charges };
}

describe('the compte de résultat, checked against sums made independently from the Journal', () => {
  it('agrees to the cent on the demo year, 86 = 87 valued from the volunteer hours', async () => {
    const snap = await readXlsx(DEMO);
    const book = readWorkbook(snap);
    const st = incomeStatement(book, 2025);
    const raw = rawTotals(snap.readSheet('Journal'), 1, 2025);
    expect(st.totalIncome).toBe(raw.income);
    expect(st.totalCharges).toBe(raw.charges);
    expect(st.netResult).toBe(raw.income - raw.charges);
    expect(st.totalIncome).toBe(9_046_000);
    expect(st.cvnUses).toBe(st.cvnSources);
    expect(st.volunteerHours).toBe(856.5);
    expect(st.cvnSources).toBe(856.5 * 1200);
    const prev = incomeStatement(book, 2024);
    expect(prev.totalIncome).toBe(rawTotals(snap.readSheet('Journal'), 1, 2024).income);
  });

  it('agrees to the cent on a synthetic year of 2 000 lines', () => {
    const sheets = syntheticSheets(2000, 11);
    const cells = Object.fromEntries(
      sheets.map((s) => [s.name, [[...s.header], ...s.rows.map((r) => r.map((c) => (c === null ? '' : (c as CellValue))))]]),
    );
    const book = readWorkbook(new MemoryWorkbook(cells));
    const st = incomeStatement(book, 2025);
    const raw = rawTotals(cells.Journal as CellValue[][], 0, 2025);
    expect(st.lines).toBe(2000);
    expect(st.totalIncome).toBe(raw.income);
    expect(st.totalCharges).toBe(raw.charges);
  });
});

describe('the annual report model', () => {
  let tables: ReportTable[] = [];
  let text = '';

  beforeAll(async () => {
    const doc = buildAnnualReport(readWorkbook(await readXlsx(DEMO)), 2025, { lang: 'fr', generatedOn: TODAY });
    tables = doc.blocks.filter((b): b is ReportTable => b.kind === 'table');
    text = JSON.stringify(doc.blocks);
  });

  it('opens with the association, the year and the key figures in French format', () => {
    expect(text).toContain('"Citego — Cités, territoires, gouvernance"');
    expect(text).toContain('"Rapport annuel 2025"');
    const key = tables[0].rows.map((r) => [cellText(r[0], 'fr'), cellText(r[1], 'fr')]);
    expect(key).toEqual([
      ['Total des produits', '90\u202f460,00\u202f€'],
      ['Total des charges', '116\u202f019,42\u202f€'],
      ['Déficit', '25\u202f559,42\u202f€'],
      ['Partenaires actifs', '14'],
      ['Conventions en cours ou signées', '11'],
      ['Heures de bénévolat', '856,5'],
      ['Valorisation du bénévolat', '10\u202f278,00\u202f€'],
    ]);
  });

  it('shows the previous year beside the current one in the compte de résultat', () => {
    const statement = tables.find((t) => t.columns[0].header === 'Rubrique') as ReportTable;
    expect(statement.columns.map((c) => c.header)).toEqual(['Rubrique', '2025', '2024']);
    const net = statement.rows.find((r) => cellText(r[0], 'fr') === 'Résultat de l’exercice');
    expect(net?.map((c) => cellText(c, 'fr'))).toEqual([
      'Résultat de l’exercice',
      'Déficit 25\u202f559,42\u202f€',
      'Excédent 832,00\u202f€',
    ]);
    const cvn = statement.rows.slice(-2).map((r) => cellText(r[1], 'fr'));
    expect(cvn).toEqual(['10\u202f278,00\u202f€', '10\u202f278,00\u202f€']);
  });

  it('holds the activity: chronology from Mémoire, published dossiers, new partners', () => {
    expect(text).toContain('Assemblée générale 2025');
    expect(text).toContain('Gouverner l’eau dans les villes');
    expect(text).toContain('Institut Polytechnique de Lisbonne');
    expect(text).not.toContain('Assemblée générale 2024');
  });

  it('carries two charts as data: produits by origin and charges by nature', async () => {
    const doc = buildAnnualReport(readWorkbook(await readXlsx(DEMO)), 2025, { lang: 'fr', generatedOn: TODAY });
    const charts = doc.blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => (c.kind === 'chart' ? c.title : ''))).toEqual(['Produits par origine', 'Charges par nature']);
    const income = charts[0].kind === 'chart' ? charts[0].bars : [];
    expect(income.reduce((s, b) => s + b.amount, 0)).toBe(9_046_000);
  });

  it('has no previous-year column when that year has no data', async () => {
    const doc = buildAnnualReport(readWorkbook(await readXlsx(DEMO)), 2024, { lang: 'fr', generatedOn: TODAY });
    const statement = doc.blocks.find((b) => b.kind === 'table' && b.columns[0].header === 'Rubrique') as ReportTable;
    expect(statement.columns.map((c) => c.header)).toEqual(['Rubrique', '2024']);
  });

  it('a year without data is a clear message, not an empty document', async () => {
    const book = readWorkbook(await readXlsx(DEMO));
    expect(() => buildAnnualReport(book, 2019, { lang: 'fr', generatedOn: TODAY })).toThrow(Refusal);
    expect(() => buildAnnualReport(book, 2019, { lang: 'fr', generatedOn: TODAY })).toThrow(
      "Aucune donnée pour l'exercice 2019 (ni opération du Journal, ni événement, ni bénévolat entre le 01/01/2019 et le 31/12/2019) : choisissez une autre année.",
    );
    let refused: unknown = null;
    try {
      buildAnnualReport(readWorkbook(await readXlsx(DEMO), 'en'), 2019, { lang: 'en', generatedOn: TODAY });
    } catch (e) {
      refused = e;
    }
    expect(userMessage(refused, 'en')).toBe(
      'No data for fiscal year 2019 (no Journal line, event or volunteering between 2019-01-01 and 2019-12-31): choose another year.',
    );
  });

  it('speaks English on request', async () => {
    const doc = buildAnnualReport(readWorkbook(await readXlsx(DEMO), 'en'), 2025, { lang: 'en', generatedOn: TODAY });
    expect(doc.title).toBe('Citego — Cités, territoires, gouvernance — Annual report 2025');
    expect(JSON.stringify(doc.blocks)).toContain('Income statement');
  });
});
