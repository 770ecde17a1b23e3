/**
 * Writes a SKOS import plan (skos-import.ts) into Atlas and Relations through the workbook port:
 * every row to change is read again and checked first, then the cells are written, new terms and
 * relations appended, removed relations deleted (docs/domain.md, "Atlas as SKOS"). A shell that
 * saves only after this returns (the .xlsx writer) never leaves a file written half-way.
 */
import { refusal } from '../i18n/refusal';
import { newSheetFor } from '../sheets/install';
import { findSheet } from '../sheets/parsed-workbook';
import type { Workbook } from '../sheets/ports';
import { appendRecords, ensureColumn, locateTable } from '../sheets/records';
import { relations as relationsTable } from '../sheets/schema/atlas-tables';
import { atlas as atlasTable } from '../sheets/schema/tables';
import { linkedTerms, termKey, type AtlasRelation } from './skos-atlas';
import type { SkosImportPlan, TermField } from './skos-import';

/** One cell to write: its row and column key, and the value. */
interface CellWrite {
  readonly row: number;
  readonly key: TermField | 'relatedTo' | 'relation';
  readonly value: string;
  /** The term the row must still hold. */
  readonly term: string;
}

function ensureSheet(wb: Workbook, def: typeof atlasTable | typeof relationsTable): void {
  if (!findSheet(def, wb.sheetNames())) wb.addSheet(newSheetFor(def));
}

/** An older Atlas row's Lié à cell without the removed links (its Relation emptied when none is left). */
function legacyWrites(removed: readonly AtlasRelation[], cellOf: (row: number) => { term: string; relatedTo: string }): CellWrite[] {
  const byRow = new Map<number, AtlasRelation[]>();
  for (const r of removed) if (r.at.sheet === 'atlas') byRow.set(r.at.row, [...(byRow.get(r.at.row) ?? []), r]);
  const out: CellWrite[] = [];
  for (const [row, gone] of byRow) {
    const { term, relatedTo } = cellOf(row);
    const goneKeys = new Set(gone.map((r) => termKey(r.to)));
    const left = linkedTerms(relatedTo).filter((t) => !goneKeys.has(termKey(t)));
    out.push({ row, key: 'relatedTo', value: left.join('; '), term });
    if (left.length === 0) out.push({ row, key: 'relation', value: '', term });
  }
  return out;
}

function writeAtlasCells(wb: Workbook, plan: SkosImportPlan): void {
  const keys = new Set<TermField>(plan.changes.map((c) => c.field));
  // A new term's definition or English label needs its column, which an older Atlas may lack.
  for (const t of plan.newTerms) for (const k of ['domain', 'definition', 'english'] as const) if (t[k] !== null) keys.add(k);
  for (const key of keys) ensureColumn(wb, atlasTable, key);
  const { sheet, header, rows } = locateTable(wb, atlasTable);
  const text = (row: number, key: string) => String(rows[row - 1]?.[header.index[key] ?? -1] ?? '').trim();
  const writes: CellWrite[] = [
    ...plan.changes.map((c) => ({ row: c.row, key: c.field, value: c.after, term: c.term })),
    ...legacyWrites(plan.removedRelations, (row) => ({ term: text(row, 'term'), relatedTo: text(row, 'relatedTo') })),
  ];
  const width = Math.max(header.width, ...Object.values(header.index).map((i) => i + 1));
  // Every row is checked before the first cell is written: a row moved meanwhile refuses the whole import.
  for (const w of writes) {
    const now = wb.readRow(sheet, w.row, width)[header.index.term];
    if (termKey(String(now ?? '')) !== termKey(w.term)) throw refusal('rowChanged', w.row, sheet, w.term);
  }
  for (const w of writes) wb.writeBlock(sheet, w.row, header.index[w.key] + 1, [[w.value]]);
}

/** Applies the plan; the caller saves the workbook once this returns. */
export function applySkosImport(wb: Workbook, plan: SkosImportPlan): void {
  ensureSheet(wb, atlasTable);
  writeAtlasCells(wb, plan);
  if (plan.newTerms.length > 0)
    appendRecords(
      wb,
      atlasTable,
      plan.newTerms.map((t) => ({ term: t.term, domain: t.domain, definition: t.definition, english: t.english })),
    );
  const gone = plan.removedRelations.filter((r) => r.at.sheet === 'relations').map((r) => r.at.row);
  if (plan.newRelations.length === 0 && gone.length === 0) return;
  ensureSheet(wb, relationsTable);
  const { sheet } = locateTable(wb, relationsTable);
  if (gone.length > 0) wb.deleteRows(sheet, [...new Set(gone)]);
  if (plan.newRelations.length > 0)
    appendRecords(
      wb,
      relationsTable,
      plan.newRelations.map((r) => ({ from: r.from, relation: r.relation, to: r.to, note: null })),
    );
}
