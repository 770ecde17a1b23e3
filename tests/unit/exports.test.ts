import fc from 'fast-check';
import { join } from 'node:path';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { journalEntries } from '../../shared/ledger/booking';
import { writeFec } from '../../shared/exports/fec';
import { buildAccountantPack } from '../../shared/exports/pack';
import { toCsv } from '../../shared/exports/csv';
import { Refusal, userMessage } from '../../shared/i18n/refusal';
import type { CellValue } from '../../shared/sheets/ports';
import { readXlsx } from '../../scripts/xlsx/read';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { TODAY } from '../helpers/demo';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');
const FEC_HEADER =
  'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise';

/** An FEC reader written for the test, independent of the exporter. */
function readFec(content: string) {
  const lines = content.split('\r\n').filter((l) => l !== '');
  const header = lines[0];
  const rows = lines.slice(1).map((l) => l.split('\t'));
  const cents = (s: string) => {
    const m = /^(\d+),(\d{2})$/.exec(s);
    if (!m) throw new Error(`montant FEC illisible : ${s}`);
    return Number(m[1]) * 100 + Number(m[2]);
  };
  return { header, rows, cents };
}

/** A CSV reader for `;` files with quotes, written for the test. */
function readCsv(content: string): string[][] {
  expect(content.startsWith('\ufeff')).toBe(true);
  const text = content.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the FEC of the demo year, read by an independent reader', () => {
  let content = '';
  let name = '';
  let journalTotal = 0;

  beforeAll(async () => {
    const snap = await readXlsx(DEMO);
    const book = readWorkbook(snap);
    const pack = buildAccountantPack(book, 2025, { today: TODAY });
    const fec = pack.files.find((f) => f.name.endsWith('.txt'));
    content = fec?.content ?? '';
    name = fec?.name ?? '';
    // The Journal's total movement of 2025, from the raw cells: lines with exactly one amount.
    const rows = snap.readSheet('Journal');
    const header = rows[1];
    const col = (h: string) => header.indexOf(h);
    for (const r of rows.slice(2)) {
      const d = r[col('Date')];
      if (!(d instanceof Date) || d.getUTCFullYear() !== 2025) continue;
      const inc = r[col('Recette')];
      const exp = r[col('Dépense')];
      if ((inc === '') === (exp === '')) continue;
      journalTotal += Math.round(Number(inc === '' ? exp : inc) * 100);
    }
  });

  it('is named <SIREN>FEC<closing date>.txt', () => {
    expect(name).toBe('812345679FEC20251231.txt');
  });

  it('has the 18 columns in the legal order, tab-separated', () => {
    const { header, rows } = readFec(content);
    expect(header).toBe(FEC_HEADER);
    for (const r of rows) expect(r).toHaveLength(18);
  });

  it('balances every entry, numbers each journal continuously, dates everything inside 2025', () => {
    const { rows, cents } = readFec(content);
    const byEntry = new Map<string, { debit: number; credit: number }>();
    const seq = new Map<string, number[]>();
    for (const r of rows) {
      const key = `${r[0]}|${r[2]}`;
      const e = byEntry.get(key) ?? { debit: 0, credit: 0 };
      e.debit += cents(r[11]);
      e.credit += cents(r[12]);
      byEntry.set(key, e);
      expect(r[3]).toMatch(/^2025\d{4}$/);
      // Every line has a ValidDate: the cash book's, the day Citego froze them in the FEC (docs/domain.md, FEC).
      if (r[0] === 'BQ' || r[0] === 'CA') expect(r[15]).toBe('20260115');
      const n = Number(r[2].replace(/^\D+-/, ''));
      const list = seq.get(r[0]) ?? [];
      if (list[list.length - 1] !== n) list.push(n);
      seq.set(r[0], list);
    }
    for (const e of byEntry.values()) expect(e.debit).toBe(e.credit);
    for (const list of seq.values()) expect(list).toEqual(list.map((_, i) => i + 1));
    expect([...seq.keys()].sort()).toEqual(['AN', 'BQ', 'CA']);
  });

  it('carries the Journal’s whole movement: total debits of BQ and CA = total of the 2025 lines', () => {
    const { rows, cents } = readFec(content);
    const debits = rows.filter((r) => r[0] !== 'AN').reduce((s, r) => s + cents(r[11]), 0);
    expect(journalTotal).toBeGreaterThan(0);
    expect(debits).toBe(journalTotal);
  });
});

const HEADER = ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Tiers', 'Recette', 'Dépense', 'Moyen', 'Justificatif'];
const SETTINGS: CellValue[][] = [
  ['Paramètre', 'Valeur'],
  ['SIREN', '812345679'],
];

function pack(rows: CellValue[][], settings = SETTINGS) {
  return buildAccountantPack(readWorkbook(new MemoryWorkbook({ Paramètres: settings, Journal: [HEADER, ...rows] })), 2025, {
    today: TODAY,
  });
}

describe('hostile or awkward text in the exports', () => {
  const hostile: CellValue[][] = [
    [
      '02/03/2025',
      '=HYPERLINK("http://evil.example","x")',
      '=HYPERLINK("http://evil.example","clic")',
      '6064',
      '',
      '@SUM(A1:A9)',
      '',
      '10',
      'banque',
      '',
    ],
    ['03/03/2025', 'B2', '+33 6 12 34 56 78', '6064', '', '-1', '', '11', 'banque', ''],
    [
      '04/03/2025',
      'B3',
      'Fournitures; "bureau"\tet\nrangement',
      '6064',
      '',
      'Tiers;avec;points-virgules',
      '',
      '12',
      'caisse',
      'https://drive.example/a;b',
    ],
  ];

  it('is inert in every CSV: cells starting with = + - @ are prefixed with an apostrophe', () => {
    const p = pack(hostile);
    for (const f of p.files.filter((x) => x.mimeType === 'text/csv')) {
      // Only our own numbers (e.g. a negative balance, -10,00) may start with a minus sign.
      for (const row of readCsv(f.content)) for (const cell of row) if (!/^-\d+(,\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@]/);
    }
    const ledger = readCsv(p.files.find((f) => f.name === 'grand-livre-2025.csv')?.content ?? '');
    expect(ledger.some((r) => r.includes('\'=HYPERLINK("http://evil.example","clic")'))).toBe(true);
    expect(ledger.some((r) => r.includes("'+33 6 12 34 56 78"))).toBe(true);
    const vouchers = readCsv(p.files.find((f) => f.name === 'pieces-2025.csv')?.content ?? '');
    expect(vouchers.some((r) => r.includes("'-1"))).toBe(true);
    expect(vouchers.some((r) => r.includes("'@SUM(A1:A9)"))).toBe(true);
  });

  it('keeps the CSV columns whole with ; quotes tabs and line breaks in labels', () => {
    const p = pack(hostile);
    const ledger = readCsv(p.files.find((f) => f.name === 'grand-livre-2025.csv')?.content ?? '');
    for (const r of ledger) expect(r).toHaveLength(10);
    expect(ledger.some((r) => r[6] === 'Fournitures; "bureau"\tet\nrangement')).toBe(true);
  });

  it('keeps the FEC columns whole: tabs and line breaks become spaces', () => {
    const p = pack(hostile);
    const fec = p.files.find((f) => f.name.endsWith('.txt'))?.content ?? '';
    const { rows } = readFec(fec);
    for (const r of rows) expect(r).toHaveLength(18);
    expect(rows.some((r) => r[10] === 'Fournitures; "bureau" et rangement')).toBe(true);
  });

  it('is inert in the FEC too: a label or a pièce starting with = + - @ gets an apostrophe, amounts unchanged', () => {
    const p = pack([
      ['02/03/2025', '+1', '=HYPERLINK("http://x","y")', '6064', '', '', '', '1 234,50', 'banque', ''],
      ['03/03/2025', '@B2', '-remise', '7561', '', '', '20', '', 'caisse', ''],
    ]);
    const { rows } = readFec(p.files.find((f) => f.name.endsWith('.txt'))?.content ?? '');
    expect(rows.map((r) => [r[8], r[10], r[11], r[12]])).toEqual([
      ["'+1", '\'=HYPERLINK("http://x","y")', '1234,50', '0,00'],
      ["'+1", '\'=HYPERLINK("http://x","y")', '0,00', '1234,50'],
      ["'@B2", "'-remise", '20,00', '0,00'],
      ["'@B2", "'-remise", '0,00', '20,00'],
    ]);
    for (const r of rows) {
      expect(r).toHaveLength(18);
      for (const field of r) expect(field).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe('the pack refuses or warns with reasons', () => {
  const ok: CellValue[][] = [['02/03/2025', 'B1', 'Papeterie', '6064', '', '', '', '10', 'banque', 'https://drive.example/f']];

  it('without a valid SIREN, the FEC is not produced and the checklist says why', () => {
    const p = pack(ok, [['Paramètre', 'Valeur']]);
    expect(p.files.some((f) => f.name.endsWith('.txt'))).toBe(false);
    expect(p.checklist.find((c) => c.key === 'fec')).toEqual({
      key: 'fec',
      label: 'FEC',
      ok: false,
      detail: 'SIREN manquant ou invalide dans Paramètres (9 chiffres) : le nom du FEC en a besoin. Ajoutez la ligne « SIREN ».',
    });
  });

  it('the self-check refuses an unbalanced, unnumbered or out-of-year FEC', () => {
    const book = readWorkbook(new MemoryWorkbook({ Paramètres: SETTINGS, Journal: [HEADER, ...ok] }));
    const { entries } = journalEntries(book, 2025);
    const broken = [{ ...entries[0], lines: [entries[0].lines[0], { ...entries[0].lines[1], credit: 999 }] }];
    expect(() => writeFec(broken, 2025, book.settings, { today: TODAY })).toThrow(
      /FEC 2025 non produit : écriture BQ-000001 \(Journal ligne 2\) déséquilibrée : débit 10,00, crédit 9,99/,
    );
    let refused: unknown = null;
    try {
      writeFec(broken, 2025, book.settings, { today: TODAY });
    } catch (e) {
      refused = e;
    }
    expect(userMessage(refused, 'en')).toBe(
      'FEC 2025 not produced: entry BQ-000001 (Journal row 2) does not balance: debit €10.00, credit €9.99.',
    );
    expect(() => writeFec([{ ...entries[0], sequence: 3, number: 'BQ-000003' }], 2025, book.settings, { today: TODAY })).toThrow(
      /numérotation du journal BQ interrompue/,
    );
    expect(() => writeFec(entries, 2024, book.settings, { today: TODAY })).toThrow(/hors de l'exercice 2024-01-01 – 2024-12-31/);
  });

  it('lists the Journal lines it could not book instead of guessing', () => {
    const p = pack([
      ...ok,
      ['03/03/2025', 'B2', 'Les deux', '7561', '', '', '30', '30', 'banque', ''],
      ['31/02/2025', 'B3', 'Date fausse', '7561', '', '', '30', '', 'banque', ''],
    ]);
    expect(p.excluded).toEqual([
      { row: 3, reason: 'bothAmounts' },
      { row: 4, reason: 'dateUnreadable' },
    ]);
    const listed = readCsv(p.files.find((f) => f.name === 'lignes-ecartees-2025.csv')?.content ?? '');
    expect(listed).toEqual([
      ['Ligne du Journal', 'Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense', 'Motif'],
      ['3', '03/03/2025', 'B2', 'Les deux', '7561', '30,00', '30,00', 'recette et dépense sur la même ligne'],
      ['4', '31/02/2025', 'B3', 'Date fausse', '7561', '30,00', '', 'date illisible'],
    ]);
  });

  it('a year without any Journal line is a clear refusal', () => {
    expect(() => pack([['02/03/2024', 'B1', 'x', '6064', '', '', '', '10', 'banque', '']])).toThrow(
      'Aucune opération du Journal entre le 01/01/2025 et le 31/12/2025 : pas de dossier 2025 à préparer.',
    );
    let refused: unknown = null;
    try {
      pack([['02/03/2024', 'B1', 'x', '6064', '', '', '', '10', 'banque', '']]);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(Refusal);
    expect(userMessage(refused, 'en')).toBe('No Journal line between 2025-01-01 and 2025-12-31: no 2025 pack to prepare.');
  });
});

describe('invariants', () => {
  it('every exported entry balances and the FEC debits equal the Journal movement, for any cash book', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 28 }),
            month: fc.integer({ min: 1, max: 12 }),
            cents: fc.integer({ min: 1, max: 10_000_000 }),
            income: fc.boolean(),
            cash: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (ops) => {
          const rows: CellValue[][] = ops.map((o, i) => [
            `${o.day}/${o.month}/2025`,
            `P${i}`,
            `Op ${i}`,
            o.income ? '7561' : '6064',
            '',
            '',
            o.income ? o.cents / 100 : '',
            o.income ? '' : o.cents / 100,
            o.cash ? 'caisse' : 'banque',
            '',
          ]);
          const p = pack(rows);
          const { rows: fec, cents } = readFec(p.files.find((f) => f.name.endsWith('.txt'))?.content ?? '');
          const total = ops.reduce((s, o) => s + o.cents, 0);
          expect(fec.reduce((s, r) => s + cents(r[11]), 0)).toBe(total);
          expect(fec.reduce((s, r) => s + cents(r[12]), 0)).toBe(total);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a CSV of any text reads back to the same text (neutralised when it could be a formula)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const csv = toCsv({
          name: 't',
          title: 't',
          headers: cells.map((_, i) => `c${i}`),
          rows: [cells.map((c) => (c ? { text: c } : null))],
        });
        const back = readCsv(csv)[1];
        back.forEach((v, i) => expect(v).toBe(cells[i] && /^[=+\-@\t\r]/.test(cells[i]) ? `'${cells[i]}` : cells[i]));
      }),
    );
  });
});

describe("the pack's checklist and descriptions: in the user's language, with real plurals", () => {
  const line = (d: string, voucher: string, receipt: string): CellValue[] => [
    d,
    voucher,
    'Papeterie',
    '6064',
    '',
    '',
    '',
    '10',
    'banque',
    receipt,
  ];
  const rows: CellValue[][] = [
    line('02/03/2025', 'B1', 'https://drive.example/f'),
    ['31/02/2025', 'B2', 'x', '6064', '', '', '', '10', 'banque', ''],
  ];
  const details = (p: ReturnType<typeof pack>) => p.checklist.map((c) => `${c.label} : ${c.detail}`);

  it('in French: one line, one entry, one voucher are singular', () => {
    const p = pack(rows);
    expect(details(p)).toEqual([
      'FEC : 812345679FEC20251231.txt, 1 écriture équilibrée',
      'Journal : 1 ligne à corriger (ligne 3), non reprise',
      'Justificatifs : toutes les pièces ont un justificatif',
      "E-mail de l'expert-comptable : à renseigner dans Paramètres",
    ]);
    expect(p.files[0].description).toBe('Fichier des écritures comptables (2 lignes)');
    const two = pack([...rows, ['32/03/2025', 'B3', 'x', '6064', '', '', '', '10', 'banque', ''], line('03/03/2025', '', '')]);
    expect(two.checklist.map((c) => c.detail).slice(1, 3)).toEqual([
      '2 lignes à corriger (lignes 3, 4), non reprises',
      '1 pièce sans numéro ou sans justificatif',
    ]);
  });

  it('in English when Paramètres › Langue = en (the CSV files stay French)', () => {
    const p = pack(rows, [...SETTINGS, ['Langue', 'en']]);
    expect(p.checklist.map((c) => [c.key, `${c.label}: ${c.detail}`])).toEqual([
      ['fec', 'FEC: 812345679FEC20251231.txt, 1 balanced entry'],
      ['journal', 'Journal: 1 line to fix (row 3), left out'],
      ['vouchers', 'Receipts: every voucher has a receipt'],
      ['email', "Accountant's e-mail: to fill in under Paramètres"],
    ]);
    expect(p.files.map((f) => f.description)).toEqual([
      'Accounting entries file (FEC, 2 lines)',
      'General ledger',
      'Trial balance',
      'Budget vs actual by project',
      'Volunteer valuation (864/875)',
      'Grants awarded, received, unspent',
      'Index of vouchers and receipts',
      'Journal lines to fix, left out of the entries',
    ]);
    expect(readCsv(p.files.find((f) => f.name === 'lignes-ecartees-2025.csv')?.content ?? '')[1]).toContain('date illisible');
    const fr = buildAccountantPack(
      readWorkbook(new MemoryWorkbook({ Paramètres: [...SETTINGS, ['Langue', 'en']], Journal: [HEADER, ...rows] })),
      2025,
      {
        today: TODAY,
        lang: 'fr',
        reportReady: false,
      },
    );
    expect(fr.checklist.map((c) => c.detail).pop()).toBe('pas encore généré');
    const noSiren = pack(rows, [
      ['Paramètre', 'Valeur'],
      ['Langue', 'en'],
    ]);
    expect(noSiren.checklist[0].detail).toBe(
      'SIREN missing or invalid in Paramètres (9 digits): the FEC file name needs it. Add the « SIREN » row.',
    );
  });
});
