/**
 * The twelve-month cash plan (docs/domain.md, "Twelve-month cash plan"): the months of a small
 * workbook against a list computed by hand, the overdue instalments in the first month, the
 * months below Paramètres › Trésorerie minimale, and the demo from its 2025 closing.
 */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { addMonths, cashPlan, monthFlow, parseMonth } from '../../shared/ledger/cash-plan';
import { inflateSync } from 'node:zlib';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { cashPlanChart, cashPlanNotes } from '../../shared/reports/cash-plan/blocks';
import { reportHtml } from '../../shared/reports/html';
import { LINE_CHART, lineChartPng, RED } from '../../shared/reports/line-png';
import { readXlsx } from '../../scripts/xlsx/read';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { DEMO, tableStartingWith, text, TODAY } from '../helpers/demo';

/** The palette indexes of a PNG written by line-png.ts, decoded with Node's own zlib. */
function pixels(png: number[]): { width: number; height: number; px: Buffer } {
  const buf = Buffer.from(png);
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idatAt = buf.indexOf('IDAT');
  const raw = inflateSync(buf.subarray(idatAt + 4, idatAt + 4 + buf.readUInt32BE(idatAt - 4)));
  expect(raw.length).toBe(height * (width + 1));
  return { width, height, px: raw };
}

const JOURNAL = ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Recette', 'Dépense', 'Moyen'];

function small(extra: { schedule?: CellValue[][]; settings?: CellValue[][]; conventions?: CellValue[][] } = {}): ParsedWorkbook {
  return readWorkbook(
    new MemoryWorkbook({
      Paramètres: [['Paramètre', 'Valeur'], ['Trésorerie minimale', '5 000'], ...(extra.settings ?? [])],
      "Soldes d'ouverture": [
        ['Exercice', 'Compte', 'Libellé', 'Débit', 'Crédit'],
        [2026, '512', 'Banque', '10 000', ''],
        [2026, '530', 'Caisse', '500', ''],
        [2026, '102', 'Fonds propres', '', '10 500'],
      ],
      Projets: [
        ['Code', 'Intitulé'],
        ['ATLAS', 'Atlas'],
        ['FONC', 'Fonctionnement'],
      ],
      Partenaires: [
        ['ID', 'Nom'],
        ['P-0001', 'Région'],
        ['P-0002', 'Studio'],
      ],
      Conventions: [
        ['ID', 'Intitulé', 'Partenaire', 'Type', 'Projet', 'Signée le', 'Début', 'Fin', 'Montant', 'Sens'],
        ['C-2026-001', 'Atlas', 'P-0001', 'subvention', 'ATLAS', '15/12/2025', '01/01/2026', '31/12/2026', '12 000', 'recette'],
        ['C-2026-002', 'Développement', 'P-0002', 'prestation', 'ATLAS', '15/12/2025', '01/01/2026', '30/06/2026', '6 000', 'dépense'],
        ...(extra.conventions ?? []),
      ],
      Échéances: [
        ['Convention', 'Date', 'Type', 'Montant', 'Fait'],
        ['C-2026-001', '10/01/2026', 'versement', '3 000', 'oui'],
        ['C-2026-001', '30/06/2026', 'versement', '9 000', 'non'],
        ['C-2026-001', '31/03/2027', 'rapport', '', ''],
        ['C-2026-002', '15/03/2026', 'versement', '6 000', ''],
        ...(extra.schedule ?? []),
      ],
      Journal: [
        JOURNAL,
        ['10/01/2026', '1', 'Région, 1re tranche', '741', 'ATLAS', 'C-2026-001', '3 000', '', 'banque'],
        ['05/02/2026', '2', 'Chercheurs', '6226', 'ATLAS', '', '', '1 200', 'banque'],
        ['20/02/2026', '3', 'Fournitures', '6064', 'FONC', '', '', '100', 'caisse'],
      ],
      Budget: [
        ['Année', 'Projet', 'Compte', 'Libellé', 'Charge', 'Produit', 'Financeur'],
        [2026, 'ATLAS', '6226', 'Chercheurs', '12 000', '', ''],
        [2026, 'ATLAS', '611', 'Développement', '6 000', '', ''],
        [2026, 'ATLAS', '864', 'Bénévolat', '2 000', '', ''],
        [2026, 'ATLAS', '741', 'Région', '', '12 000', 'Région'],
        [2026, 'ATLAS', '7561', 'Fonds propres', '', '6 000', ''],
        [2026, 'ATLAS', '875', 'Bénévolat', '', '2 000', ''],
      ],
    }),
  );
}

describe('the twelve-month cash plan', () => {
  it('months of a small workbook, against a list computed by hand', () => {
    const plan = cashPlan(small(), '2026-01');
    // Cash on 01/01/2026: 512 10 000 + 530 500. ATLAS 2026, money in: budget 18 000 − booked 3 000 −
    // scheduled 9 000 = 6 000, 500 a month; money out: 18 000 − booked 1 200 − scheduled 6 000 = 10 800,
    // 900 a month. 864/875 move no money; FONC has no budget, its 100 is booked only.
    expect(plan.openingCash).toBe(1_050_000);
    expect(plan.months.map((m) => [m.month, m.closing / 100, m.belowMinimum])).toEqual([
      ['2026-01', 13_100, false],
      ['2026-02', 11_400, false],
      ['2026-03', 5_000, false],
      ['2026-04', 4_600, true],
      ['2026-05', 4_200, true],
      ['2026-06', 12_800, false],
      ['2026-07', 12_400, false],
      ['2026-08', 12_000, false],
      ['2026-09', 11_600, false],
      ['2026-10', 11_200, false],
      ['2026-11', 10_800, false],
      ['2026-12', 10_400, false],
    ]);
    const [jan, feb, mar] = plan.months;
    expect(jan).toMatchObject({ opening: 1_050_000, booked: { in: 300_000, out: 0 }, budget: { in: 50_000, out: 90_000 } });
    expect(feb.booked).toEqual({ in: 0, out: 130_000 });
    expect(mar.scheduled).toEqual({ in: 0, out: 600_000 });
    expect(plan.months[5].scheduled).toEqual({ in: 900_000, out: 0 });
    expect(plan.lowest).toEqual({ month: '2026-05', closing: 420_000, atStart: false });
    expect(plan.openingBelowMinimum).toBe(false);
    expect(plan.uncertain).toEqual([]);
    expect(plan.yearsWithoutBudget).toEqual([]);
    // Every month closes on its opening plus its flows, and opens on the previous closing.
    plan.months.forEach((m, i) => {
      const f = monthFlow(m);
      expect(m.closing).toBe(m.opening + f.in - f.out);
      if (i > 0) expect(m.opening).toBe(plan.months[i - 1].closing);
    });
  });

  it('starting mid-year: cash includes the lines booked before, the remaining budget is spread over the months left', () => {
    const plan = cashPlan(small(), '2026-07');
    // 10 500 + 3 000 − 1 200 − 100 (booked before July): 12 200. The 6 000 paid out in March are an
    // instalment not marked done: still expected, so in July (overdue), as is June's 9 000.
    expect(plan.openingCash).toBe(1_220_000);
    expect(plan.overdue).toEqual({ in: 900_000, out: 600_000 });
    expect(plan.months[0].scheduled).toEqual({ in: 900_000, out: 600_000 });
    // 2026 ATLAS in: 6 000 left over July–December (1 000 a month); out 10 800 (1 800 a month); 2027 has no budget.
    expect(plan.months[0].budget).toEqual({ in: 100_000, out: 180_000 });
    expect(plan.months[6].budget).toEqual({ in: 0, out: 0 });
    expect(plan.yearsWithoutBudget).toEqual([2027]);
    expect(plan.months[11].closing).toBe(1_220_000 + 900_000 - 600_000 + 600_000 - 1_080_000);
  });

  it('an instalment overdue at the start counts in the first month and is taken off the budget left to spread', () => {
    const plan = cashPlan(small({ schedule: [['C-2026-001', '20/12/2025', 'versement', '1 200', '']] }), '2026-01');
    expect(plan.overdue).toEqual({ in: 120_000, out: 0 });
    expect(plan.months[0].scheduled.in).toBe(120_000);
    // ATLAS in: 18 000 − 3 000 − 9 000 − 1 200 = 4 800, 400 a month.
    expect(plan.months.map((m) => m.budget.in)).toEqual(new Array(12).fill(40_000));
    expect(plan.months[11].closing).toBe(1_040_000);
  });

  it('without Trésorerie minimale, only months below zero are flagged', () => {
    const book = readWorkbook(new MemoryWorkbook({ Paramètres: [['Paramètre', 'Valeur']] }));
    expect(book.settings.minimumCash).toBe(0);
    expect(small().settings.minimumCash).toBe(500_000);
  });

  it('months: YYYY-MM read and counted across years', () => {
    expect(parseMonth('2026-01')).toBe('2026-01');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('01/2026')).toBeNull();
    expect(addMonths('2025-11', 3)).toBe('2026-02');
  });
});

describe('the demo’s cash plan from its 2025 closing', () => {
  let book: ParsedWorkbook;
  beforeAll(async () => {
    book = readWorkbook(await readXlsx(DEMO));
  });

  it('starts from the bilan’s bank and cash, brings in the instalments still expected and spreads the 2026 budget', () => {
    const plan = cashPlan(book, '2026-01');
    // docs/domain.md: banque 17 033,68 € + caisse 388,90 € on 31/12/2025.
    expect(plan.openingCash).toBe(1_742_258);
    // Échéances not done: C-2025-002's second 14 000 € (31/07/2026, ATLAS, signed, running until
    // 30/06/2026 when the plan starts: its usual solde). C-2025-009's balance of 12 000 € (30/01/2026)
    // is a versement incertain: unsigned, and ended on 30/11/2025, before the plan. Budget 2026,
    // nothing booked yet: ATLAS in 18 400 − 14 000 = 4 400 (366,66 a month), out 18 400 (1 533,33);
    // SITE 9 000 each way (750); FONC 15 250 each way (1 270,83); the remainders of the cents on December.
    const monthIn = 36_666 + 75_000 + 127_083;
    const monthOut = 153_333 + 75_000 + 127_083;
    expect(plan.months[0].budget).toEqual({ in: monthIn, out: monthOut });
    expect(plan.months[11].budget).toEqual({ in: 36_674 + 75_000 + 127_087, out: 153_337 + 75_000 + 127_087 });
    // By hand: each month adds 2 387,49 in − 3 554,16 out = −1 166,67 (December −1 166,63), July also
    // the 14 000: January 17 422,58 − 1 166,67 = 16 255,91.
    const step = monthIn - monthOut;
    const closings: number[] = [];
    let cash = 1_742_258;
    for (let i = 0; i < 12; i++) {
      cash += (i === 11 ? 36_674 + 75_000 + 127_087 - (153_337 + 75_000 + 127_087) : step) + (i === 6 ? 1_400_000 : 0);
      closings.push(cash);
    }
    expect(closings[0]).toBe(1_625_591);
    expect(plan.months.map((m) => m.closing)).toEqual(closings);
    // Paramètres › Trésorerie minimale = 25 000 €: the plan opens below it (17 422,58 €), and every month stays below.
    expect(plan.openingBelowMinimum).toBe(true);
    expect(plan.months.filter((m) => m.belowMinimum)).toHaveLength(12);
    expect(plan.lowest).toEqual({ month: '2026-06', closing: 1_042_256, atStart: false });
    expect(plan.months.reduce((s, m) => s + m.scheduled.in, 0)).toBe(1_400_000);
    expect(plan.uncertain).toEqual([
      { convention: 'C-2025-009', date: '2026-01-30', side: 'in', amount: 1_200_000, reasons: ['unsigned', 'ended'] },
    ]);
    // The year-end rules (year-end.ts): money received beyond the justified spending of ended conventions.
    expect(plan.probableRepayments).toEqual([
      { convention: 'C-2025-003', amount: 1_200_000 },
      { convention: 'C-2025-009', amount: 120_000 },
    ]);
    const notes = cashPlanNotes(plan, 'fr');
    expect(notes).toContain('La trésorerie de départ est déjà sous la trésorerie minimale de 25\u202f000,00\u202f€.');
    expect(notes).toContain(
      'Versement incertain, non compté : C-2025-009, 12\u202f000,00\u202f€ à recevoir le 30/01/2026 ' +
        '(convention non signée ; convention terminée avant le début du plan).',
    );
    expect(notes).toContain(
      'Remboursement probable, non compté faute de date : C-2025-009, 1\u202f200,00\u202f€ reçus au-delà des dépenses justifiées d’une convention terminée.',
    );
  });

  it('a plan that opens below the minimum says so, and its low point is the opening', () => {
    const book = readWorkbook(
      new MemoryWorkbook({
        Paramètres: [
          ['Paramètre', 'Valeur'],
          ['Trésorerie minimale', '5 000'],
        ],
        "Soldes d'ouverture": [
          ['Exercice', 'Compte', 'Libellé', 'Débit', 'Crédit'],
          [2026, '512', 'Banque', '4 000', ''],
          [2026, '102', 'Fonds propres', '', '4 000'],
        ],
        Journal: [JOURNAL, ['10/01/2026', '1', 'Cotisations', '756', '', '', '1 000', '', 'banque']],
      }),
    );
    const plan = cashPlan(book, '2026-01');
    expect(plan.openingCash).toBe(400_000);
    expect(plan.openingBelowMinimum).toBe(true);
    expect(plan.months.map((m) => m.closing)).toEqual(new Array(12).fill(500_000));
    expect(plan.months.some((m) => m.belowMinimum)).toBe(false);
    expect(plan.lowest).toEqual({ month: '2026-01', closing: 400_000, atStart: true });
    expect(cashPlanNotes(plan, 'fr')).toEqual(
      expect.arrayContaining([
        'La trésorerie de départ est déjà sous la trésorerie minimale de 5\u202f000,00\u202f€.',
        'Point bas : au 01/01/2026 (début du plan), 4\u202f000,00\u202f€.',
      ]),
    );
  });

  it('an instalment of an unsigned or ended convention is a versement incertain: not counted, not brought back by the budget', () => {
    const plan = cashPlan(
      small({
        conventions: [['C-2025-004', 'Ancien atlas', 'P-0001', 'subvention', 'ATLAS', '', '01/01/2025', '30/11/2025', '2 000', 'recette']],
        schedule: [['C-2025-004', '15/02/2026', 'versement', '2 000', '']],
      }),
      '2026-01',
    );
    expect(plan.uncertain).toEqual([
      { convention: 'C-2025-004', date: '2026-02-15', side: 'in', amount: 200_000, reasons: ['unsigned', 'ended'] },
    ]);
    expect(plan.months[1].scheduled.in).toBe(0);
    // ATLAS in: 18 000 − 3 000 − 9 000 − 2 000 (uncertain, still covering its budget line) = 4 000.
    expect(plan.months.map((m) => m.budget.in)).toEqual([...new Array(11).fill(33_333), 33_337]);
    expect(cashPlanNotes(plan, 'en')).toContain(
      'Uncertain instalment, not counted: C-2025-004, €2,000.00 to receive on 2026-02-15 (agreement not signed; agreement ended before the plan starts).',
    );
  });
});

describe('the cash plan in the annual report', () => {
  it('its own section: a row a month, the months below the threshold said, and a line chart whose red dots are the flagged months', () => {
    const plan = cashPlan(small(), '2026-01');
    const chart = cashPlanChart(plan, 'fr');
    expect(chart.points.map((p) => p.label)).toEqual(
      ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'].map((m) => `${m} 2026`),
    );
    expect(cashPlanChart(plan, 'en').points[0].label).toBe('Jan 2026');
    // Twice the pixel density of the size it is shown at.
    expect([LINE_CHART.width, LINE_CHART.height, LINE_CHART.shownWidth, LINE_CHART.shownHeight]).toEqual([1280, 512, 640, 256]);
    expect(chart.threshold).toBe(500_000);
    const png = lineChartPng(chart);
    const { width, height, px } = pixels(png);
    expect([width, height]).toEqual([LINE_CHART.width, LINE_CHART.height]);
    const reds = px.filter((v) => v === RED).length;
    expect(reds).toBeGreaterThan(0);
    // Without a threshold nor a flagged month, nothing is red.
    const calm = { ...chart, threshold: null, points: chart.points.map((p) => ({ ...p, flagged: false })) };
    expect(pixels(lineChartPng(calm)).px.filter((v) => v === RED).length).toBe(0);
    // Runs compress: the picture stays small in the HTML the Google Doc is imported from.
    expect(png.length).toBeLessThan(40_000);
  });

  it('the demo’s 2025 report ends its financial part with the 2026 plan, in French and in English', async () => {
    const book = readWorkbook(await readXlsx(DEMO));
    const doc = buildAnnualReport(book, 2025, { lang: 'fr', generatedOn: TODAY });
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text === 'Plan de trésorerie sur douze mois')).toBe(true);
    const table = tableStartingWith(doc, 'Mois', 'Début du mois');
    expect(table.rows.map((r) => text(r[0]))).toEqual([
      'janvier 2026',
      'février 2026',
      'mars 2026',
      'avril 2026',
      'mai 2026',
      'juin 2026',
      'juillet 2026',
      'août 2026',
      'septembre 2026',
      'octobre 2026',
      'novembre 2026',
      'décembre 2026',
    ]);
    expect(table.rows[0][1]).toEqual({ amount: 1_742_258 });
    const html = reportHtml(doc);
    expect(html).toContain('Trésorerie en fin de mois (€)</b></p><p><img src="data:image/png;base64,');
    const en = buildAnnualReport(book, 2025, { lang: 'en', generatedOn: TODAY });
    expect(tableStartingWith(en, 'Month', 'Start of month').rows[11][0]).toEqual({ text: 'December 2026' });
  });
});
