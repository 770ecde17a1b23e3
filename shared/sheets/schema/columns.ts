import type { Cents } from '../../values/money';
import type { IsoDate } from '../../values/dates';

/** How a column's cells are read. */
export type ColumnKind = 'id' | 'text' | 'ref' | 'amount' | 'date' | 'integer' | 'decimal' | 'account' | 'enum' | 'bool';

export interface Choice {
  /** The value as shown in the sheet's dropdown. */
  readonly label: string;
  readonly synonyms?: readonly string[];
}

export interface Column<V, R extends boolean = boolean> {
  readonly kind: ColumnKind;
  /** The French header the add-on writes. */
  readonly header: string;
  /** Other headers users write for the same column (compared without case and accents). */
  readonly synonyms: readonly string[];
  /** Without it the table means nothing: a missing required column is an error. */
  readonly required: R;
  /** A required column whose cells may stay blank (the Journal's Recette and Dépense: one of the two). */
  readonly blankAllowed?: boolean;
  readonly choices?: readonly Choice[];
  /** Phantom field: the type of a read value. */
  readonly __value?: V;
}

function column<V>(kind: ColumnKind, header: string, synonyms: readonly string[] = [], choices?: readonly Choice[]): Column<V, false> {
  return { kind, header, synonyms, required: false, choices };
}

export const id = (header: string, synonyms: readonly string[] = []) => column<string>('id', header, synonyms);
export const text = (header: string, synonyms: readonly string[] = []) => column<string>('text', header, synonyms);
export const ref = (header: string, synonyms: readonly string[] = []) => column<string>('ref', header, synonyms);
export const amount = (header: string, synonyms: readonly string[] = []) => column<Cents>('amount', header, synonyms);
export const date = (header: string, synonyms: readonly string[] = []) => column<IsoDate>('date', header, synonyms);
export const integer = (header: string, synonyms: readonly string[] = []) => column<number>('integer', header, synonyms);
export const decimal = (header: string, synonyms: readonly string[] = []) => column<number>('decimal', header, synonyms);
export const account = (header: string, synonyms: readonly string[] = []) => column<string>('account', header, synonyms);
export const bool = (header: string, synonyms: readonly string[] = []) => column<boolean>('bool', header, synonyms);
export function choice<const L extends string>(
  header: string,
  choices: readonly { readonly label: L; readonly synonyms?: readonly string[] }[],
  synonyms: readonly string[] = [],
): Column<L, false> {
  return column<L>('enum', header, synonyms, choices);
}

export function required<V>(col: Column<V, false>): Column<V, true> {
  return { ...col, required: true };
}

/** The header must exist, but a cell may be blank. */
export function requiredHeader<V>(col: Column<V, false>): Column<V, true> {
  return { ...col, required: true, blankAllowed: true };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyColumn = Column<any, boolean>;
export type Columns = Readonly<Record<string, AnyColumn>>;

export interface TableDef<C extends Columns = Columns> {
  readonly key: string;
  /** The sheet name the add-on creates. */
  readonly sheet: string;
  readonly sheetSynonyms: readonly string[];
  readonly columns: C;
  /** The key of the column holding the stable ID, when the table has one. */
  readonly idColumn: string | null;
  /** Prefix of IDs numbered by "Installer / réparer" (e.g. `P-` gives `P-0001`). */
  readonly idPrefix: string | null;
}

/** A cell may be blank or unreadable even in a required column (required = the header must exist): always `V | null`, except yes/no cells (blank = false). */
type ValueOf<T> = T extends Column<infer V, boolean> ? ([V] extends [boolean] ? V : V | null) : never;

/** A record read from a row: one typed field per column, and the 1-based row it came from. */
export type RecordOf<T extends TableDef> = { -readonly [K in keyof T['columns']]: ValueOf<T['columns'][K]> } & {
  readonly row: number;
};

export function table<const C extends Columns>(def: TableDef<C>): TableDef<C> {
  return def;
}
