import { RULES } from '../../shared/checks/run-checks';
import { BALANCED_BUDGET as BUDGET, check, CONVENTIONS, FUNDING_HEADER, journal, type Sheets } from '../helpers/check-book';

/**
 * One cause, one finding: a cell that cannot be read is reported once, as `cell.invalid`, and no
 * rule then tells the user something about it (or about a total it belongs to) that may be false.
 */

/** Every finding as the user reads it in the check sidebar: rule, cell and sentence. */
function seen(sheets: Sheets): string[] {
  return check(sheets).findings.map((f) => `${f.rule} ${f.sheet}!${f.row} ${f.column ?? ''}: ${f.message}`);
}

describe('one cause, one finding', () => {
  it('an amount typed in words is unreadable, not missing: no "Ligne sans montant"', () => {
    expect(seen({ Journal: journal(['02/03/2025', 'B1', 'Cotisation', '7561', '', '', 'cent euros', '', 'banque']) })).toEqual([
      "cell.invalid Journal!2 Recette: « cent euros » n'est pas un montant (ex. 1 234,56).",
    ]);
  });

  it('a genuinely empty Recette and Dépense still gives ledger.amount', () => {
    expect(seen({ Journal: journal(['02/03/2025', 'B1', 'Cotisation', '7561', '', '', '', '', 'banque']) })).toEqual([
      'ledger.amount Journal!2 Recette: Ligne sans montant : remplissez Recette ou Dépense.',
    ]);
  });

  /** 7 000 € spent on 6226 for 6 000 € budgeted, then a refund: over budget or not depends on the refund. */
  const spentThenRefunded = (account: string, refund: string) => ({
    Budget: BUDGET,
    Journal: journal(
      ['02/03/2025', 'B1', 'Chercheurs', '6226', 'ATLAS', '', '', '7 000', 'banque'],
      ['10/03/2025', 'B2', 'Avoir chercheurs', account, 'ATLAS', '', refund, '', 'banque'],
    ),
  });
  it('an unreadable refund amount or account does not make the spending look over budget', () => {
    expect(seen(spentThenRefunded('6226', 'avoir 700'))).toEqual([
      "cell.invalid Journal!3 Recette: « avoir 700 » n'est pas un montant (ex. 1 234,56).",
    ]);
    expect(seen(spentThenRefunded('Honoraires', '700'))).toEqual([
      "cell.invalid Journal!3 Compte: « Honoraires » n'est pas un numéro de compte (ex. 6226).",
    ]);
    // Once the refund reads, the check judges again: 6 300 € for 6 000 € is within the 10 % threshold.
    expect(check(spentThenRefunded('6226', '700')).findings.filter((f) => f.severity !== 'info')).toEqual([
      expect.objectContaining({ rule: 'ledger.side', row: 3 }),
    ]);
  });

  it('two lines with unreadable amounts are not "entered twice"', () => {
    const j = journal(
      ['21/05/2025', 'B1', 'Papeterie AG', '6064', '', '', '', 'soixante', 'caisse'],
      ['21/05/2025', 'B2', 'Papeterie AG', '6064', '', '', '', 'soixante-trois', 'caisse'],
    );
    expect(check({ Journal: j }).findings.map((f) => `${f.rule} ${f.row}`)).toEqual(['cell.invalid 2', 'cell.invalid 3']);
  });

  it('an impossible date on a spending line does not make a subsidy look unspent', () => {
    const j = journal(
      ['15/04/2025', 'B1', 'Subvention Région', '741', 'ATLAS', 'C-2025-001', '14 000', '', 'banque'],
      ['31/02/2025', 'B2', 'Chercheurs', '6226', 'ATLAS', 'C-2025-001', '', '14 000', 'banque'],
    );
    expect(seen({ Journal: j })).toEqual(["cell.invalid Journal!3 Date: « 31/02/2025 » n'est pas une date (ex. 15/03/2025)."]);
    j[2][0] = '28/02/2025';
    expect(check({ Journal: j }).findings).toEqual([]);
  });

  it('an unreadable account on a Budget line does not make the budget look unbalanced', () => {
    const b = BUDGET.map((r) => [...r]);
    b[2][2] = 'Honoraires';
    expect(seen({ Budget: b })).toEqual(["cell.invalid Budget!3 Compte: « Honoraires » n'est pas un numéro de compte (ex. 6226)."]);
  });

  it('an unreadable signature date is not a missing one (convention.written)', () => {
    const c = CONVENTIONS.map((r) => [...r]);
    c[1][5] = '20 mars 2025';
    expect(seen({ Conventions: c })).toEqual([
      "cell.invalid Conventions!2 Signée le: « 20 mars 2025 » n'est pas une date (ex. 15/03/2025).",
    ]);
    c[1][5] = '';
    expect(seen({ Conventions: c })).toEqual([
      'convention.written Conventions!2 Signée le: Subvention C-2025-001 de 28\u202f000,00\u202f€ sans date de signature : au-delà de 23 000 € une convention écrite signée est obligatoire (loi 2000-321, art. 10).',
    ]);
  });

  const twoFunders = (regionGranted: string, regionDecided: string) => ({
    Budget: BUDGET,
    Financements: [
      FUNDING_HEADER,
      ['F-1', 'Région', 'ATLAS', '20 000', regionGranted, '', regionDecided],
      ['F-2', 'Ville', 'ATLAS', '5 600', '5 600', '', '12/03/2025'],
    ],
  });
  it('an unreadable amount granted, or decision date, does not make the funding plan look short', () => {
    expect(seen(twoFunders('vingt mille', '12/03/2025'))).toEqual([
      "cell.invalid Financements!2 Accordé: « vingt mille » n'est pas un montant (ex. 1 234,56).",
    ]);
    expect(seen(twoFunders('20 000', 'mars'))).toEqual([
      "cell.invalid Financements!2 Décision le: « mars » n'est pas une date (ex. 15/03/2025).",
    ]);
    // Once both read, the plan adds up: 20 000 € + 5 600 € + 4 000 € of own funds = 29 600 €.
    expect(check(twoFunders('20 000', '12/03/2025')).findings).toEqual([]);
  });

  it('an unreadable Fait is not a "no" (convention.report)', () => {
    const s = [
      ['Convention', 'Date', 'Type', 'Montant', 'Fait'],
      ['C-2025-001', '30/06/2025', 'rapport', '', 'envoyé'],
    ];
    expect(check({ Échéances: s }).findings.map((f) => `${f.rule} ${f.column}`)).toEqual(['cell.invalid Fait']);
  });

  it('the runner drops any rule finding on a cell already reported as cell.invalid', () => {
    const spy = jest
      .spyOn(RULES[0], 'check')
      .mockImplementation((ctx) => [
        ctx.finding('ref.unknown', 'error', ctx.book.ledger, ctx.book.ledger.records[0], 'income', 'same cell'),
        ctx.finding('ref.unknown', 'error', ctx.book.ledger, ctx.book.ledger.records[0], 'label', 'another cell'),
      ]);
    try {
      const j = journal(['02/03/2025', 'B1', 'Cotisation', '7561', '', '', 'trente', '', 'banque']);
      expect(check({ Journal: j }).findings.map((f) => `${f.rule} ${f.column}: ${f.message.slice(0, 12)}`)).toEqual([
        'cell.invalid Recette: « trente » n',
        'ref.unknown Libellé: another cell',
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the findings’ sentences come from the catalogue, in the user’s language', () => {
  const outside = { Journal: journal(['01/12/2025', 'B1', 'Formation', '6251', 'FORM', 'C-2025-002', '', '1 234,56', 'banque']) };
  it('French: dates as 15/03/2025, amounts as 1 234,56 €', () => {
    expect(check(outside).findings.map((f) => f.message)).toEqual([
      'Opération du 01/12/2025 imputée à C-2025-002, qui court du 01/02/2025 au 30/11/2025 : hors période, le financeur peut la refuser.',
    ]);
    const c = CONVENTIONS.map((r) => [...r]);
    c[1][5] = '';
    expect(check({ Conventions: c }).findings[0].message).toBe(
      'Subvention C-2025-001 de 28\u202f000,00\u202f€ sans date de signature : au-delà de 23 000 € une convention écrite signée est obligatoire (loi 2000-321, art. 10).',
    );
  });
  it('English: dates as 2025-12-01, amounts as €1,234.56', () => {
    expect(check(outside, { lang: 'en' }).findings.map((f) => f.message)).toEqual([
      'Transaction of 2025-12-01 charged to C-2025-002, which runs from 2025-02-01 to 2025-11-30: outside its period.',
    ]);
    const j = journal(['02/03/2025', 'B1', 'Erreur', '7561', '', '', '', '1 234,56', 'banque']);
    expect(check({ Journal: j }, { lang: 'en' }).findings[0].message).toBe(
      'Expense of €1,234.56 on income account 7561: check the account or the column.',
    );
  });
  it('a rule that crashes is said in English too', () => {
    const spy = jest.spyOn(RULES[0], 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      expect(check({}, { lang: 'en' }).findings.map((f) => [f.rule, f.message])).toEqual([
        ['internal', 'Rule ref.unknown failed (boom): please report it.'],
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a date cell that holds no date is one cell.invalid, never a crash', () => {
  it('an Invalid Date from Sheets in the Date and Libellé columns', () => {
    const nowhere = new Date(Number.NaN);
    expect(seen({ Journal: journal([nowhere, 'B1', nowhere, '7561', '', '', '100', '', 'banque']) })).toEqual([
      "cell.invalid Journal!2 Date: « #DATE? » n'est pas une date (ex. 15/03/2025).",
      "cell.invalid Journal!2 Libellé: « #DATE? » n'est pas un texte.",
    ]);
  });
});
