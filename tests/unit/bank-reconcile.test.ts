import { importBankStatement } from '../../shared/usecases/import-bank-statement';
import { reconcileBank } from '../../shared/usecases/reconcile-bank';
import { acceptBankProposal } from '../../shared/usecases/accept-bank-proposal';
import type { RequestCache } from '../../shared/usecases/ports';
import type { IsoDate } from '../../shared/values/dates';
import type { CellValue } from '../../shared/sheets/ports';
import { bankCsv, bankWorkbook, EXTRAS, frAmount, JOURNAL_HEADER, movements, STATEMENT_OPENING } from './bank-fixture';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { BANK_TABLES } from '../../shared/usecases/reconcile-bank';
import { reconcile } from '../../shared/bank/reconcile';
import { writeTicks } from '../../shared/bank/ticks';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { join } from 'node:path';
import { readXlsx } from '../../scripts/xlsx/read';
import { decodeBankFile } from '../../shared/bank/decode';
import { catalogue } from '../../shared/i18n/catalogue';

const lock = { withLock: <T>(work: () => T): T => work() };
const clock = { today: () => '2026-01-15' as IsoDate };
function cache(): RequestCache {
  const m = new Map<string, string>();
  return { get: (k) => m.get(k) ?? null, put: (k, v) => void m.set(k, v) };
}

/** Counts the writes a use case makes. */
function counting(wb: MemoryWorkbook): { writes: number } {
  const count = { writes: 0 };
  const block = wb.writeBlock.bind(wb);
  wb.writeBlock = (...a) => {
    count.writes++;
    block(...a);
  };
  return count;
}

const column = (wb: MemoryWorkbook, sheet: string, header: string): CellValue[] => {
  const rows = wb.sheets.get(sheet) as CellValue[][];
  const at = rows[0].indexOf(header);
  return rows.slice(1).map((r) => r[at] ?? '');
};

describe('bank reconciliation of a year: 500 statement lines, 480 in the Journal', () => {
  const list = movements();
  const wb = bankWorkbook(list);
  const ports = { workbook: wb, lock, clock, cache: cache() };
  const imported = importBankStatement(ports, bankCsv(list));
  const first = reconcileBank(ports, 2025);

  it('imports the 500 lines under the bank’s header lines, into a new Relevés sheet', () => {
    expect(imported).toEqual({ read: 500, added: 500, alreadyThere: 0, from: '2025-01-02', to: '2025-12-31' });
    expect((wb.sheets.get('Relevés') as CellValue[][]).length).toBe(501);
  });

  it('ticks the 480 lines with their Journal pièce, and lists the 20 the books do not have', () => {
    expect(first.matched).toBe(480);
    expect(first.ticked).toBe(480);
    expect(first.statementCount).toBe(500);
    const ticked = column(wb, 'Relevés', 'Pointé').filter((v) => v !== '');
    expect(ticked).toHaveLength(480);
    // Each tick names the Journal line of the same amount.
    const amounts = column(wb, 'Relevés', 'Montant');
    const byVoucher = new Map(list.map((m) => [m.voucher, m.amount]));
    column(wb, 'Relevés', 'Pointé').forEach((p, i) => {
      if (p !== '') expect(Math.round(Number(amounts[i]) * 100)).toBe(byVoucher.get(String(p)));
    });
    expect(first.unmatchedBank.map((l) => l.label).sort()).toEqual(EXTRAS.map((e) => e.label).sort());
    expect(first.unmatchedBook.map((l) => l.voucher)).toEqual(['2025-481', '2025-482', '2025-483', '2025-484', '2025-485', '2025-486']);
  });

  it('explains the gap between the statement’s closing balance and the books', () => {
    const b = first.balance!;
    const extras = EXTRAS.reduce((s, e) => s + e.amount, 0);
    const cheques = list.slice(480).reduce((s, m) => s + m.amount, 0);
    const cleared = list.slice(0, 480).reduce((s, m) => s + m.amount, 0);
    expect(b.statementClosing).toBe(STATEMENT_OPENING + cleared + extras);
    expect(b.bookClosing).toBe(cleared + cheques);
    expect(b.gap).toBe(STATEMENT_OPENING + extras - cheques);
    expect(b).toEqual(
      expect.objectContaining({ openingDifference: STATEMENT_OPENING, unmatchedBank: extras, unmatchedBook: cheques, unexplained: 0 }),
    );
  });

  it('proposes 627 for the fees and 768 for the interest, nothing for the unknown transfers', () => {
    const expected = EXTRAS.filter((e) => e.account).map((e) => [e.label, e.amount, e.account]);
    expect(first.proposals.map((p) => [p.label, p.amount, p.account]).sort()).toEqual(expected.sort());
  });

  it('changes nothing when run again, nor when the same CSV is imported again', () => {
    const before = JSON.stringify([...wb.sheets]);
    const count = counting(wb);
    const again = importBankStatement(ports, bankCsv(list));
    expect(again).toEqual(expect.objectContaining({ added: 0, alreadyThere: 500 }));
    const second = reconcileBank(ports, 2025);
    expect(second.ticked).toBe(0);
    expect(second.matched).toBe(480);
    expect(second.unmatchedBank).toEqual(first.unmatchedBank);
    expect(count.writes).toBe(0);
    expect(JSON.stringify([...wb.sheets])).toBe(before);
  });

  it('accepts a proposal once: the Journal line is added and the statement line ticked; a retry adds nothing', () => {
    const journalBefore = (wb.sheets.get('Journal') as CellValue[][]).length;
    const fee = first.proposals.find((p) => p.label === 'COTISATION CARTE VISA ASSO')!;
    const after = acceptBankProposal(ports, 2025, fee.id, 'req-1');
    const journal = wb.sheets.get('Journal') as CellValue[][];
    expect(journal).toHaveLength(journalBefore + 1);
    expect(journal[journal.length - 1].slice(1, 10)).toEqual([
      fee.voucher,
      'COTISATION CARTE VISA ASSO',
      '627',
      '',
      '',
      '',
      '',
      45,
      'banque',
    ]);
    expect(after.matched).toBe(481);
    expect(after.ticked).toBe(1);
    expect(after.proposals).toHaveLength(first.proposals.length - 1);
    expect(after.balance!.unexplained).toBe(0);
    // The same request again (a double click): nothing more.
    expect(acceptBankProposal(ports, 2025, fee.id, 'req-1').matched).toBe(481);
    expect(wb.sheets.get('Journal')).toHaveLength(journalBefore + 1);
    // Another request for a proposal that no longer exists: refused, nothing written.
    expect(() => acceptBankProposal(ports, 2025, fee.id, 'req-2')).toThrow('Cette proposition n’existe plus');
    expect(wb.sheets.get('Journal')).toHaveLength(journalBefore + 1);
  });
});

describe('ticking Relevés › Pointé', () => {
  const journal = [
    JOURNAL_HEADER,
    ['03/03/2025', '2025-010', 'Loyer mars', '613', '', '', '', '', 600, 'banque'],
    ['05/03/2025', '2025-011', 'Cotisation Martin', '756', '', '', '', 35, '', 'banque'],
    ['05/03/2025', '2025-012', 'Cotisation Bernard', '756', '', '', '', 35, '', 'banque'],
    ['10/03/2025', '', 'Fournitures', '6064', '', '', '', '', 42.5, 'banque'],
    ['12/03/2025', '2025-014', 'Timbres', '626', '', '', '', '', 12, 'caisse'],
  ];
  /** Newest first, as many banks export: the closing Solde is the first row's. */
  const releves = [
    ['Date', 'Libellé', 'Montant', 'Solde', 'Pointé'],
    ['11/03/2025', 'CB BURO PLUS', -42.5, 1015, ''],
    ['06/03/2025', 'VIR COTISATION BERNARD', 35, 1057.5, ''],
    ['06/03/2025', 'VIR COTISATION MARTIN', 35, 1022.5, 'x'],
    ['04/03/2025', 'PRLV LOYER', -600, 987.5, ''],
  ];
  const setup = () => new MemoryWorkbook({ Paramètres: [['Paramètre', 'Valeur']], Journal: journal, Relevés: releves });

  it('writes each Journal pièce (or row) on its line, one block per run of rows, keeping a mark typed by hand', () => {
    const wb = setup();
    const blocks: [number, number][] = [];
    const write = wb.writeBlock.bind(wb);
    wb.writeBlock = (sheet, row, col, values) => {
      blocks.push([row, values.length]);
      write(sheet, row, col, values);
    };
    const r = reconcileBank({ workbook: wb, lock, clock }, null);
    expect(r.year).toBe(2025);
    expect(column(wb, 'Relevés', 'Pointé')).toEqual(['Journal ligne 5', '2025-012', 'x', '2025-010']);
    expect(blocks).toEqual([
      [2, 2],
      [5, 1],
    ]);
    // The label chose between the two 35,00 € of the same day: Bernard's line got Bernard's pièce.
    expect(r.matched).toBe(4);
    expect(r.balance).toEqual(expect.objectContaining({ statementClosing: 101500, statementOpening: 158750, unexplained: 0 }));
  });

  it('writes on the rows found again when someone sorted the sheet meanwhile, and not on a line deleted', () => {
    const wb = setup();
    const book = readWorkbook(wb, 'fr', BANK_TABLES);
    const { ticks } = reconcile(book, 2025);
    const rows = wb.sheets.get('Relevés') as CellValue[][];
    // Sorted oldest first, and the CB line deleted, between the reading and the writing.
    wb.sheets.set('Relevés', [rows[0], rows[4], rows[3], rows[2]]);
    expect(writeTicks(wb, ticks)).toBe(2);
    expect(column(wb, 'Relevés', 'Libellé')).toEqual(['PRLV LOYER', 'VIR COTISATION MARTIN', 'VIR COTISATION BERNARD']);
    expect(column(wb, 'Relevés', 'Pointé')).toEqual(['2025-010', 'x', '2025-012']);
  });

  it('adds a Pointé column at the end of a statement pasted without one, the user’s own columns kept', () => {
    const wb = new MemoryWorkbook({
      Journal: journal,
      Relevés: [
        ['Date', 'Libellé', 'Débit', 'Crédit', 'Catégorie'],
        ['04/03/2025', 'PRLV LOYER', '600,00', '', 'Loyer'],
      ],
    });
    expect(reconcileBank({ workbook: wb, lock, clock }, 2025).ticked).toBe(1);
    expect(wb.sheets.get('Relevés')).toEqual([
      ['Date', 'Libellé', 'Débit', 'Crédit', 'Catégorie', 'Pointé'],
      ['04/03/2025', 'PRLV LOYER', '600,00', '', 'Loyer', '2025-010'],
    ]);
  });
});

describe('the reconciliation of the demo’s 2025 against the books’ opening balance', () => {
  const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');
  const fr = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  /** The bank's lines: the demo's 512 lines of 2025 from the raw Journal cells, less two December payments, plus the bank's own. */
  function statementBytes(journal: CellValue[][]): Buffer {
    const h = journal[1];
    const at = (name: string) => h.indexOf(name);
    const lines: { date: Date; label: string; cents: number }[] = [];
    for (const r of journal.slice(2)) {
      const d = r[at('Date')];
      if (!(d instanceof Date) || d.getUTCFullYear() !== 2025 || r[at('Moyen')] !== 'banque') continue;
      if (r[at('Pièce')] === '2025-242' || r[at('Pièce')] === '2025-243') continue; // 450 € and 15 €, not yet at the bank
      const income = r[at('Recette')];
      if (income !== '' && r[at('Dépense')] !== '') continue; // the demo's line typed in both columns is booked nowhere
      const cents = Math.round(Number(income !== '' ? income : r[at('Dépense')]) * 100) * (income !== '' ? 1 : -1);
      lines.push({ date: d, label: String(r[at('Libellé')]).toUpperCase(), cents });
    }
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    lines.push(
      { date: day('2025-03-31'), label: 'FRAIS TENUE DE COMPTE', cents: -1200 },
      { date: day('2025-08-29'), label: 'COMMISSION D’INTERVENTION', cents: -850 },
      { date: day('2025-12-31'), label: 'Intérêts créditeurs 2025', cents: 2340 },
      { date: day('2025-11-20'), label: 'PRLV SEPA SOCIÉTÉ INCONNUE', cents: -4990 },
    );
    lines.sort((a, b) => a.date.getTime() - b.date.getTime());
    let balance = 4_283_200;
    const rows = lines.map((l) => {
      balance += l.cents;
      const [debit, credit] = l.cents < 0 ? [frAmount(-l.cents), ''] : ['', frAmount(l.cents)];
      return `${fr(l.date)};${l.label};${debit};${credit};${frAmount(balance)}`;
    });
    const text = ['Compte courant n° 00012345678', 'Période du 01/01/2025 au 31/12/2025', '', 'Date;Libellé;Débit;Crédit;Solde', ...rows];
    // Windows-1252, as French banks export (é, É, ’ and — are single bytes there).
    const cp1252: Record<string, string> = { '’': '\x92', '—': '\x97' };
    return Buffer.from(
      text.join('\r\n').replace(/[’—]/g, (c) => cp1252[c]),
      'latin1',
    );
  }

  async function run(opening: CellValue[] | null) {
    const snap = await readXlsx(DEMO);
    const sheets = Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)]));
    if (opening) sheets["Soldes d'ouverture"] = [...sheets["Soldes d'ouverture"], opening];
    const wb = new MemoryWorkbook(sheets);
    const ports = { workbook: wb, lock, clock, cache: cache() };
    const bytes = statementBytes(snap.readSheet('Journal'));
    const decoded = decodeBankFile(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    importBankStatement(ports, decoded.text);
    return reconcileBank(ports, 2025);
  }

  it('starts the books from the 2025 opening carried from 2024: 17 033,68 € at year end, a gap of 418,00 € fully explained', async () => {
    const r = await run(null);
    const b = r.balance!;
    // The bilan and the FEC say 17 033,68 € on 512 at 31/12/2025.
    expect(b.bookOpening).toBe(4_283_200);
    expect(b.bookOpeningSource).toBe('carried');
    expect(b.bookClosing).toBe(1_703_368);
    // 465,00 € paid and not yet at the bank, less 47,00 € of bank lines the books lack.
    expect(b.gap).toBe(41_800);
    expect(b).toEqual(expect.objectContaining({ openingDifference: 0, unmatchedBank: -4_700, unmatchedBook: -46_500, unexplained: 0 }));
    expect(r.unmatchedBook.map((l) => [l.voucher, l.amount])).toEqual([
      ['2025-242', -45_000],
      ['2025-243', -1_500],
    ]);
    expect(r.unmatchedBank.map((l) => [l.label, l.amount])).toEqual([
      ['FRAIS TENUE DE COMPTE', -1_200],
      ['COMMISSION D’INTERVENTION', -850],
      ['PRLV SEPA SOCIÉTÉ INCONNUE', -4_990],
      ['Intérêts créditeurs 2025', 2_340],
    ]);
    expect(r.proposals.map((p) => p.account)).toEqual(['627', '627', '768']);
  });

  it('with 512 typed at 43 000,00 € in Soldes d’ouverture, leaves the 168,00 € the statement does not start from unexplained', async () => {
    const r = await run([2025, '512', 'Banque — compte courant', 43000, '']);
    const b = r.balance!;
    expect(b.bookOpeningSource).toBe('typed');
    expect(b.bookClosing).toBe(1_703_368 + 16_800);
    expect(b.gap).toBe(41_800 - 16_800);
    expect(b).toEqual(
      expect.objectContaining({ statementOpening: 4_283_200, bookStart: 4_300_000, openingDifference: -16_800, unexplained: -16_800 }),
    );
    // What the treasurer reads.
    const t = catalogue('fr').bank;
    expect(t.openingDifference(b.statementOpening!, b.bookStart, b.openingDifference!)).toMatch(
      /le relevé part de 42\s832,00\s€, les comptes de 43\s000,00\s€ +-168,00\s€/,
    );
    expect(t.unexplained(b.unexplained!, true)).toMatch(/Reste inexpliqué : -168,00\s€ .*solde d’ouverture du 512 dans Soldes d’ouverture/);
  });
});

describe('accepting a proposal into a Journal that ends with a Total row', () => {
  const journal = [
    JOURNAL_HEADER,
    ['03/03/2025', '2025-010', 'Loyer mars', '613', '', '', '', '', 600, 'banque'],
    ['05/03/2025', '2025-011', 'Cotisation Martin', '756', '', '', '', 35, '', 'banque'],
    ['Total', '', '', '', '', '', '', 35, 600, ''],
  ];
  const releves = [
    ['Date', 'Libellé', 'Montant', 'Solde'],
    ['04/03/2025', 'PRLV LOYER', -600, 400],
    ['06/03/2025', 'VIR COTISATION MARTIN', 35, 435],
    ['31/03/2025', 'FRAIS TENUE DE COMPTE', -12.5, 422.5],
  ];

  it('says the line went below the Total row (row 4), whose SUM leaves it out; nothing is moved', () => {
    const wb = new MemoryWorkbook({ Paramètres: [['Paramètre', 'Valeur']], Journal: journal, Relevés: releves });
    const ports = { workbook: wb, lock, clock, cache: cache() };
    const fee = reconcileBank(ports, 2025).proposals[0];
    const after = acceptBankProposal(ports, 2025, fee.id, 'req-total');
    const rows = wb.sheets.get('Journal') as CellValue[][];
    expect(rows[3][0]).toBe('Total');
    expect(rows[4].slice(2, 4)).toEqual(['FRAIS TENUE DE COMPTE', '627']);
    expect(after.journalTotalRow).toBe(4);
    expect(catalogue('fr').bank.totalRowAbove(after.journalTotalRow!)).toBe(
      'Les lignes ajoutées sont sous la ligne Total (ligne 4) : étendez sa formule.',
    );
  });

  it('says nothing when the Journal has no Total row under its lines', () => {
    const wb = new MemoryWorkbook({ Paramètres: [['Paramètre', 'Valeur']], Journal: journal.slice(0, 3), Relevés: releves });
    const ports = { workbook: wb, lock, clock, cache: cache() };
    const fee = reconcileBank(ports, 2025).proposals[0];
    expect(acceptBankProposal(ports, 2025, fee.id, 'req-no-total').journalTotalRow).toBeUndefined();
  });
});
