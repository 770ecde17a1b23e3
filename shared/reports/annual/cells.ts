/** Small constructors of ReportDoc cells and tables, shared by the section builders. */
import type { Cents } from '../../values/money';
import type { ReportCell, ReportTable } from '../doc';

export const amount = (a: Cents, bold = false): ReportCell => ({ amount: a, bold });
export const txt = (t: string, bold = false): ReportCell => ({ text: t, bold });
export const count = (n: number): ReportCell => ({ number: n });
export const pct = (p: number | null): ReportCell => (p === null ? null : { percent: p });

type Align = 'left' | 'right';

/** A table from `[header, align]` pairs and its rows. */
export function table(columns: readonly (readonly [string, Align])[], rows: readonly (readonly ReportCell[])[]): ReportTable {
  return { kind: 'table', columns: columns.map(([header, align]) => ({ header, align })), rows };
}
