/** Small constructors of ReportDoc cells and tables, shared by the section builders. */
import type { Cents } from '../../values/money';
import type { ReportBlock, ReportCell, ReportTable } from '../doc';

export const amount = (a: Cents, bold = false): ReportCell => ({ amount: a, bold });
export const txt = (t: string, bold = false): ReportCell => ({ text: t, bold });
export const count = (n: number): ReportCell => ({ number: n });
export const pct = (p: number | null): ReportCell => (p === null ? null : { percent: p });

/** A table whose first `textColumns` columns are left-aligned text and the others right-aligned figures. */
export function table(headers: readonly string[], rows: readonly (readonly ReportCell[])[], textColumns = 1): ReportTable {
  return { kind: 'table', columns: headers.map((header, i) => ({ header, align: i < textColumns ? 'left' : 'right' })), rows };
}

/** A section's commentary sentences as one paragraph (none when there is nothing to say). */
export function commentaryBlock(sentences: readonly string[]): ReportBlock[] {
  return sentences.length === 0 ? [] : [{ kind: 'paragraph', style: 'commentary', text: sentences.join(' ') }];
}

/** An action's name as a title: its first letter capitalised (« Atlas relationnel »). */
export const titled = (s: string): string => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);
