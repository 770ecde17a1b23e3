import type { Finding } from './findings';
import { catalogue } from '../i18n/catalogue';
import type { ReadingMessages } from '../i18n/fr/reading';
import type { Lang } from '../i18n/lang';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings/parse-settings';
import { emptyTable, parseTable, type ParsedTable } from './parse/table';
import type { WorkbookReader } from './ports';
import type { TableDef } from './schema/columns';
import * as T from './schema/tables';
import { normalizeLabel } from '../values/text';

type Tables = typeof T.TABLES;
export type TableKey = keyof Tables;

/** The parsed workbook's tables, in the order of the sheets "Installer / réparer" creates. */
export const TABLE_KEYS = Object.keys(T.TABLES) as TableKey[];

/** Everything read from the association's workbook, with the problems found while reading. */
export type ParsedWorkbook = { readonly [K in TableKey]: ParsedTable<Tables[K]> } & {
  readonly settings: Settings;
  readonly findings: readonly Finding[];
};

/** The workbook's sheet that holds a table: its name or an accepted variant, without case and accents. */
export function findSheet(def: TableDef, sheetNames: readonly string[]): string | null {
  return chooseSheet(def, sheetNames).sheet;
}

/**
 * The sheet read for a table, and the others whose names differ from it only by case or accents
 * (`JOURNAL` beside `Journal`): the one spelt exactly as the table's name (or synonym) is read,
 * else the first; readWorkbook says which with a `sheet.twin` warning (docs/domain.md).
 */
export function chooseSheet(def: TableDef, sheetNames: readonly string[]): { sheet: string | null; ignored: string[] } {
  for (const name of [def.sheet, ...def.sheetSynonyms]) {
    const w = normalizeLabel(name);
    const hits = sheetNames.filter((n) => normalizeLabel(n) === w);
    if (hits.length === 0) continue;
    const sheet = hits.find((n) => n.trim() === name) ?? hits[0];
    return { sheet, ignored: hits.filter((n) => n !== sheet) };
  }
  return { sheet: null, ignored: [] };
}

/** The sheet read for `def`, with a warning when another sheet of nearly the same name is left aside. */
function sheetFor(def: TableDef, names: readonly string[], msg: ReadingMessages, findings: Finding[]): string | null {
  const { sheet, ignored } = chooseSheet(def, names);
  if (sheet !== null && ignored.length > 0) {
    findings.push({ rule: 'sheet.twin', severity: 'warning', message: msg.sheetTwin(sheet, ignored), sheet, row: null, column: null });
  }
  return sheet;
}

/**
 * Reads every table of the workbook (or only those of `only`, the others left empty): one batch
 * read per sheet present, nothing else. Missing sheets are empty tables; unreadable cells are
 * findings, never exceptions.
 */
export function readWorkbook(workbook: WorkbookReader, lang: Lang = 'fr', only?: readonly TableDef[]): ParsedWorkbook {
  const msg = catalogue(lang).reading;
  const findings: Finding[] = [];
  const names = workbook.sheetNames();
  const tz = workbook.timeZone;

  const settingsSheet = sheetFor(T.settingsTable, names, msg, findings);
  const settings = settingsSheet ? parseSettings(settingsSheet, workbook.readSheet(settingsSheet), tz, msg, findings) : DEFAULT_SETTINGS;

  function read<D extends TableDef>(def: D): ParsedTable<D> {
    const sheet = only && !only.includes(def) ? null : sheetFor(def, names, msg, findings);
    if (!sheet) return emptyTable(def);
    return parseTable(def, sheet, workbook.readSheet(sheet), tz, msg, findings) as unknown as ParsedTable<D>;
  }

  const tables = Object.fromEntries(TABLE_KEYS.map((key) => [key, read(T.TABLES[key])])) as { [K in TableKey]: ParsedTable<Tables[K]> };
  // A cash book often shows 0,00 in the unused column: zero is no amount at all.
  for (const r of tables.ledger.records) {
    if (r.income === 0) r.income = null;
    if (r.expense === 0) r.expense = null;
  }
  return { settings, ...tables, findings };
}
