/**
 * What only Google does with the user's selection: select a finding's cell, and remember which
 * convention's row the menu's "Modifier la convention sélectionnée" was used on.
 */
import { parseCellTarget } from '../shared/usecases/args';
import { conventionIdAtRow } from '../shared/usecases/get-convention-form';
import { partnerIdAtRow } from '../shared/usecases/get-partner-card';
import { refusal } from '../shared/i18n/refusal';
import { SpreadsheetWorkbook } from './workbook';

const EDIT_KEY = 'conventionToEdit';
const PARTNER_KEY = 'partnerToShow';

/** rpc selectCell: activates the sheet and selects the cell (or the row). */
export function selectCell(target: unknown): { selected: string } {
  const t = parseCellTarget(target);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(t.sheet);
  if (!sheet) throw refusal('sheetGone', t.sheet);
  const range = t.column ? sheet.getRange(t.row, t.column) : sheet.getRange(t.row, 1, 1, Math.max(1, sheet.getLastColumn()));
  sheet.activate();
  range.activate();
  return { selected: range.getA1Notation() };
}

/** Remembers the convention of the active row for the form to open (per user); refused when there is none. */
export function rememberSelectedConvention(): void {
  PropertiesService.getUserProperties().setProperty(EDIT_KEY, selectedConventionId());
}

/** The ID of the convention on the active row of Conventions; refused when there is none. */
export function selectedConventionId(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const range = ss.getActiveRange();
  return conventionIdAtRow(new SpreadsheetWorkbook(ss), ss.getActiveSheet()?.getName() ?? null, range ? range.getRow() : null);
}

export function forgetSelectedConvention(): void {
  PropertiesService.getUserProperties().deleteProperty(EDIT_KEY);
}

/** The convention the menu selected, once: the next opening is a new convention. */
export function takeSelectedConvention(): string | null {
  const props = PropertiesService.getUserProperties();
  const pending = props.getProperty(EDIT_KEY);
  if (pending) props.deleteProperty(EDIT_KEY);
  return pending;
}

/** Remembers the partner of the active row (Partenaires, Conventions, Opportunités, Personnes) for the card to open (per user). */
export function rememberSelectedPartner(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const range = ss.getActiveRange();
  const id = partnerIdAtRow(new SpreadsheetWorkbook(ss), ss.getActiveSheet()?.getName() ?? null, range ? range.getRow() : null);
  PropertiesService.getUserProperties().setProperty(PARTNER_KEY, id);
}

/** The partner the menu selected, once: the next opening shows the first partner (or the one picked). */
export function takeSelectedPartner(): string | null {
  const props = PropertiesService.getUserProperties();
  const pending = props.getProperty(PARTNER_KEY);
  if (pending) props.deleteProperty(PARTNER_KEY);
  return pending;
}
