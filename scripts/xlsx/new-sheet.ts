/**
 * The text of a new worksheet as "Installer / réparer" makes it: a bold header row frozen at the
 * top, column widths, number formats on amount, date and number columns, dropdowns on enum and
 * yes/no columns (ECMA-376 §18.3.1.99 worksheet, §18.3.1.32 dataValidation).
 */
import type { NewSheet } from '../../shared/sheets/ports';
import { NUMBER_FORMATS } from '../../shared/values/numbers';
import { columnLetter } from '../../shared/values/text';
import type { StyleBook } from './styles-edit';
import { escapeCellText, escapeXml } from './xml';

/** Rows a dropdown or format covers in a new sheet (Sheets' default grid is 1000 rows). */
const FORMATTED_ROWS = 1000;
/** Rows whose cells are formatted one by one under the header, as well as the whole column. */
const PREFORMATTED_ROWS = 20;

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function dropdown(range: string, choices: readonly string[]): string {
  const list = escapeXml(`"${choices.join(',')}"`);
  return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${range}"><formula1>${list}</formula1></dataValidation>`;
}

export function newSheetXml(spec: NewSheet, styles: StyleBook): string {
  const bold = styles.style({ bold: true });
  const formats = spec.columns.map((c) =>
    c.kind === 'amount' || c.kind === 'date' || c.kind === 'number' ? styles.style({ format: NUMBER_FORMATS[c.kind] }) : undefined,
  );
  const cols = spec.columns.map((c, i) => {
    const style = formats[i] === undefined ? '' : ` style="${formats[i]}"`;
    return `<col min="${i + 1}" max="${i + 1}" width="${Math.max(12, c.header.length + 4)}" customWidth="1"${style}/>`;
  });
  const header = spec.columns.map(
    (c, i) => `<c r="${columnLetter(i + 1)}1" s="${bold}" t="inlineStr"><is><t>${escapeCellText(c.header)}</t></is></c>`,
  );
  const rows = [`<row r="1">${header.join('')}</row>`];
  if (formats.some((f) => f !== undefined))
    for (let r = 2; r <= PREFORMATTED_ROWS; r++) {
      const cells = formats.map((f, i) => (f === undefined ? '' : `<c r="${columnLetter(i + 1)}${r}" s="${f}"/>`));
      rows.push(`<row r="${r}">${cells.join('')}</row>`);
    }
  const validations = spec.columns.flatMap((c, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${FORMATTED_ROWS}`;
    if (c.kind === 'enum' && c.choices) return [dropdown(range, c.choices)];
    if (c.kind === 'bool') return [dropdown(range, ['oui', 'non'])];
    return [];
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols.join('')}</cols><sheetData>${rows.join('')}</sheetData>` +
    (validations.length > 0 ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
