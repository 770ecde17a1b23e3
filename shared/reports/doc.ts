/**
 * A report as a small document tree: the use case computes every figure into it; renderers
 * (Google Docs in apps-script/, .docx in scripts/) only lay it out.
 */
import type { IsoDate } from '../values/dates';
import type { Lang } from '../i18n/lang';
import type { Cents } from '../values/money';
import type { GraphPicture } from '../graph/picture';

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

/** The table of contents: the headings of levels 1 and 2 that follow it, in order (renderers add page numbers where they can). */
export interface ReportToc {
  readonly kind: 'toc';
  readonly title: string;
  readonly entries: readonly { readonly level: 1 | 2; readonly text: string }[];
}

/** `commentary`: sentences written from the figures (shared/reports/annual/commentary.ts); `cover`: a line of the cover page. */
export type ParagraphStyle = 'title' | 'subtitle' | 'note' | 'cover' | 'commentary';

/** A picture of the network or the atlas, laid out (shared/graph/picture.ts): the renderers only draw it. */
export interface ReportPicture {
  readonly kind: 'picture';
  readonly picture: GraphPicture;
}

/** Amounts over time joined by a line (the cash plan's month ends), a threshold line, flagged points in red. */
export interface ReportLineChart {
  readonly kind: 'lineChart';
  readonly title: string;
  readonly points: readonly { readonly label: string; readonly amount: Cents; readonly flagged: boolean }[];
  readonly threshold: Cents | null;
  /** The language of the picture's axis labels (French when absent). */
  readonly lang?: Lang;
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: ParagraphStyle }
  | ReportToc
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | ReportTable
  | ReportChart
  | ReportPicture
  | ReportLineChart
  | { readonly kind: 'pageBreak' };

export interface ReportDoc {
  readonly title: string;
  readonly lang: Lang;
  /**
   * The running footer (association, year); the renderers that can add the page number after it.
   * Left off the first page (a cover) unless `firstPage` (a form without a cover, e.g. the CERFA 15059).
   */
  readonly footer?: { readonly text: string; readonly page: string; readonly firstPage?: boolean };
  readonly blocks: readonly ReportBlock[];
}
