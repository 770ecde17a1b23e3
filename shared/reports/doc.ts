/**
 * A report as a small document tree: the use case computes every figure into it; renderers
 * (Google Docs in apps-script/, .docx in scripts/) only lay it out.
 */
import type { IsoDate } from '../values/dates';
import type { Lang } from '../i18n/lang';
import type { Cents } from '../values/money';

export type ReportCell =
  | { readonly text: string; readonly bold?: boolean }
  | { readonly amount: Cents; readonly bold?: boolean }
  | { readonly percent: number; readonly bold?: boolean }
  | { readonly date: IsoDate }
  | { readonly number: number; readonly bold?: boolean }
  | null;

export interface ReportTable {
  readonly kind: 'table';
  readonly columns: readonly { readonly header: string; readonly align: 'left' | 'right' }[];
  readonly rows: readonly (readonly ReportCell[])[];
}

export interface ReportChart {
  readonly kind: 'chart';
  readonly title: string;
  /** Bars from largest to smallest, amounts in cents. */
  readonly bars: readonly { readonly label: string; readonly amount: Cents }[];
}

/** Amounts over time joined by a line (the cash plan's month ends), a threshold line, flagged points in red. */
export interface ReportLineChart {
  readonly kind: 'lineChart';
  readonly title: string;
  readonly points: readonly { readonly label: string; readonly amount: Cents; readonly flagged: boolean }[];
  readonly threshold: Cents | null;
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'title' | 'subtitle' | 'note' }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | ReportTable
  | ReportChart
  | ReportLineChart
  | { readonly kind: 'pageBreak' };

export interface ReportDoc {
  readonly title: string;
  readonly lang: Lang;
  readonly blocks: readonly ReportBlock[];
}
