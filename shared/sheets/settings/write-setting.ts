import { SETTING_NAMES, type Settings } from './parse-settings';
import type { Workbook } from '../ports';
import { settingsTable } from '../schema/tables';
import { locateTable } from '../records';
import { refusal } from '../../i18n/refusal';
import { normalizeLabel } from '../../values/text';

/**
 * Sets one parameter in Paramètres: the value cell of its row (re-read just before writing),
 * or a new row when the parameter is not there yet.
 */
export function writeSetting(wb: Workbook, key: keyof Settings, value: string): void {
  const spec = SETTING_NAMES.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown setting ${key}`);
  const { sheet, rows, header } = locateTable(wb, settingsTable);
  const { index, headerRow, width } = header;
  const names = [spec.label, ...spec.synonyms].map(normalizeLabel);
  for (let r = headerRow; r < rows.length; r++) {
    const name = rows[r][index.name];
    if (typeof name !== 'string' || !names.includes(normalizeLabel(name))) continue;
    const now = wb.readRow(sheet, r + 1, Math.max(width, index.name + 1));
    if (typeof now[index.name] !== 'string' || normalizeLabel(String(now[index.name])) !== normalizeLabel(name))
      throw refusal('sheetChanged', sheet);
    wb.writeBlock(sheet, r + 1, index.value + 1, [[value]]);
    return;
  }
  const row = new Array(Math.max(width, index.name + 1, index.value + 1)).fill('');
  row[index.name] = spec.label;
  row[index.value] = value;
  wb.appendRows(sheet, [row]);
}
