import { importBankStatement } from '../../shared/usecases/import-bank-statement';
import { reconcileBank } from '../../shared/usecases/reconcile-bank';
import { acceptBankProposal } from '../../shared/usecases/accept-bank-proposal';
import type { RequestCache } from '../../shared/usecases/ports';
import type { IsoDate } from '../../shared/values/dates';
import type { CellValue } from '../../shared/sheets/ports';
import { bankCsv, bankWorkbook, EXTRAS, JOURNAL_HEADER, movements, STATEMENT_OPENING } from './bank-fixture';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { BANK_TABLES } from '../../shared/usecases/reconcile-bank';
import { reconcile } from '../../shared/bank/reconcile';
import { writeTicks } from '../../shared/bank/ticks';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';

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
