import { formatDateFr, type IsoDate } from '../values/dates';
import { decimalComma } from '../values/money';
import type { ExportCell, ExportTable } from './export-table';

/**
 * A cell that a spreadsheet would run as a formula (`= + - @`, or a tab / carriage return
 * before them) is prefixed with an apostrophe: opened in Excel or Sheets it stays inert text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cellText(cell: ExportCell): string {
  if (cell === null) return '';
  if ('text' in cell) return neutralizeFormula(cell.text);
  if ('cents' in cell) return decimalComma(cell.cents);
  if ('date' in cell) return formatDateFr(cell.date as IsoDate);
  return String(cell.number).replace('.', ',');
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** CSV as French spreadsheet users open it: UTF-8 with BOM, `;` separator, CRLF line ends. */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers.map((h) => quote(neutralizeFormula(h))).join(';')];
  for (const row of table.rows) lines.push(row.map((c) => quote(cellText(c))).join(';'));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function sheetCellText(cell: ExportCell): string {
  if (cell === null) return '';
  if ('text' in cell) return neutralizeFormula(cell.text);
  if ('cents' in cell) return (cell.cents / 100).toFixed(2);
  if ('date' in cell) return cell.date;
  return String(cell.number);
}

/**
 * CSV for Drive to convert into a Google Sheet (docs/architecture.md, "What Google does"): the
 * documented import format is comma-separated (RFC 4180), so amounts use a decimal point and dates
 * are `YYYY-MM-DD`, read the same whatever the account's locale; no BOM, formulas neutralised.
 */
export function toSheetCsv(table: ExportTable): string {
  const field = (s: string) => (/[,"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [table.headers.map((h) => field(neutralizeFormula(h))).join(',')];
  for (const row of table.rows) lines.push(row.map((c) => field(sheetCellText(c))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
