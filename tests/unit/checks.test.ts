import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { runChecks, RULES } from '../../shared/checks/run-checks';
import type { IsoDate } from '../../shared/values/dates';
import type { CellValue } from '../../shared/sheets/ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import {
  BALANCED_BUDGET as balanced,
  check,
  CONVENTIONS,
  FUNDING_HEADER,
  journal,
  PARTNERS,
  PROJECTS,
  type Sheets,
} from '../helpers/check-book';

/** [row, column] of the findings of one rule. */
function fired(rule: string, sheets: Sheets, opts?: { year?: number | null; today?: string }): [number | null, string | null][] {
  return check(sheets, opts)
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.row, f.column]);
}

describe('the consistency rules (docs/domain.md)', () => {
  it('registers every rule id of docs/domain.md once', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(
      [
        'ref.unknown',
        'atlas.relation-unknown',
        'atlas.broader-cycle',
        'atlas.term-unknown',
        'atlas.duplicate',
        'atlas.orphan',
        'dossier.published',
        'dossier.committee',
        'dossier.orphan',
        'yearend.entry',
        'id.duplicate',
        'ledger.amount',
        'ledger.inkind',
        'ledger.side',
        'ledger.unknown-account',
        'ledger.private-subsidy',
        'ledger.voucher',
        'ledger.duplicate',
        'opening.unbalanced',
        'opening.account',
        'opening.carried',
        'budget.unbalanced',
        'budget.cvn',
        'budget.overrun',
        'funding.order',
        'funding.cofinancing',
        'funding.over',
        'convention.dates',
        'convention.period',
        'convention.ineligible',
        'convention.written',
        'convention.report',
        'convention.unspent',
        'asso.threshold',
        'member.unknown',
        'member.unmatched',
        'group.animator',
        'group.dossier',
        'group.project',
        'member.ended',
        'person.organisation',
        'opportunity.partner',
      ].sort(),
    );
  });

  it('the fixtures alone are consistent (the near-miss of every rule below starts here)', () => {
    expect(check({}).findings).toEqual([]);
  });

  describe('ref.unknown', () => {
    it('fires on an unknown project, convention or account, at its cell', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Posters', '6236', 'ATLS', '', '', '210', 'banque'],
        ['03/03/2025', 'B2', 'Frais', '6251', 'ATLAS', 'C-2099-001', '', '10', 'banque'],
        ['04/03/2025', 'B3', 'Divers', '9999', 'ATLAS', '', '', '10', 'banque'],
      );
      expect(fired('ref.unknown', { Journal: j })).toEqual([
        [2, 'Projet'],
        [3, 'Convention'],
        [4, 'Compte'],
      ]);
      const f = check({ Journal: j }).findings[0];
      expect(f.message).toBe("Projet « ATLS » inconnu : il n'existe pas dans la feuille Projets. Corrigez le code ou ajoutez-le.");
    });
    it('accepts both the 2018 (740, 748) and 2025 (741) subsidy accounts and sub-accounts', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Subvention', '740', 'ATLAS', '', '100', '', 'banque'],
        ['03/03/2025', 'B2', 'Subvention', '741', 'ATLAS', '', '100', '', 'banque'],
        ['04/03/2025', 'B3', 'Honoraires', '622600', 'ATLAS', '', '', '10', 'banque'],
      );
      expect(fired('ref.unknown', { Journal: j })).toEqual([]);
    });
  });

  it('ref.unknown accepts the accounts added in Paramètres › Comptes supplémentaires', () => {
    const j = journal(['04/03/2025', 'B3', 'Cotisation fédération', '9911', '', '', '', '10', 'banque']);
    expect(fired('ref.unknown', { Journal: j })).toEqual([[2, 'Compte']]);
    const params: CellValue[][] = [
      ['Paramètre', 'Valeur'],
      ['Comptes supplémentaires', '9911 Cotisation fédérale ; 6185 Colloques'],
    ];
    expect(fired('ref.unknown', { Journal: j, Paramètres: params })).toEqual([]);
  });

  describe('id.duplicate', () => {
    it('fires on the second row holding an ID', () => {
      expect(fired('id.duplicate', { Partenaires: [...PARTNERS, ['P-0001', 'Autre', 'autre']] })).toEqual([[4, 'ID']]);
    });
    it('does not fire on distinct IDs or blank ones', () => {
      expect(fired('id.duplicate', { Partenaires: [...PARTNERS, ['', 'Sans ID', 'autre'], ['', 'Sans ID 2', 'autre']] })).toEqual([]);
    });
  });

  describe('ledger.amount', () => {
    it('fires on both, neither, or a negative amount', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Cotisation', '7561', '', '', '30', '30', 'banque'],
        ['03/03/2025', 'B2', 'Vide', '7561', '', '', '', '', 'banque'],
        ['04/03/2025', 'B3', 'Négatif', '6064', '', '', '', '-12', 'banque'],
      );
      expect(fired('ledger.amount', { Journal: j })).toEqual([
        [2, 'Dépense'],
        [3, 'Recette'],
        [4, 'Dépense'],
      ]);
    });
    it('reads 0,00 in the unused column as empty', () => {
      expect(
        fired('ledger.amount', { Journal: journal(['02/03/2025', 'B1', 'Cotisation', '7561', '', '', '30', '0,00', 'banque']) }),
      ).toEqual([]);
      expect(fired('ledger.amount', { Journal: journal(['02/03/2025', 'B1', 'Rien', '7561', '', '', '0', '0', 'banque']) })).toEqual([
        [2, 'Recette'],
      ]);
    });
    it('does not fire on one positive amount', () => {
      expect(fired('ledger.amount', { Journal: journal(['02/03/2025', 'B1', 'Cotisation', '7561', '', '', '30', '', 'banque']) })).toEqual(
        [],
      );
    });
  });

  describe('ledger.side', () => {
    it('fires on an expense on class 7 and an income on class 6', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Erreur', '7561', '', '', '', '30', 'banque'],
        ['03/03/2025', 'B2', 'Avoir', '6064', '', '', '39', '', 'banque'],
      );
      expect(fired('ledger.side', { Journal: j })).toEqual([
        [2, 'Compte'],
        [3, 'Compte'],
      ]);
    });
    it('does not fire on the right sides', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Cotisation', '7561', '', '', '30', '', 'banque'],
        ['03/03/2025', 'B2', 'Achat', '6064', '', '', '', '39', 'banque'],
      );
      expect(fired('ledger.side', { Journal: j })).toEqual([]);
    });
  });

  describe('ledger.unknown-account', () => {
    it('fires on an account the chart does not have under a prefix it divides (7545 under 754), in the Journal and the Budget', () => {
      const j = journal(['04/03/2025', 'M1', 'Mécénat', '7545', 'ATLAS', '', '9 000', '', 'banque']);
      const budget = [balanced[0], [2025, 'ATLAS', '7545', 'Mécénat', '', '9 000', 'Fondation']];
      const found = check({ Journal: j, Budget: budget }).findings.filter((f) => f.rule === 'ledger.unknown-account');
      expect(found.map((f) => [f.sheet, f.row, f.column, f.severity])).toEqual([
        ['Budget', 2, 'Compte', 'warning'],
        ['Journal', 2, 'Compte', 'warning'],
      ]);
      expect(found[1].message).toBe(
        "Compte 7545 absent du plan comptable des associations, qui divise 754 en 7541 (Dons manuels), 7542 (Mécénat), 7543 (Legs, donations et assurances-vie) : choisissez l'un d'eux, ou ajoutez 7545 dans Paramètres › Comptes supplémentaires s'il est voulu.",
      );
    });
    it('does not fire on the chart’s own account, on a subdivision it leaves free, or on an account added in Paramètres', () => {
      const j = journal(
        ['04/03/2025', 'M1', 'Mécénat', '7542', 'ATLAS', '', '9 000', '', 'banque'],
        ['05/03/2025', 'M2', 'Honoraires graphiste', '62261', 'ATLAS', '', '', '300', 'banque'],
        ['06/03/2025', 'M3', 'Dons en ligne', '7545', 'ATLAS', '', '50', '', 'banque'],
      );
      const settings = [
        ['Paramètre', 'Valeur'],
        ['Comptes supplémentaires', '7545 Dons en ligne'],
      ];
      expect(fired('ledger.unknown-account', { Journal: j, Paramètres: settings })).toEqual([]);
      expect(fired('ref.unknown', { Journal: j, Paramètres: settings })).toEqual([]);
    });
  });

  describe('ledger.private-subsidy', () => {
    it('fires on a receipt on 74 from a foundation, known by its convention or by the Tiers', () => {
      const header = ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Tiers', 'Recette', 'Dépense', 'Moyen'];
      const conventions = [
        ...CONVENTIONS,
        ['C-2025-003', 'Soutien', 'P-0002', 'subvention', 'ATLAS', '20/01/2025', '01/01/2025', '31/12/2025', '5 000', 'recette'],
      ];
      const j = [
        header,
        ['02/03/2025', 'S1', 'Soutien fondation', '741', 'ATLAS', 'C-2025-003', '', '5 000', '', 'banque'],
        ['03/03/2025', 'S2', 'Don fondation', '7411', 'ATLAS', '', 'FONDATION', '1 000', '', 'banque'],
      ];
      const found = check({ Journal: j, Conventions: conventions }).findings.filter((f) => f.rule === 'ledger.private-subsidy');
      expect(found.map((f) => [f.row, f.column, f.severity])).toEqual([
        [2, 'Compte', 'warning'],
        [3, 'Compte', 'warning'],
      ]);
      expect(found[0].message).toBe(
        "Recette de 5\u202f000,00\u202f€ de Fondation (fondation) au compte 741 : une subvention (74) est de l'argent public (loi 2000-321, art. 9-1) ; le don d'une fondation ou d'une entreprise se passe en 7542 (mécénat) ou 7551 (contributions financières).",
      );
    });
    it('does not fire on a public funder’s subsidy on 741, nor on a foundation’s gift on 7542', () => {
      const header = ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Tiers', 'Recette', 'Dépense', 'Moyen'];
      const j = [
        header,
        ['02/03/2025', 'S1', 'Subvention', '741', 'ATLAS', 'C-2025-001', 'Région', '14 000', '', 'banque'],
        ['03/03/2025', 'S2', 'Mécénat', '7542', 'ATLAS', '', 'Fondation', '1 000', '', 'banque'],
      ];
      expect(fired('ledger.private-subsidy', { Journal: j })).toEqual([]);
    });
  });

  describe('ledger.inkind', () => {
    it('fires once on a Journal line on 86 or 87, whatever else is wrong with it', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Valorisation bénévolat', '864', 'ATLAS', 'C-2025-001', '', '240', 'banque'],
        ['03/03/2025', 'B2', 'Contrepartie', '875', 'ATLAS', '', '240', '', 'banque'],
        ['04/03/2025', 'B3', 'Heures sans montant', '864', 'ATLAS', '', '', '', 'banque'],
      );
      const findings = check({ Journal: j }).findings.map((f) => [f.rule, f.row, f.column]);
      expect(findings).toEqual([
        ['ledger.inkind', 2, 'Compte'],
        ['ledger.inkind', 3, 'Compte'],
        ['ledger.inkind', 4, 'Compte'],
      ]);
    });
    it('does not fire on a paid volunteer expense (6257 réceptions) nor a gift of money (7541)', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Repas des bénévoles', '6257', 'ATLAS', '', '', '80', 'banque'],
        ['03/03/2025', 'B2', 'Don', '7541', 'ATLAS', '', '50', '', 'banque'],
      );
      expect(fired('ledger.inkind', { Journal: j })).toEqual([]);
    });
  });

  describe('ledger.voucher', () => {
    it('fires on a missing voucher and on a number reused in the same year', () => {
      const j = journal(
        ['02/03/2025', '', 'Sans pièce', '6064', '', '', '', '10', 'banque'],
        ['03/03/2025', '2025-001', 'A', '6064', '', '', '', '11', 'banque'],
        ['04/03/2025', '2025-001', 'B', '6064', '', '', '', '12', 'banque'],
      );
      expect(fired('ledger.voucher', { Journal: j })).toEqual([
        [2, 'Pièce'],
        [4, 'Pièce'],
      ]);
    });
    it('does not fire on the same number in two different fiscal years', () => {
      const j = journal(
        ['03/03/2024', '001', 'A', '6064', '', '', '', '11', 'banque'],
        ['04/03/2025', '001', 'B', '6064', '', '', '', '12', 'banque'],
      );
      expect(fired('ledger.voucher', { Journal: j })).toEqual([]);
    });
  });

  describe('ledger.duplicate', () => {
    it('fires on the second of two identical lines', () => {
      const j = journal(
        ['21/05/2025', 'B1', 'Papeterie AG', '6064', '', '', '', '63,50', 'caisse'],
        ['21/05/2025', 'B2', 'papeterie ag', '6064', '', '', '', '63.5', 'caisse'],
      );
      expect(fired('ledger.duplicate', { Journal: j })).toEqual([[3, 'Libellé']]);
    });
    it('does not fire when the amount differs by a cent', () => {
      const j = journal(
        ['21/05/2025', 'B1', 'Papeterie AG', '6064', '', '', '', '63,50', 'caisse'],
        ['21/05/2025', 'B2', 'Papeterie AG', '6064', '', '', '', '63,51', 'caisse'],
      );
      expect(fired('ledger.duplicate', { Journal: j })).toEqual([]);
    });
  });

  describe('budget.unbalanced', () => {
    it('fires with the gap in the message', () => {
      const b = balanced.map((r) => [...r]);
      b[1][4] = '26 800';
      expect(fired('budget.unbalanced', { Budget: b })).toEqual([[2, 'Charge']]);
      expect(check({ Budget: b }).findings[0].message).toBe(
        'Budget 2025 du projet ATLAS déséquilibré : charges 34\u202f800,00\u202f€, produits 29\u202f600,00\u202f€ (écart 5\u202f200,00\u202f€).',
      );
    });
    it('does not fire on a balanced budget', () => {
      expect(fired('budget.unbalanced', { Budget: balanced })).toEqual([]);
    });
  });

  describe('budget.cvn', () => {
    it('fires when 86 and 87 differ even if the budget balances', () => {
      const b = balanced.map((r) => [...r]);
      b[3][4] = '2 500';
      b[6][5] = '1 500';
      b[5][5] = '3 000';
      expect(fired('budget.cvn', { Budget: b })).toEqual([[4, 'Compte']]);
      expect(fired('budget.unbalanced', { Budget: b })).toEqual([]);
    });
    it('does not fire when 86 = 87', () => {
      expect(fired('budget.cvn', { Budget: balanced })).toEqual([]);
    });
  });

  describe('budget.overrun', () => {
    const spent = (amount: string) => ({
      Budget: balanced,
      Journal: journal(['02/03/2025', 'B1', 'Chercheurs', '6226', 'ATLAS', '', '', amount, 'banque']),
    });
    it('fires above budget + 10 %', () => {
      expect(fired('budget.overrun', spent('6 600,01'))).toEqual([[3, 'Charge']]);
    });
    it('does not fire at exactly budget + 10 %', () => {
      expect(fired('budget.overrun', spent('6 600,00'))).toEqual([]);
    });
    it('uses the threshold of Paramètres', () => {
      const s = {
        ...spent('6 600,01'),
        Paramètres: [
          ['Paramètre', 'Valeur'],
          ['Seuil de dépassement budgétaire (%)', 20],
        ] as CellValue[][],
      };
      expect(fired('budget.overrun', s)).toEqual([]);
    });
  });

  describe('funding.order', () => {
    it('fires when received > granted and granted > requested', () => {
      const f = [
        FUNDING_HEADER,
        ['F-1', 'Ville', 'ATLAS', '5 000', '5 000', '6 000', '01/03/2025'],
        ['F-2', 'Ville', 'ATLAS', '5 000', '6 000', '', ''],
      ];
      expect(fired('funding.order', { Financements: f })).toEqual([
        [2, 'Reçu'],
        [3, 'Accordé'],
      ]);
    });
    it('does not fire when received ≤ granted ≤ requested', () => {
      expect(fired('funding.order', { Financements: [FUNDING_HEADER, ['F-1', 'Ville', 'ATLAS', '6 000', '5 000', '5 000', '']] })).toEqual(
        [],
      );
    });
  });

  describe('funding.cofinancing and funding.over', () => {
    const funding = (granted: string) => ({
      Budget: balanced,
      Financements: [FUNDING_HEADER, ['F-1', 'Région', 'ATLAS', '30 000', granted, '', '12/03/2025']],
    });
    it('fire when the funders plus own funds differ from the cost, and above 100 %', () => {
      expect(fired('funding.cofinancing', funding('28 000'))).toEqual([[2, 'Produit']]);
      expect(fired('funding.over', funding('30 000'))).toEqual([[2, 'Produit']]);
    });
    it('one cause, one finding: an unbalanced budget whose funders are granted as budgeted is budget.unbalanced alone', () => {
      const unbalanced = { ...funding('25 600'), Budget: balanced.map((r) => [...r]) };
      unbalanced.Budget[1][4] = '26 800';
      expect(check(unbalanced).findings.map((f) => f.rule)).toEqual(['budget.unbalanced']);
      // A grant that also differs from the budget is a second cause: both are said.
      const both = { ...funding('20 000'), Budget: unbalanced.Budget };
      expect(fired('funding.cofinancing', both)).toEqual([[2, 'Produit']]);
    });
    it('do not fire when the plan adds up', () => {
      expect(fired('funding.cofinancing', funding('25 600'))).toEqual([]);
      expect(fired('funding.over', funding('25 600'))).toEqual([]);
    });
  });

  describe('convention.dates', () => {
    it('fires when a convention ends before it starts', () => {
      const c = CONVENTIONS.map((r) => [...r]);
      c[2][7] = '31/01/2025';
      expect(fired('convention.dates', { Conventions: c })).toEqual([[3, 'Fin']]);
    });
    it('does not fire on a one-day convention', () => {
      const c = CONVENTIONS.map((r) => [...r]);
      c[2][7] = '01/02/2025';
      expect(fired('convention.dates', { Conventions: c })).toEqual([]);
    });
  });

  describe('convention.period', () => {
    it('fires on a line outside the convention period', () => {
      expect(
        fired('convention.period', {
          Journal: journal(['01/12/2025', 'B1', 'Formation', '6251', 'FORM', 'C-2025-002', '', '100', 'banque']),
        }),
      ).toEqual([[2, 'Date']]);
    });
    it('does not fire on the last day of the period', () => {
      expect(
        fired('convention.period', {
          Journal: journal(['30/11/2025', 'B1', 'Formation', '6251', 'FORM', 'C-2025-002', '', '100', 'banque']),
        }),
      ).toEqual([]);
    });
  });

  describe('convention.ineligible', () => {
    it('fires on a penalty, bank fees or interest charged to a subsidy', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Pénalité', '6712', 'ATLAS', 'C-2025-001', '', '135', 'banque'],
        ['03/03/2025', 'B2', 'Frais bancaires', '627', 'ATLAS', 'C-2025-001', '', '8', 'banque'],
        ['04/03/2025', 'B3', 'Intérêts', '661', 'ATLAS', 'C-2025-001', '', '20', 'banque'],
      );
      expect(fired('convention.ineligible', { Journal: j })).toEqual([
        [2, 'Compte'],
        [3, 'Compte'],
        [4, 'Compte'],
      ]);
    });
    it('does not fire on eligible costs, nor on a penalty charged to a non-subsidy agreement', () => {
      const j = journal(
        ['02/03/2025', 'B1', 'Honoraires', '6226', 'ATLAS', 'C-2025-001', '', '135', 'banque'],
        ['03/03/2025', 'B2', 'Pénalité', '6712', 'FORM', 'C-2025-002', '', '10', 'banque'],
      );
      expect(fired('convention.ineligible', { Journal: j })).toEqual([]);
    });
  });

  describe('convention.written', () => {
    it('fires on a subsidy above 23 000 € without signature date', () => {
      const c = CONVENTIONS.map((r) => [...r]);
      c[1][5] = '';
      expect(fired('convention.written', { Conventions: c })).toEqual([[2, 'Signée le']]);
    });
    it('does not fire at exactly 23 000 €', () => {
      const c = CONVENTIONS.map((r) => [...r]);
      c[1][5] = '';
      c[1][8] = '23 000';
      expect(fired('convention.written', { Conventions: c })).toEqual([]);
    });
  });

  describe('convention.report', () => {
    const schedule = (date: string, done: string) => ({
      Échéances: [
        ['Convention', 'Date', 'Type', 'Montant', 'Fait'],
        ['C-2025-001', date, 'rapport', '', done],
      ] as CellValue[][],
    });
    it('fires on a passed deadline and on one within 30 days', () => {
      expect(fired('convention.report', schedule('30/06/2025', 'non'))).toEqual([[2, 'Fait']]);
      expect(fired('convention.report', schedule('10/02/2026', ''))).toEqual([[2, 'Fait']]);
    });
    it('does not fire when done, or due in more than 30 days', () => {
      expect(fired('convention.report', schedule('30/06/2025', 'oui'))).toEqual([]);
      expect(fired('convention.report', schedule('15/02/2026', ''))).toEqual([]);
    });
  });

  describe('convention.unspent', () => {
    const j = (spent: string, convention = 'C-2025-001') => ({
      Journal: journal(
        ['15/04/2025', 'B1', 'Subvention', '741', 'ATLAS', convention, '14 000', '', 'banque'],
        ['15/05/2025', 'B2', 'Chercheurs', '6226', 'ATLAS', convention, '', spent, 'banque'],
      ),
    });
    // Header: ID, Intitulé, Partenaire, Type, Projet, Signée le, Début, Fin, Montant, Sens
    const running = [
      'C-2025-003',
      'Atlas 2',
      'P-0001',
      'subvention',
      'ATLAS',
      '20/03/2025',
      '01/01/2025',
      '31/12/2026',
      '20 000',
      'recette',
    ];
    const operating = [
      'C-2025-004',
      'Fonctionnement',
      'P-0001',
      'subvention',
      '',
      '20/03/2025',
      '01/01/2025',
      '31/12/2026',
      '20 000',
      'recette',
    ];
    it('an ended earmarked subsidy: what was received beyond the justified costs, likely owed back', () => {
      expect(fired('convention.unspent', j('6 000'))).toEqual([[2, 'Montant']]);
      expect(check(j('6 000')).findings.find((f) => f.rule === 'convention.unspent')?.message).toBe(
        'C-2025-001 a pris fin le 31/12/2025 : 14\u202f000,00\u202f€ reçus pour 6\u202f000,00\u202f€ de dépenses justifiées ; ' +
          'les 8\u202f000,00\u202f€ reçus au-delà sont probablement à reverser au financeur (une dette), pas des fonds dédiés.',
      );
    });
    it('a running earmarked subsidy: the fonds dédiés the year end proposes, with the same amount', () => {
      const book = { ...j('6 000', 'C-2025-003'), Conventions: [...CONVENTIONS, running] };
      // 20 000 € × 365/730 days = 10 000 € attributable to 2025, 6 000 € spent: 4 000 € into fonds dédiés.
      expect(
        check(book)
          .findings.filter((f) => f.rule === 'convention.unspent')
          .map((f) => [f.row, f.message]),
      ).toEqual([
        [
          4,
          'C-2025-003 : 10\u202f000,00\u202f€ attribuables à 2025 et 6\u202f000,00\u202f€ dépensés ; 4\u202f000,00\u202f€ non utilisés ' +
            'd’une ressource affectée, à reporter en fonds dédiés (689/19) : écriture d’inventaire 2025-FD-C-2025-003 proposée à la clôture.',
        ],
      ]);
    });
    it('says nothing for a running-cost subsidy, when all was spent, or before the year is over', () => {
      expect(fired('convention.unspent', { ...j('6 000', 'C-2025-004'), Conventions: [...CONVENTIONS, operating] })).toEqual([]);
      expect(fired('convention.unspent', j('14 000'))).toEqual([]);
      expect(fired('convention.unspent', j('6 000'), { today: '2025-12-31' })).toEqual([]);
    });
  });

  describe('asso.threshold', () => {
    const subsidies = (amount: string) => ({
      Journal: journal(['15/04/2025', 'B1', 'Subvention', '741', 'ATLAS', '', amount, '', 'banque']),
    });
    it('informs above 153 000 € of public subsidies in a year', () => {
      expect(
        check(subsidies('153 000,01'))
          .findings.filter((f) => f.rule === 'asso.threshold')
          .map((f) => f.severity),
      ).toEqual(['info']);
    });
    it('says nothing at 153 000 €', () => {
      expect(fired('asso.threshold', subsidies('153 000'))).toEqual([]);
    });
  });

  it('--year keeps only that year for the rules on a period', () => {
    const j = journal(
      ['02/03/2024', 'B1', 'Erreur', '7561', '', '', '', '30', 'banque'],
      ['02/03/2025', 'B1', 'Erreur', '7561', '', '', '', '30', 'banque'],
    );
    expect(fired('ledger.side', { Journal: j }, { year: 2025 })).toEqual([[3, 'Compte']]);
  });

  it('a rule that crashes becomes an internal finding, not a crashed check', () => {
    const broken = { ...RULES[0] };
    const spy = jest.spyOn(RULES[0], 'check').mockImplementation(() => {
      throw new Error('boum');
    });
    try {
      const r = check({});
      expect(r.findings).toEqual([
        expect.objectContaining({
          rule: 'internal',
          severity: 'error',
          message: expect.stringContaining("La règle ref.unknown n'a pas pu s'exécuter (boum)"),
        }),
      ]);
    } finally {
      spy.mockRestore();
    }
    expect(broken.id).toBe('ref.unknown');
  });

  it('speaks English on request', () => {
    const book = readWorkbook(new MemoryWorkbook({ Projets: PROJECTS, Partenaires: [...PARTNERS, ['P-0001', 'X', 'autre']] }), 'en');
    const r = runChecks(book, { year: null, today: '2026-01-15' as IsoDate, lang: 'en' });
    expect(r.findings[0].message).toBe('ID P-0001 appears 2 times (rows 2, 4): give this row a free ID.');
  });
});
