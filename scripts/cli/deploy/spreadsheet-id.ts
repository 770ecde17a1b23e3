/**
 * The spreadsheet `citego deploy --spreadsheet` binds the script to: a bare id, or any address of a
 * Google Sheets spreadsheet (`https://docs.google.com/spreadsheets/d/<id>/edit#gid=0`, with a
 * `/u/0/` account index or a Workspace `/a/<domain>/` prefix). Anything else — a Doc's address, a
 * Drive folder, a published `/d/e/…` link — is refused in one line.
 */
import { refusal } from '../../../shared/i18n/refusal';

/** A Drive file id: letters, digits, `-` and `_` (a spreadsheet's has 44 characters). */
const FILE_ID = /^[A-Za-z0-9_][A-Za-z0-9_-]{19,99}$/; // never a leading '-': clasp would read it as an option
const SHEETS_URL = /^(?:https?:\/\/)?docs\.google\.com\/(?:a\/[^/]+\/)?spreadsheets\/(?:u\/\d+\/)?d\/([^/?#]+)(?:[/?#].*)?$/;

export function spreadsheetId(input: string | undefined): string {
  if (input === undefined || input.trim() === '') throw refusal('deployNoSpreadsheet');
  const text = input.trim();
  const id = SHEETS_URL.exec(text)?.[1] ?? text;
  if (!FILE_ID.test(id)) throw refusal('deployNotASpreadsheet', text.length > 120 ? `${text.slice(0, 120)}…` : text);
  return id;
}

export const spreadsheetUrl = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;
export const scriptUrl = (scriptId: string) => `https://script.google.com/d/${scriptId}/edit`;
