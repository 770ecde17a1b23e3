/** rpc getConventionForm, and the menu's "Modifier la convention sélectionnée": which convention the form opens on. */
import { conventionForm } from '../conventions/save';
import type { ConventionForm } from '../conventions/payload';
import { refusal } from '../i18n/refusal';
import { findSheet } from '../sheets/parsed-workbook';
import { locateHeader } from '../sheets/parse/header';
import type { Workbook, WorkbookReader } from '../sheets/ports';
import { conventions } from '../sheets/schema/tables';
import { parseConventionId } from './args';

/** The form's lists, and the convention `id` (else the one the menu selected, else a blank form). */
export function getConventionForm(p: { readonly workbook: Workbook }, id: unknown, selected: string | null = null): ConventionForm {
  return conventionForm(p.workbook, parseConventionId(id) ?? selected);
}

/** The ID of the convention on `row` of the active sheet; refused when that is not a convention's row. */
export function conventionIdAtRow(wb: WorkbookReader, activeSheet: string | null, row: number | null): string {
  const name = findSheet(conventions, wb.sheetNames());
  if (!name || activeSheet !== name || row === null) throw refusal('selectConventionRow');
  const rows = wb.readSheet(name);
  const located = locateHeader(conventions, rows);
  if (!located.ok || located.header.index.id === undefined) throw refusal('conventionsWithoutId');
  if (row <= located.header.headerRow) throw refusal('selectBelowHeader');
  const id = String(rows[row - 1]?.[located.header.index.id] ?? '').trim();
  if (!id) throw refusal('rowWithoutId', row);
  return id;
}
