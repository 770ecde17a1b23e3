/**
 * The bank reconciliation's bench (docs/domain.md, "Bank reconciliation"): a statement of
 * `count` lines taken from the synthetic Journal's bank lines (one in every few, a day or two
 * later, labelled the bank's way) plus a fee a month, reconciled against the whole year.
 */
import { bookBankLines } from '../../shared/bank/book-lines';
import { reconcile } from '../../shared/bank/reconcile';
import type { ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { IsoDate } from '../../shared/values/dates';

type StatementRecord = ParsedWorkbook['bankStatement']['records'][number];

function later(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as IsoDate;
}

/** The workbook with a Relevés of `count` lines built from its own bank lines of 2025. */
export function withStatement(book: ParsedWorkbook, count: number): ParsedWorkbook {
  const bank = bookBankLines(book, 2025).lines;
  const step = Math.max(1, Math.floor(bank.length / count));
  const records: StatementRecord[] = [];
  for (let i = 0; i < bank.length && records.length < count; i += step) {
    const l = bank[i];
    const date = later(l.date, i % 3);
    records.push({
      row: records.length + 2,
      account: '512',
      date: date > '2025-12-31' ? l.date : date,
      label: `PRLV SEPA ${l.label.toUpperCase()}`,
      amount: l.amount,
      debit: null,
      credit: null,
      balance: null,
      reference: '',
      ticked: '',
    });
  }
  for (let m = 1; m <= 12; m++)
    records.push({
      ...records[0],
      row: records.length + 2,
      date: `2025-${String(m).padStart(2, '0')}-28` as IsoDate,
      label: 'FRAIS TENUE DE COMPTE',
      amount: -1250,
    });
  return { ...book, bankStatement: { ...book.bankStatement, records } };
}

/** Reconciles and returns the time it took, the statement lines and how many matched. */
export function timeReconcile(book: ParsedWorkbook, count: number): { ms: number; lines: number; matched: number } {
  const withLines = withStatement(book, count);
  const start = process.hrtime.bigint();
  const { report } = reconcile(withLines, 2025);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, lines: report.statementCount, matched: report.matched };
}
