import { parseBankCsv } from '../../shared/bank/import';
import { parseCsv } from '../../shared/bank/csv';
import { decodeBankFile } from '../../shared/bank/decode';
import { importBankStatement } from '../../shared/usecases/import-bank-statement';
import { Refusal, userMessage } from '../../shared/i18n/refusal';
import type { CellValue } from '../../shared/sheets/ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { addMissingSheets } from '../../shared/sheets/install';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { statementLines } from '../../shared/bank/statement';

const lock = { withLock: <T>(work: () => T): T => work() };

const summary = (text: string) => parseBankCsv(text).map((l) => [l.date, l.amount, l.label]);

function refusedWith(text: string): string {
  try {
    parseBankCsv(text);
  } catch (e) {
    expect(e).toBeInstanceOf(Refusal);
    return userMessage(e, 'fr');
  }
  throw new Error('not refused');
}

describe('reading a French bank’s CSV', () => {
  it('skips the lines about the account above the table, reads debit/credit columns, decimal commas and thousands spaces', () => {
    const csv = [
      'Téléchargement du 02/04/2025;',
      'Compte courant association;FR76 3000 4000 0500 0012 3456 789',
      'Solde au 31/03/2025;12 345,67 €',
      '',
      'Date;Libellé;Débit euros;Crédit euros;',
      '31/03/2025;FRAIS TENUE DE COMPTE;12,50;;',
      '28/03/2025;VIR SEPA REGION AURA;;12 000,00;',
      '27/03/2025;PRLV SEPA LOYER;-1 234,56;;',
    ].join('\r\n');
    expect(summary(csv)).toEqual([
      ['2025-03-31', -1250, 'FRAIS TENUE DE COMPTE'],
      ['2025-03-28', 1200000, 'VIR SEPA REGION AURA'],
      ['2025-03-27', -123456, 'PRLV SEPA LOYER'],
    ]);
  });

  it('reads a signed Montant, ISO dates, non-breaking spaces and dots between thousands, a Solde and the bank’s reference', () => {
    const csv = [
      'Date opération;Référence;Libellé opération;Montant (EUR);Solde',
      '2025-03-02;OP123;Virement reçu;1.234,56;10\u00a0234,56',
      '2025-03-03;OP124;Carte MONOPRIX;-45,10;10\u202f189,46',
    ].join('\n');
    const lines = parseBankCsv(csv);
    expect(lines.map((l) => [l.date, l.reference, l.amount, l.balance])).toEqual([
      ['2025-03-02', 'OP123', 123456, 1023456],
      ['2025-03-03', 'OP124', -4510, 1018946],
    ]);
    expect(lines.map((l) => l.line)).toEqual([2, 3]);
  });

  it('detects a tab or a comma separator, with quoted amounts and fields holding the separator, quotes and line breaks', () => {
    expect(summary('Date\tLibellé\tMontant\n15/03/2025\tCotisation; Martin\t35,00\n')).toEqual([
      ['2025-03-15', 3500, 'Cotisation; Martin'],
    ]);
    const comma = [
      'Date,Libellé,Montant',
      '15/03/2025,"Don ""Les Amis"", merci","1 500,00"',
      '16/03/2025,"Facture',
      'en deux lignes",-20,00',
    ].join('\n');
    expect(parseCsv(comma)).toEqual(expect.objectContaining({ ok: true, separator: ',' }));
    expect(summary(comma.replace('-20,00', '"-20,00"'))).toEqual([
      ['2025-03-15', 150000, 'Don "Les Amis", merci'],
      ['2025-03-16', -2000, 'Facture en deux lignes'],
    ]);
  });

  it('keeps a semicolon file semicolon, though its decimal commas outnumber the semicolons', () => {
    expect(parseCsv('Date;Libellé;Débit;Crédit;Solde\n01/03/2025;X;1,00;2,00;3,00\n')).toEqual(expect.objectContaining({ separator: ';' }));
  });

  it('ignores blank lines, a Total line and a closing Solde line under the table', () => {
    const csv = 'Date;Libellé;Montant\n01/03/2025;A;-1,00\n\n;;\nTotal;;-1,00\nSolde final au 31/03/2025;;99,00\n';
    expect(summary(csv)).toEqual([['2025-03-01', -100, 'A']]);
  });

  it('refuses a malformed line, naming the file’s line, and the whole file (nothing half-way)', () => {
    const head = 'Compte 123\nDate;Libellé;Montant\n01/03/2025;A;-1,00\n';
    expect(refusedWith(`${head}31/02/2025;B;-2,00\n`)).toContain('ligne 4 : « 31/02/2025 » n’est pas une date');
    expect(refusedWith(`${head}02/03/2025;B;douze euros\n`)).toContain('ligne 4 : « douze euros » n’est pas un montant');
    expect(refusedWith(`${head}02/03/2025;B;\n`)).toContain('ligne 4 : ni montant, ni débit, ni crédit');
    expect(refusedWith(`${head};B;-2,00\n`)).toContain('ligne 4 : la date est vide');
    expect(refusedWith(`${head}02/03/2025;"B;-2,00\n03/03/2025;C;1,00\n`)).toContain('ligne 4 : un guillemet ouvert n’est jamais refermé');
    expect(refusedWith('Bonjour;tout;le monde\n1;2;3\n')).toContain('pas de ligne d’en-têtes reconnue');
  });

  it('writes nothing into Relevés when one line of the file is wrong', () => {
    const wb = new MemoryWorkbook({ Relevés: [['Compte', 'Date', 'Libellé', 'Montant', 'Solde', 'Pointé']] });
    const before = JSON.stringify([...wb.sheets]);
    expect(() => importBankStatement({ workbook: wb, lock }, 'Date;Libellé;Montant\n01/03/2025;A;-1,00\n01/03/2025;B;x\n')).toThrow(
      'ligne 3',
    );
    expect(JSON.stringify([...wb.sheets])).toBe(before);
  });

  it('adds only the new lines of an overlapping export, keeping two identical fees of the same day apart', () => {
    const wb = new MemoryWorkbook({ Relevés: [['Date', 'Libellé', 'Débit', 'Crédit', 'Pointé', 'Note du trésorier']] });
    const march = 'Date;Libellé;Montant\n01/03/2025;FRAIS;-1,00\n01/03/2025;FRAIS;-1,00\n15/03/2025;VIR;50,00\n';
    expect(importBankStatement({ workbook: wb, lock }, march)).toEqual(expect.objectContaining({ added: 3 }));
    const marchApril = `${march}02/04/2025;FRAIS;-1,00\n`;
    expect(importBankStatement({ workbook: wb, lock }, marchApril)).toEqual(
      expect.objectContaining({ read: 4, added: 1, alreadyThere: 3 }),
    );
    const rows = wb.sheets.get('Relevés') as CellValue[][];
    expect(rows).toHaveLength(5);
    // A sheet with Débit/Crédit and no Montant gets its amounts there.
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['Débit', 'Crédit'],
      [1, ''],
      [1, ''],
      ['', 50],
      [1, ''],
    ]);
  });

  it('decodes Windows-1252 as French banks export it, and UTF-8 with or without its BOM', () => {
    const latin = Uint8Array.from([
      0x44, 0x61, 0x74, 0x65, 0x3b, 0x4c, 0x69, 0x62, 0x65, 0x6c, 0x6c, 0xe9, 0x0a, 0x80, 0x20, 0x72, 0xe9, 0x67, 0x69, 0x6f, 0x6e,
    ]);
    expect(decodeBankFile(latin)).toEqual({ text: 'Date;Libellé\n€ région', encoding: 'windows-1252' });
    const utf8 = new TextEncoder().encode('Date;Libellé\n€ région');
    expect(decodeBankFile(utf8)).toEqual({ text: 'Date;Libellé\n€ région', encoding: 'utf-8' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeBankFile(bom)).toEqual({ text: 'Date;Libellé\n€ région', encoding: 'utf-8' });
    const file = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Date;Libellé;Montant\n01/03/2025;Été;1,00\n')]);
    expect(parseBankCsv(decodeBankFile(file).text)).toEqual([expect.objectContaining({ label: 'Été', amount: 100 })]);
  });
});

describe('the Relevés sheet', () => {
  it('is created by « Installer / réparer » with its headers, and read from a sheet named otherwise, headers in another order', () => {
    const wb = new MemoryWorkbook({});
    expect(addMissingSheets(wb, 2025).created).toContain('Relevés');
    expect(wb.sheets.get('Relevés')).toEqual([['Compte', 'Date', 'Libellé', 'Montant', 'Débit', 'Crédit', 'Solde', 'Référence', 'Pointé']]);
    const user = new MemoryWorkbook({
      'Relevé bancaire': [
        ['Relevé Crédit Coopératif, mars 2025'],
        ['Pointage', 'Date opération', 'Libellé opération', 'Débit (€)', 'Crédit (€)'],
        ['', '03/03/2025', 'PRLV LOYER', '600,00', ''],
        [],
        ['Total', '', '', '600,00', ''],
        ['', '31/02/2025', 'CB', '1,00', ''],
      ],
    });
    const book = readWorkbook(user);
    expect(statementLines(book)).toEqual({
      lines: [expect.objectContaining({ row: 3, date: '2025-03-03', amount: -60000, account: '512', ticked: '' })],
      unreadable: [6],
    });
    expect(book.findings.map((f) => `${f.rule} ${f.sheet}!${f.row} ${f.column ?? ''}`)).toEqual([
      'row.total Relevé bancaire!5 ',
      'cell.invalid Relevé bancaire!6 Date opération',
    ]);
  });
});

describe('what an import refuses before anything is written', () => {
  const header = 'Date;Libellé;Débit;Crédit';
  const imported = (csv: string) => {
    const wb = new MemoryWorkbook({});
    try {
      importBankStatement({ workbook: wb, lock }, csv);
    } catch (e) {
      return { said: userMessage(e, 'fr'), sheets: [...wb.sheets.keys()] };
    }
    return { said: '', sheets: [...wb.sheets.keys()] };
  };

  it('a line with both a debit and a credit, naming it', () => {
    expect(imported([header, '01/03/2025;A;1,00;', '02/03/2025;B;5,00;7,00'].join('\n'))).toEqual({
      said: 'Fichier de la banque, ligne 3 : un débit et un crédit à la fois ; rien n’a été importé. Gardez l’un des deux montants',
      sheets: [],
    });
  });

  it('a label longer than a cell holds (50 000 characters), naming its line', () => {
    expect(imported([header, '01/03/2025;A;1,00;', `02/03/2025;${'x'.repeat(50_001)};2,00;`].join('\n'))).toEqual({
      said: 'Fichier de la banque, ligne 3 : un champ dépasse 50\u202f000 caractères (la limite d’une cellule) ; rien n’a été importé. Corrigez la ligne',
      sheets: [],
    });
    expect(imported([header, `02/03/2025;${'x'.repeat(50_000)};2,00;`].join('\n')).said).toBe('');
  });

  it('more than 20 000 lines, in one line, quickly', () => {
    const started = Date.now();
    const lines = Array.from({ length: 20_001 }, (_, i) => `01/03/2025;CB ${i};1,00;`);
    expect(imported([header, ...lines].join('\n'))).toEqual({
      said: 'Le relevé a plus de 20\u202f000 lignes : rien n’a été importé ; importez le relevé en plusieurs fois (un fichier par mois, par exemple)',
      sheets: [],
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a file with only its header line writes nothing, not even the Relevés sheet', () => {
    const wb = new MemoryWorkbook({});
    expect(importBankStatement({ workbook: wb, lock }, 'Date;Libellé;Montant\r\n')).toEqual({
      read: 0,
      added: 0,
      alreadyThere: 0,
      from: null,
      to: null,
    });
    expect([...wb.sheets.keys()]).toEqual([]);
  });

  it('a UTF-16 file, saying which encodings are read', () => {
    const text = 'Date;Libellé;Montant\r\n01/03/2025;Été;1,00\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const noBom = Buffer.from(text, 'utf16le');
    const be = Buffer.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [le, noBom, be])
      expect(imported(decodeBankFile(bytes).text)).toEqual({
        said: 'Le fichier de la banque est en UTF-16, encodage non pris en charge : rien n’a été importé ; enregistrez le fichier en UTF-8 ou en Windows-1252',
        sheets: [],
      });
  });
});
