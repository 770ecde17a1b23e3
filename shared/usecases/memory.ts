/**
 * rpc getMemoryForm, saveMemoryEntry, getMemory and exportDecisions: the quick entry to Mémoire,
 * its entries for the sidebar's search (MiniSearch runs in the sidebar: shared/memory/search.ts), and the register of decisions written as a document kept in place
 * (`<Association>/Registres des décisions/`, kept-doc.ts). docs/domain.md, "Memory and calendar".
 */
import { readWorkbook } from '../sheets/parsed-workbook';
import { catalogue } from '../i18n/catalogue';
import { storeMemoryEntry, type MemoryEntryResult } from '../memory/entry';
import { memoryEntriesOf, type MemoryEntry } from '../memory/search';
import { MEMORY_TYPES } from '../memory/types';
import { decisionRegister, decisionsOf } from '../memory/decisions';
import { MEMORY_TABLES } from '../calendar/read';
import { parseLang, parseYearArg } from './args';
import { associationFolder, ensureFolder } from './folders';
import { KEYS } from './keys';
import { writeKeptDocument } from './kept-doc';
import type { Ports } from './ports';
import type { Lang } from '../i18n/lang';

type Option = { readonly id: string; readonly name: string };

/** What the quick entry offers to pick from, and today's date (the default). */
export interface MemoryForm {
  readonly today: string;
  readonly types: readonly string[];
  readonly persons: readonly Option[];
  readonly partners: readonly Option[];
  readonly conventions: readonly Option[];
  readonly projects: readonly Option[];
  readonly dossiers: readonly Option[];
  readonly groups: readonly Option[];
}

const options = <R>(rows: readonly R[], id: (r: R) => string | null, name: (r: R) => string | null): Option[] =>
  rows.flatMap((r) => (id(r) ? [{ id: id(r) as string, name: name(r) ?? '' }] : []));

export function getMemoryForm(p: Ports): MemoryForm {
  const book = readWorkbook(p.workbook, 'fr', MEMORY_TABLES);
  return {
    today: p.clock.today(),
    types: MEMORY_TYPES,
    persons: options(
      book.persons.records,
      (r) => r.id,
      (r) => r.name,
    ),
    partners: options(
      book.partners.records,
      (r) => r.id,
      (r) => r.name,
    ),
    conventions: options(
      book.conventions.records,
      (r) => r.id,
      (r) => r.title,
    ),
    projects: options(
      book.projects.records,
      (r) => r.code,
      (r) => r.title,
    ),
    dossiers: options(
      book.dossiers.records,
      (r) => r.id,
      (r) => r.title,
    ),
    groups: options(
      book.groups.records,
      (r) => r.id,
      (r) => r.name,
    ),
  };
}

export function saveMemoryEntry(p: Ports, payload: unknown): MemoryEntryResult {
  return storeMemoryEntry({ workbook: p.workbook, lock: p.lock, cache: p.cache }, payload);
}

/** Every Mémoire entry, for the sidebar to index once and search as the user types. */
export interface MemoryData {
  /** The sheet the rows are in (to jump to), null when the workbook has no Mémoire. */
  readonly sheet: string | null;
  readonly entries: readonly MemoryEntry[];
  /** The names of the IDs the entries link to (searchable too). */
  readonly names: Readonly<Record<string, string>>;
  /** The filters' choices: every year with an entry, newest first, and the types. */
  readonly years: readonly number[];
  readonly types: readonly string[];
}

export function getMemory(p: Ports): MemoryData {
  const book = readWorkbook(p.workbook, 'fr', MEMORY_TABLES);
  const { entries, names } = memoryEntriesOf(book);
  const years = [...new Set(entries.flatMap((m) => (m.date ? [Number(m.date.slice(0, 4))] : [])))].sort((a, b) => b - a);
  return { sheet: book.memory.sheet, entries, names, years, types: MEMORY_TYPES };
}

export interface DecisionsResult {
  readonly year: number;
  readonly count: number;
  readonly url: string;
  readonly title: string;
}

/** The register of decisions of a year (this year by default), in its folder, rewritten in place. */
export function exportDecisions(p: Ports, year: unknown, lang: unknown): DecisionsResult {
  const l: Lang = parseLang(lang);
  const y = parseYearArg(year, true) ?? Number(p.clock.today().slice(0, 4));
  const book = readWorkbook(p.workbook, l, MEMORY_TABLES);
  const doc = decisionRegister(book, y, l);
  const { written } = writeKeptDocument(p, doc, KEYS.decisions(y), () =>
    ensureFolder(p, catalogue(l).memory.decisionsFolder, associationFolder(p, book.settings), KEYS.decisionsFolder),
  );
  return { year: y, count: decisionsOf(book, y).length, url: written.url, title: doc.title };
}
