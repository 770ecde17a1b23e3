/**
 * rpc importBankStatement and `citego reconcile --import`: a bank's CSV (its text: the shells
 * decode the file's bytes with shared/bank/decode.ts) appended to Relevés. Every line is read
 * before anything is written; a line already in Relevés (same reference, or same date, amount,
 * label and occurrence) is not added again, so importing the same file twice adds nothing.
 */
import { parseBankCsv } from '../bank/import';
import { DEFAULT_BANK_ACCOUNT, identify, statementLines } from '../bank/statement';
import { refusal } from '../i18n/refusal';
import { newSheetFor } from '../sheets/install';
import { findSheet, readWorkbook } from '../sheets/parsed-workbook';
import { appendRecords, type FieldValue } from '../sheets/records';
import { bankStatement } from '../sheets/schema/tables';
import type { Ports } from './ports';

/** The preview's request body is capped at 5 MB; a statement is far smaller. */
export const MAX_STATEMENT_CHARS = 4_000_000;

export interface BankImportResult {
  /** Lines read from the file. */
  readonly read: number;
  readonly added: number;
  /** Lines already in Relevés. */
  readonly alreadyThere: number;
  /** The first and last dates of the file, `YYYY-MM-DD` (null when it has no line). */
  readonly from: string | null;
  readonly to: string | null;
}

function statementText(csv: unknown): string {
  if (typeof csv !== 'string' || csv.trim() === '') throw refusal('bankCsvEmpty');
  if (csv.length > MAX_STATEMENT_CHARS) throw refusal('bankCsvTooBig', MAX_STATEMENT_CHARS);
  return csv;
}

export function importBankStatement(p: Pick<Ports, 'workbook' | 'lock'>, csv: unknown): BankImportResult {
  const lines = parseBankCsv(statementText(csv));
  const dates = lines.map((l) => l.date).sort();
  // A file with only its header line writes nothing (not even an empty Relevés sheet).
  if (lines.length === 0) return { read: 0, added: 0, alreadyThere: 0, from: null, to: null };
  return p.lock.withLock(() => {
    const wb = p.workbook;
    if (!findSheet(bankStatement, wb.sheetNames())) wb.addSheet(newSheetFor(bankStatement));
    const book = readWorkbook(wb, 'fr', [bankStatement]);
    const present = new Set(statementLines(book).lines.map((l) => l.key));
    const keys = identify(lines);
    const fresh = lines.filter((_, i) => !present.has(keys[i]));
    const hasMontant = book.bankStatement.header?.index.amount !== undefined;
    const records = fresh.map((l): Record<string, FieldValue> => {
      const amounts: Record<string, FieldValue> = hasMontant
        ? { amount: l.amount }
        : { debit: l.amount < 0 ? -l.amount : null, credit: l.amount > 0 ? l.amount : null };
      return {
        account: DEFAULT_BANK_ACCOUNT,
        date: { date: l.date },
        label: l.label,
        ...amounts,
        balance: l.balance,
        reference: l.reference,
      };
    });
    if (records.length > 0) appendRecords(wb, bankStatement, records);
    return {
      read: lines.length,
      added: fresh.length,
      alreadyThere: lines.length - fresh.length,
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
    };
  });
}
