import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const JOURNAL_HEADER = [
  'Date',
  'Pièce',
  'Libellé',
  'Compte',
  'Projet',
  'Convention',
  'Tiers',
  'Recette',
  'Dépense',
  'Moyen',
  'Justificatif',
];

describe('reading the association’s own sheets', () => {
  it('finds columns by header whatever their order, with synonyms, case and accents', () => {
    const wb = new MemoryWorkbook({
      Journal: [
        ['depense', 'DATE', 'n° pièce', 'Libelle', 'Compte comptable', 'Recettes', 'Mode de paiement'],
        ['150,00', '15/03/2025', 'F-12', 'Hébergement site', 6226, '', 'virement'],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.findings).toEqual([]);
    expect(book.ledger.records).toEqual([
      expect.objectContaining({
        row: 2,
        date: '2025-03-15',
        voucher: 'F-12',
        label: 'Hébergement site',
        account: '6226',
        expense: 15000,
        income: null,
        means: 'banque',
      }),
    ]);
  });

  it('accepts a header that begins with the column name, like "Montant (€)" or "Montant TTC"', () => {
    const wb = new MemoryWorkbook({
      Conventions: [
        ['ID', 'Intitulé', 'Montant TTC'],
        ['C-2025-001', 'Subvention Ville', '12 000,00 €'],
      ],
      Financements: [
        ['ID', 'Financeur', 'Demandé (€)'],
        ['F-0001', 'Région', 30000],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.conventions.records[0].amount).toBe(1200000);
    expect(book.fundings.records[0].requested).toBe(3000000);
  });

  it('finds the header row under title rows', () => {
    const wb = new MemoryWorkbook({
      Bénévolat: [
        ['Heures de bénévolat 2025', '', ''],
        ['', '', ''],
        ['Date', 'Bénévole', 'Heures'],
        [new Date('2025-04-02T10:00:00Z'), 'Claire', '3,5'],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.volunteering.header?.headerRow).toBe(3);
    expect(book.volunteering.records).toEqual([expect.objectContaining({ row: 4, date: '2025-04-02', volunteer: 'Claire', hours: 3.5 })]);
  });

  it('skips blank rows and ignores a Total row, saying so', () => {
    const wb = new MemoryWorkbook({
      Journal: [
        JOURNAL_HEADER,
        ['02/01/2025', 'B1', 'Cotisation', '756', '', '', 'M. Martin', '30', '', 'banque', ''],
        ['', '', '', '', '', '', '', '', '', '', ''],
        ['03/01/2025', 'B2', 'Papeterie', '6064', '', '', 'Bureau Vallée', '', '42,10', 'caisse', ''],
        ['Total', '', '', '', '', '', '', '30', '42,10', '', ''],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.ledger.records.map((r) => r.row)).toEqual([2, 4]);
    expect(book.findings).toEqual([expect.objectContaining({ rule: 'row.total', severity: 'info', sheet: 'Journal', row: 5 })]);
  });

  it('reads a line whose label starts with "Total" but which carries an account: an operation, not a total', () => {
    const wb = new MemoryWorkbook({
      Journal: [
        JOURNAL_HEADER,
        ['02/01/2025', 'B1', 'Cotisation', '756', '', '', 'M. Martin', '30', '', 'banque', ''],
        ['', '', 'Total Energies — carburant mission', '6251', '', '', '', '', '60', 'banque', ''],
        ['Sous-total janvier', '', '', '', '', '', '', '30', '60', '', ''],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.ledger.records.map((r) => [r.row, r.label])).toEqual([
      [2, 'Cotisation'],
      [3, 'Total Energies — carburant mission'],
    ]);
    expect(book.findings.map((f) => [f.rule, f.row, f.column])).toEqual([
      ['cell.invalid', 3, 'Date'],
      ['row.total', 4, null],
    ]);
  });

  it('reads an ambiguous amount or a two-digit year, and says which reading was chosen, on the cell', () => {
    const wb = new MemoryWorkbook({
      Journal: [
        JOURNAL_HEADER,
        ['15/03/99', 'B1', 'Cotisation', '756', '', '', '', '30', '', 'banque', ''],
        ['02/01/2025', 'B2', 'Don', '7541', '', '', '', '12.345', '', 'banque', ''],
        ['03/01/2025', 'B3', 'Don', '7541', '', '', '', '1.234.567', '', 'banque', ''],
        ['04/01/2025', 'B4', 'Don', '7541', '', '', '', '12.34', '', 'banque', ''],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.ledger.records.map((r) => [r.date, r.income])).toEqual([
      ['2099-03-15', 3000],
      ['2025-01-02', 1_234_500],
      ['2025-01-03', 123_456_700],
      ['2025-01-04', 1234],
    ]);
    expect(book.findings.map((f) => [f.rule, f.severity, f.row, f.column, f.message])).toEqual([
      [
        'cell.ambiguous',
        'warning',
        2,
        'Date',
        "« 15/03/99 » est lu le 15/03/2099 : écrivez l'année en entier (quatre chiffres) pour lever le doute.",
      ],
      [
        'cell.ambiguous',
        'warning',
        3,
        'Recette',
        '« 12.345 » est lu 12\u202f345,00\u202f€ (le point sépare les milliers) : vérifiez ce montant, et écrivez-le sans point pour lever le doute.',
      ],
    ]);
  });

  it('reports each unreadable cell at its row and header, in French, and keeps reading', () => {
    const wb = new MemoryWorkbook({
      Journal: [
        ['Journal de caisse 2025'],
        JOURNAL_HEADER,
        ['31/02/2025', 'B1', 'Cotisation', '756', '', '', '', '30', '', 'banque', ''],
        ['04/01/2025', 'B2', 'Don', 'sept-cent', '', '', '', 'douze euros', '', 'chèque', ''],
        ['05/01/2025', 'B3', 'Timbres', '626', '', '', '', '', '8,40', 'bitcoin', ''],
      ],
    });
    const book = readWorkbook(wb);
    const invalid = book.findings.filter((f) => f.rule === 'cell.invalid');
    expect(invalid.map((f) => [f.row, f.column])).toEqual([
      [3, 'Date'],
      [4, 'Compte'],
      [4, 'Recette'],
      [5, 'Moyen'],
    ]);
    expect(invalid[0].message).toBe("« 31/02/2025 » n'est pas une date (ex. 15/03/2025).");
    expect(invalid[2].message).toBe("« douze euros » n'est pas un montant (ex. 1 234,56).");
    expect(invalid[3].message).toContain('valeurs possibles : banque, caisse');
    expect(invalid.every((f) => f.severity === 'error' && f.sheet === 'Journal')).toBe(true);
    expect(book.ledger.records).toHaveLength(3);
    expect(book.ledger.records[1]).toEqual(expect.objectContaining({ account: null, income: null, means: 'banque' }));
  });

  it('says which required column is missing and does not read that sheet', () => {
    const wb = new MemoryWorkbook({
      Journal: [
        ['Date', 'Libellé', 'Recette', 'Dépense'],
        ['02/01/2025', 'x', '1', ''],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.ledger.records).toEqual([]);
    expect(book.findings).toEqual([
      expect.objectContaining({
        rule: 'sheet.columns',
        severity: 'error',
        sheet: 'Journal',
        row: 1,
        message:
          "Feuille Journal : colonne « Compte » introuvable (en-têtes lus ligne 1). Ajoutez-la ou renommez l'en-tête ; la feuille n'a pas été lue.",
      }),
    ]);
  });

  it('reads missing optional sheets as empty and a sheet name without accents', () => {
    const wb = new MemoryWorkbook({
      Echeances: [
        ['Convention', 'Date', 'Type', 'Montant', 'Fait'],
        ['C-2025-001', '30/06/2026', 'Rapport', '', 'x'],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.partners.sheet).toBeNull();
    expect(book.schedule.sheet).toBe('Echeances');
    expect(book.schedule.records[0]).toEqual(expect.objectContaining({ type: 'rapport', done: true, amount: null }));
    expect(wb.reads).toEqual(['Echeances']);
  });

  it('reads Paramètres with defaults for what is missing and a finding for a bad value', () => {
    const wb = new MemoryWorkbook({
      Paramètres: [
        ['Paramètre', 'Valeur'],
        ["Nom de l'association", 'Citego'],
        ['SIREN', '123 456 78'],
        ['Taux horaire du bénévolat', '15,00'],
        ['Seuil de dépassement budgétaire (%)', '15 %'],
        ['Langue', 'English'],
      ],
    });
    const book = readWorkbook(wb);
    expect(book.settings).toEqual(
      expect.objectContaining({
        associationName: 'Citego',
        siren: null,
        siret: null,
        rna: null,
        volunteerHourlyRate: 1500,
        overrunThresholdPercent: 15,
        language: 'en',
        reportAlertDays: 30,
        fiscalYearStart: { month: 1, day: 1 },
      }),
    );
    expect(book.findings).toEqual([expect.objectContaining({ rule: 'cell.invalid', row: 3, column: 'Valeur', sheet: 'Paramètres' })]);
  });

  it('reads the accounts the association added, and says when the list is unreadable', () => {
    const ok = readWorkbook(
      new MemoryWorkbook({
        Paramètres: [
          ['Paramètre', 'Valeur'],
          ['Comptes supplémentaires', '6185 Colloques ; 7088 - Produits annexes'],
        ],
      }),
    );
    expect(ok.settings.extraAccounts).toEqual({ '6185': 'Colloques', '7088': 'Produits annexes' });
    const bad = readWorkbook(
      new MemoryWorkbook({
        Paramètres: [
          ['Paramètre', 'Valeur'],
          ['Comptes supplémentaires', 'colloques'],
        ],
      }),
    );
    expect(bad.settings.extraAccounts).toEqual({});
    expect(bad.findings[0]).toEqual(expect.objectContaining({ rule: 'cell.invalid', row: 2, column: 'Valeur' }));
  });

  it('reads in English when asked', () => {
    const wb = new MemoryWorkbook({ Journal: [JOURNAL_HEADER, ['32/01/2025', 'B1', 'x', '756', '', '', '', '30', '', 'banque', '']] });
    expect(readWorkbook(wb, 'en').findings[0].message).toBe('"32/01/2025" is not a date (e.g. 15/03/2025).');
  });

  it('keeps a text cell that looks like a formula as plain text', () => {
    const wb = new MemoryWorkbook({
      Partenaires: [
        ['ID', 'Nom'],
        ['P-0001', '=HYPERLINK("http://x")'],
      ],
    });
    expect(readWorkbook(wb).partners.records[0].name).toBe('=HYPERLINK("http://x")');
  });
});

describe('two sheets whose names differ only by case or accents', () => {
  const lines = [
    JOURNAL_HEADER,
    ['15/03/2025', 'F-12', 'Hébergement site', '6226', '', '', '', '', '150,00', 'virement', ''],
    ['16/03/2025', 'F-13', 'Papeterie', 'papeterie', '', '', '', '', '20,00', 'virement', ''],
  ];

  it('an empty JOURNAL before the real Journal: the Journal is read, and a warning names both', () => {
    const book = readWorkbook(new MemoryWorkbook({ JOURNAL: [JOURNAL_HEADER], Journal: lines }));
    expect(book.ledger.sheet).toBe('Journal');
    expect(book.ledger.records.map((r) => r.voucher)).toEqual(['F-12', 'F-13']);
    expect(book.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.row ?? ''} ${f.message}`)).toEqual([
      'warning sheet.twin Journal! Les feuilles « Journal » et « JOURNAL » ne diffèrent que par les majuscules ou les accents : « Journal » est lue, « JOURNAL » est ignorée. Supprimez ou renommez celle qui ne sert pas.',
      "error cell.invalid Journal!3 « papeterie » n'est pas un numéro de compte (ex. 6226).",
    ]);
  });

  it('neither spelt exactly (Paramètres as PARAMETRES and parametres): the first is read, in English too', () => {
    const book = readWorkbook(
      new MemoryWorkbook({
        PARAMETRES: [
          ['Paramètre', 'Valeur'],
          ['Langue', 'en'],
        ],
        parametres: [['Paramètre', 'Valeur']],
        Journal: lines,
      }),
      'en',
    );
    expect(book.settings.language).toBe('en');
    expect(book.findings.filter((f) => f.rule === 'sheet.twin').map((f) => f.message)).toEqual([
      'Sheets "PARAMETRES" and "parametres" differ only by capitals or accents: "PARAMETRES" is read, "parametres" is ignored. Delete or rename the one not in use.',
    ]);
  });

  it('one sheet per table: no warning', () => {
    expect(readWorkbook(new MemoryWorkbook({ Journal: lines.slice(0, 2) })).findings).toEqual([]);
  });
});
