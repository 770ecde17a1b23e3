/**
 * The twelve-month cash plan (docs/domain.md, "Twelve-month cash plan"): the months of a small
 * workbook against a list computed by hand, the overdue instalments in the first month, the
 * months below Paramètres › Trésorerie minimale, and the demo from its 2025 closing.
 */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { addMonths, cashPlan, monthFlow, parseMonth } from '../../shared/ledger/cash-plan';
import { readXlsx } from '../../scripts/xlsx/read';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { DEMO } from '../helpers/demo';

const JOURNAL = ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Recette', 'Dépense', 'Moyen'];

function small(extra: { schedule?: CellValue[][]; settings?: CellValue[][] } = {}): ParsedWorkbook {
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
        ['ID', 'Intitulé', 'Partenaire', 'Type', 'Projet', 'Début', 'Fin', 'Montant', 'Sens'],
        ['C-2026-001', 'Atlas', 'P-0001', 'subvention', 'ATLAS', '01/01/2026', '31/12/2026', '12 000', 'recette'],
        ['C-2026-002', 'Développement', 'P-0002', 'prestation', 'ATLAS', '01/01/2026', '30/06/2026', '6 000', 'dépense'],
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
    expect(plan.lowest).toEqual({ month: '2026-05', closing: 420_000 });
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

  it('starts from the bilan’s bank and cash and brings in the instalments still expected', () => {
    const plan = cashPlan(book, '2026-01');
    // docs/domain.md: banque 17 033,68 € + caisse 388,90 € on 31/12/2025.
    expect(plan.openingCash).toBe(1_742_258);
    // C-2025-009's balance of 12 000 € (30/01/2026) and C-2025-002's second 14 000 € (31/07/2026).
    expect(plan.months[0].scheduled.in).toBe(1_200_000);
    expect(plan.months[6].scheduled.in).toBe(1_400_000);
    expect(plan.months.reduce((s, m) => s + m.scheduled.in, 0)).toBe(2_600_000);
    const last = plan.months[11];
    const flows = plan.months.map(monthFlow).reduce((s, f) => s + f.in - f.out, 0);
    expect(last.closing).toBe(plan.openingCash + flows);
  });
});
