/**
 * Writing the reconciliation into Relevés › Pointé: each matched line found again by its identity
 * in a fresh read of the sheet (rows move while people work), only where Pointé is still empty,
 * one block per run of contiguous rows (docs/architecture.md, "Reading and writing cells").
 */
import { readWorkbook } from '../sheets/parsed-workbook';
import type { CellValue, Workbook } from '../sheets/ports';
import { ensureColumn } from '../sheets/records';
import { bankStatement } from '../sheets/schema/tables';
import type { Tick } from './reconcile';
import { statementLines } from './statement';

/** Writes the ticks not yet written; returns how many cells were written. */
export function writeTicks(wb: Workbook, ticks: readonly Tick[]): number {
  const todo = ticks.filter((t) => !t.done);
  if (todo.length === 0) return 0;
  let fresh = readWorkbook(wb, 'fr', [bankStatement]);
  if (fresh.bankStatement.header && fresh.bankStatement.header.index.ticked === undefined) {
    // A statement pasted without a Pointé column gets one at the end of its header row.
    ensureColumn(wb, bankStatement, 'ticked');
    fresh = readWorkbook(wb, 'fr', [bankStatement]);
  }
  const table = fresh.bankStatement;
  const column = table.header?.index.ticked;
  if (!table.sheet || column === undefined) return 0;
  const now = new Map(statementLines(fresh).lines.map((l) => [l.key, l]));
  const cells: { row: number; value: string }[] = [];
  for (const t of todo) {
    const line = now.get(t.key);
    if (line && line.ticked === '') cells.push({ row: line.row, value: t.pointer });
  }
  cells.sort((a, b) => a.row - b.row);
  for (let k = 0; k < cells.length;) {
    let end = k;
    while (end + 1 < cells.length && cells[end + 1].row === cells[end].row + 1) end++;
    const block: CellValue[][] = cells.slice(k, end + 1).map((c) => [c.value]);
    wb.writeBlock(table.sheet, cells[k].row, column + 1, block);
    k = end + 1;
  }
  return cells.length;
}
