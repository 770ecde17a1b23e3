import type { Cents } from '../values/money';
import type { IsoDate } from '../values/dates';

/** A cell of an exported table: typed, so that writers format numbers and protect text. */
export type ExportCell =
  { readonly text: string } | { readonly cents: Cents } | { readonly date: IsoDate } | { readonly number: number } | null;

export interface ExportTable {
  /** File name without extension, e.g. `grand-livre-2025`. */
  readonly name: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ExportCell[])[];
}

export const text = (value: string | null | undefined): ExportCell => (value ? { text: value } : null);
export const cents = (value: Cents | null | undefined): ExportCell => (value === null || value === undefined ? null : { cents: value });
export const date = (value: IsoDate | null | undefined): ExportCell => (value ? { date: value } : null);
export const num = (value: number | null | undefined): ExportCell => (value === null || value === undefined ? null : { number: value });
