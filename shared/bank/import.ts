/**
 * A French bank's CSV export turned into Relevés lines (docs/domain.md, "Bank reconciliation"):
 * the lines above the table (account number, period…) are skipped by finding the header row,
 * columns are found by their names as for any sheet (Date, Libellé, Montant or Débit/Crédit,
 * Solde, Référence), amounts are French (`1 234,56`, `-12,50`, `1.234,56`), dates `15/03/2025`
 * or `2025-03-15`. A line that cannot be read refuses the whole file, naming its line: nothing
 * is written half-way.
 */
import { refusal } from '../i18n/refusal';
import { isBlank, MAX_TEXT } from '../sheets/parse/cells';
import { matchHeaderRow } from '../sheets/parse/header';
import { isTotalRow } from '../sheets/parse/table';
import { bankStatement } from '../sheets/schema/tables';
import { parseDate, type IsoDate } from '../values/dates';
import { parseAmount, type Cents } from '../values/money';
import { parseCsv } from './csv';
import { signedAmount, type LineIdentity } from './statement';

/** A statement line read from the file. */
export interface ImportedLine extends LineIdentity {
  /** The file line it came from. */
  readonly line: number;
  readonly balance: Cents | null;
}

/**
 * An import's most lines: a small association's year is a few thousand; beyond this the file is
 * refused before anything is written, to be imported month by month (docs/domain.md).
 */
export const MAX_STATEMENT_LINES = 20_000;

/** How far down the header row is looked for (banks put a few lines of account details above it). */
const HEADER_SEARCH_LINES = 30;

type Found = Record<string, number>;

function headerRow(rows: readonly { fields: readonly string[] }[]): { at: number; found: Found } | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_LINES); i++) {
    const found = matchHeaderRow(bankStatement, rows[i].fields);
    if ('date' in found && ('amount' in found || 'debit' in found || 'credit' in found)) return { at: i, found };
  }
  return null;
}

function amountAt(fields: readonly string[], i: number | undefined, line: number): Cents | null {
  if (i === undefined || isBlank(fields[i])) return null;
  const read = parseAmount(fields[i]);
  if (!read.ok) throw refusal('bankCsvAmount', line, fields[i].slice(0, 40));
  return read.cents;
}

function readLine(fields: readonly string[], found: Found, line: number): ImportedLine {
  // Every field must fit a cell: a longer text would make the workbook refused by every command.
  if (fields.some((f) => f.length > MAX_TEXT)) throw refusal('bankCsvTextTooLong', line, MAX_TEXT);
  const text = (key: string) => (found[key] === undefined ? '' : (fields[found[key]] ?? '').replace(/\s+/g, ' ').trim());
  const typedDate = text('date');
  if (typedDate === '') throw refusal('bankCsvNoDate', line);
  const date = parseDate(typedDate, 'UTC');
  if (!date.ok) throw refusal('bankCsvDate', line, typedDate.slice(0, 40));
  const debit = amountAt(fields, found.debit, line);
  const credit = amountAt(fields, found.credit, line);
  // Both a debit and a credit is an error, as in the Journal: never netted silently.
  if (debit && credit) throw refusal('bankCsvDebitAndCredit', line);
  const amount = signedAmount({ amount: amountAt(fields, found.amount, line), debit, credit });
  if (amount === null) throw refusal('bankCsvNoAmount', line);
  return {
    line,
    date: date.date as IsoDate,
    amount,
    label: text('label'),
    reference: text('reference'),
    balance: amountAt(fields, found.balance, line),
  };
}

/** The statement lines of a bank CSV, in file order; refused at the first line that cannot be read. */
export function parseBankCsv(text: string): ImportedLine[] {
  // UTF-16 decoded byte by byte shows its byte-order mark as « ÿþ »/« þÿ » and a NUL beside every
  // ASCII character (a CSV never holds one): said as such, not as a file without headers.
  if (/^\ufeff?(\u00ff\u00fe|\u00fe\u00ff)/.test(text) || text.slice(0, 200).includes('\u0000')) throw refusal('bankCsvEncoding');
  const csv = parseCsv(text);
  if (!csv.ok) throw refusal('bankCsvQuote', csv.unclosedQuoteAt);
  const header = headerRow(csv.rows);
  if (!header) throw refusal('bankCsvNoHeader');
  const lines: ImportedLine[] = [];
  for (const row of csv.rows.slice(header.at + 1)) {
    if (row.fields.every((f) => isBlank(f))) continue;
    // A closing "Total" or "Solde au …" line under the table is not an operation.
    if (isTotalRow(row.fields) || /^solde\b/i.test(row.fields.find((f) => !isBlank(f)) ?? '')) continue;
    if (lines.length >= MAX_STATEMENT_LINES) throw refusal('bankCsvTooManyLines', MAX_STATEMENT_LINES);
    lines.push(readLine(row.fields, header.found, row.line));
  }
  return lines;
}
