/**
 * The annual report as a board presents it at an AG (docs/domain.md, "Annual report"): the cover,
 * the contents, results in words, zero rows, plain words, column widths, and a commentary whose
 * every number is one of its tables'.
 */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { cellText } from '../../shared/reports/cell-text';
import { columnLayout, textEms } from '../../shared/reports/column-widths';
import { reportHtml } from '../../shared/reports/html';
import type { ReportBlock, ReportDoc, ReportTable } from '../../shared/reports/doc';
import type { Lang } from '../../shared/i18n/lang';
import { numbersNotIn, numbersOf } from '../../scripts/check-documents/numbers';
import { readXlsx } from '../../scripts/xlsx/read';
import type { XlsxSnapshot } from '../../scripts/xlsx/read';
import { DEMO, TODAY, day, demoWith, tableStartingWith, text } from '../helpers/demo';

let snap: XlsxSnapshot;
beforeAll(async () => {
  snap = await readXlsx(DEMO);
});

const report = (book: ParsedWorkbook, year = 2025, lang: Lang = 'fr') => buildAnnualReport(book, year, { lang, generatedOn: TODAY });
const tables = (doc: ReportDoc) => doc.blocks.filter((b): b is ReportTable => b.kind === 'table');
const paragraphs = (doc: ReportDoc, style: string) =>
  doc.blocks
    .filter((b): b is Extract<ReportBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.style === style)
    .map((b) => b.text);
/** Every header and cell of every table, as the renderers write them. */
const tablesText = (doc: ReportDoc) =>
  tables(doc)
    .flatMap((t) => [t.columns.map((c) => c.header).join(' | '), ...t.rows.map((r) => r.map((c) => cellText(c, doc.lang)).join(' | '))])
    .join('\n');
const labels = (t: ReportTable) => t.rows.map((r) => text(r[0]).trim());

/** The demo with its Paramètres rows replaced (name → value) or removed (value null). */
function demoSettings(values: Record<string, string | null>): ParsedWorkbook {
  const rows = snap.readSheet('Paramètres').filter((r) => !(String(r[0]) in values) || values[String(r[0])] !== null);
  const sheets = Object.fromEntries(
    snap.sheetNames().map((n) => [n, n === 'Paramètres' ? rows.map((r) => [r[0], values[String(r[0])] ?? r[1]]) : snap.readSheet(n)]),
  );
  return readWorkbook({ ...snap, sheetNames: () => Object.keys(sheets), readSheet: (n: string) => sheets[n] } as XlsxSnapshot);
}

describe('the cover and the contents', () => {
  it('give the association, the year, the AG date and the day the accounts were closed, from Paramètres', () => {
    const doc = report(readWorkbook(snap));
    expect(doc.blocks.slice(0, 5)).toEqual([
      { kind: 'paragraph', style: 'title', text: 'Citego — Cités, territoires, gouvernance' },
      { kind: 'paragraph', style: 'subtitle', text: 'Rapport annuel 2025' },
      { kind: 'paragraph', style: 'cover', text: 'Présenté à l’assemblée générale du 13/06/2026' },
      { kind: 'paragraph', style: 'cover', text: 'Comptes arrêtés le 24/03/2026 par le conseil d’administration' },
      { kind: 'paragraph', style: 'note', text: 'Exercice du 01/01/2025 au 31/12/2025' },
    ]);
    expect(JSON.stringify(doc.blocks.slice(0, 5))).not.toContain('15/01/2026');
    expect(doc.footer).toEqual({ text: 'Citego — Cités, territoires, gouvernance — Rapport annuel 2025', page: 'Page' });
  });

  it('say plainly when a date is not set, and never put another date in its place', () => {
    const doc = report(demoSettings({ "Date de l'AG": null, 'Comptes arrêtés le': '' }));
    const cover = paragraphs(doc, 'cover');
    expect(cover).toEqual([
      'Date de l’assemblée générale non renseignée (Paramètres › Date de l’AG)',
      'Comptes non encore arrêtés : la date d’arrêté n’est pas renseignée (Paramètres › Comptes arrêtés le)',
    ]);
    expect(numbersOf(cover.join(' '))).toEqual([]);
    const en = report(readWorkbook(snap, 'en'), 2025, 'en');
    expect(paragraphs(en, 'cover')).toEqual([
      'Presented to the general meeting of 2026-06-13',
      'Accounts approved by the board on 2026-03-24',
    ]);
  });

  it('a date that is not one is a finding on its Paramètres cell, and the cover says it is not set', () => {
    const book = demoSettings({ "Date de l'AG": 'juin' });
    expect(book.findings.find((f) => f.sheet === 'Paramètres' && f.rule === 'cell.invalid')?.message).toBe(
      "Paramètre « Date de l'AG » : « juin » n'est pas une date (ex. 14/06/2026) ; la valeur par défaut est utilisée.",
    );
    expect(paragraphs(report(book), 'cover')[0]).toBe('Date de l’assemblée générale non renseignée (Paramètres › Date de l’AG)');
  });

  it('lists every heading of levels 1 and 2 after the cover, in order, before a page break', () => {
    const doc = report(readWorkbook(snap));
    const at = doc.blocks.findIndex((b) => b.kind === 'toc');
    const toc = doc.blocks[at];
    expect(doc.blocks[at - 1]).toEqual({ kind: 'pageBreak' });
    expect(doc.blocks[at + 1]).toEqual({ kind: 'pageBreak' });
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level < 3).map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(toc.kind === 'toc' && toc.entries.map((e) => e.text)).toEqual(headings);
    expect(toc.kind === 'toc' && toc.entries.slice(0, 3)).toEqual([
      { level: 1, text: 'Chiffres clés' },
      { level: 1, text: "Rapport d'activité" },
      { level: 2, text: 'Conventions de l’année' },
    ]);
    expect(reportHtml(doc)).toContain('<h2>Sommaire</h2><ul><li>Chiffres clés</li>');
  });
});

describe('results, rows and words', () => {
  it('say « Déficit » or « Excédent » with a positive amount, never « Déficit -… »', () => {
    const d2025 = report(readWorkbook(snap));
    const key = tableStartingWith(d2025, 'Indicateur').rows.map((r) => r.map((c) => cellText(c, 'fr')));
    expect(key[2]).toEqual(['Déficit', '25\u202f559,42\u202f€']);
    const statement = tableStartingWith(d2025, 'Rubrique', '2025', '2024');
    const net = statement.rows.find((r) => text(r[0]) === 'Résultat de l’exercice')?.map((c) => cellText(c, 'fr'));
    expect(net).toEqual(['Résultat de l’exercice', 'Déficit 25\u202f559,42\u202f€', 'Excédent 832,00\u202f€']);
    const d2024 = report(readWorkbook(snap), 2024);
    expect(tableStartingWith(d2024, 'Indicateur').rows[2].map((c) => cellText(c, 'fr'))).toEqual(['Excédent', '832,00\u202f€']);
    for (const doc of [d2025, d2024])
      expect(`${tablesText(doc)}\n${paragraphs(doc, 'commentary').join('\n')}`).not.toMatch(/[Dd]éficit\s*[-−]/);
  });

  it('hide a row at zero both years, and keep it when the previous year had a figure', () => {
    const plain = tableStartingWith(report(readWorkbook(snap)), 'Rubrique', '2025', '2024');
    expect(labels(plain)).not.toContain('Produits financiers');
    expect(labels(plain)).not.toContain('Charges exceptionnelles');
    expect(labels(plain)).toContain('Ventes de biens et de services'); // 0 in 2024, 11 700,00 € in 2025
    const { book } = demoWith(snap, { Journal: [[day('2024-12-31'), 'X-1', 'Intérêts du livret', '768', '', '', '', 12.5, '', 'banque']] });
    const withInterest = tableStartingWith(report(book), 'Rubrique', '2025', '2024');
    const row = withInterest.rows.find((r) => text(r[0]) === 'Produits financiers')?.map((c) => cellText(c, 'fr'));
    expect(row).toEqual(['Produits financiers', '0,00\u202f€', '12,50\u202f€']);
    expect(labels(tableStartingWith(report(readWorkbook(snap), 2024), 'Rubrique', '2024'))).not.toContain('Ventes de biens et de services');
  });

  it('speak to readers outside the office: no account numbers or sheet names, actions as titles, budget consumed', () => {
    const doc = report(readWorkbook(snap));
    const all = `${tablesText(doc)}\n${doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n')}`;
    expect(all).not.toMatch(/\((86|87|512|530|864\/875|86\/87|689\/19)\)|taux horaire de Paramètres|Avancement/);
    expect(all).toContain('contributions volontaires en nature');
    expect(labels(tableStartingWith(doc, 'Action', 'Conventions'))).toEqual([
      'Atlas relationnel',
      'Dossiers thématiques',
      'Fonctionnement',
      'Formation',
    ]);
    const projects = tableStartingWith(doc, 'Projet', 'Action', 'Charges prévues', 'Réalisé', 'Consommation du budget');
    expect(projects.rows.map((r) => text(r[1]))).toContain('Site ressources');
  });
});

describe('the commentary', () => {
  it.each(['fr', 'en'] as const)('speaks of every section in %s, and every number it writes is one of the tables’', (lang) => {
    const doc = report(readWorkbook(snap, lang), 2025, lang);
    const commentary = paragraphs(doc, 'commentary');
    expect(commentary).toHaveLength(6);
    const all = commentary.join('\n');
    expect(numbersOf(all).length).toBeGreaterThan(25);
    expect(numbersNotIn(all, tablesText(doc))).toEqual([]);
  });

  it('says the result, its causes, budget, fonds dédiés, cash, volunteers and new partners of the demo', () => {
    const c = paragraphs(report(readWorkbook(snap)), 'commentary');
    expect(c[0]).toBe(
      'L’exercice 2025 se solde par un déficit de 25\u202f559,42\u202f€ : les produits s’élèvent à 90\u202f460,00\u202f€ et les charges à 116\u202f019,42\u202f€. L’exercice 2024 s’était clos par un excédent de 832,00\u202f€ ; depuis, les produits sont passés de 17\u202f700,00\u202f€ à 90\u202f460,00\u202f€ et les charges de 16\u202f868,00\u202f€ à 116\u202f019,42\u202f€.',
    );
    expect(c[1]).toContain('Institut Polytechnique de Lisbonne et Forum des autorités locales');
    expect(c[1]).toContain('856,5 heures');
    expect(c[2]).toContain('services extérieurs et autres services extérieurs (de 13\u202f968,00\u202f€ à 78\u202f534,32\u202f€)');
    expect(c[3]).toBe('Au 31/12/2025, la trésorerie s’élève à 17\u202f033,68\u202f€ en banque et 388,90\u202f€ en caisse.');
    // DT-EAU's gap is the largest in euros (SITE's is larger in percent): the sentence says which measure ranks.
    expect(c[4]).toContain(
      'L’écart le plus important en montant concerne le projet DT-EAU : 15\u202f981,00\u202f€ dépensés pour 21\u202f000,00\u202f€ prévus',
    );
    expect(c[5]).toContain('Des fonds dédiés sont proposés pour 12\u202f717,95\u202f€ (C-2025-002, Région Auvergne-Rhône-Alpes)');
    expect(c[5]).toContain(
      '13\u202f200,00\u202f€ sont probablement à reverser aux financeurs (C-2025-003, Fondation pour le progrès de l’homme : 12\u202f000,00\u202f€ et C-2025-009, Région Auvergne-Rhône-Alpes : 1\u202f200,00\u202f€)',
    );
  });

  it('the subsidies table shows what citego close finds probably owed back, per convention and in total', () => {
    const t = tableStartingWith(report(readWorkbook(snap)), 'Convention', 'Financeur', 'Demandé');
    const at = t.columns.findIndex((c) => c.header === 'À reverser (probable)');
    expect(at).toBeGreaterThan(0);
    expect(t.rows.map((r) => [text(r[0]), cellText(r[at] ?? null, 'fr')])).toEqual([
      ['C-2025-001', '0,00\u202f€'],
      ['C-2025-002', '0,00\u202f€'],
      ['C-2025-003', '12\u202f000,00\u202f€'],
      ['C-2025-009', '1\u202f200,00\u202f€'],
      ['Total', '13\u202f200,00\u202f€'],
    ]);
  });

  it('the check finds a number that no table holds', () => {
    const doc = report(readWorkbook(snap));
    expect(numbersNotIn('Les charges augmentent de 99\u202f151,42\u202f€ en 2025.', tablesText(doc))).toEqual(['99\u202f151,42']);
    expect(numbersNotIn('Le déficit est de 25\u202f559,42\u202f€.', tablesText(doc))).toEqual([]);
  });
});

describe('column widths', () => {
  it('give a label column its longest label when the page allows, and never cut a word or a figure', () => {
    const doc = report(readWorkbook(snap));
    const statement = tableStartingWith(doc, 'Rubrique', '2025', '2024');
    const layout = columnLayout(statement, 'fr');
    // The whole longest label fits on one line, at 9 or 10 points.
    expect(layout.fontSize).toBeGreaterThanOrEqual(9);
    const longest = Math.max(...statement.rows.map((r) => textEms(cellText(r[0], 'fr'))));
    expect(layout.fractions[0] * 482).toBeGreaterThanOrEqual(longest * layout.fontSize);
    for (const t of tables(doc)) {
      const { fractions, fontSize } = columnLayout(t, 'fr');
      expect(fractions.reduce((s, f) => s + f, 0)).toBeCloseTo(1, 6);
      t.columns.forEach((c, i) => {
        const widest = Math.max(
          ...[c.header, ...t.rows.map((r) => cellText(r[i] ?? null, 'fr'))].flatMap((s) => s.trim().split(/ +/)).map(textEms),
        );
        expect(fractions[i] * 482).toBeGreaterThanOrEqual(widest * fontSize);
      });
    }
  });
});
