/**
 * How wide each column of a report table is, from what it holds (docs/domain.md, "Annual report"):
 * a label column as wide as its longest label when the page allows, never narrower than its
 * longest word; an amount never wraps. Renderers turn the fractions into their units; widths are
 * counted in characters of the body font, which is layout, not a figure.
 */
import type { Lang } from '../i18n/lang';
import { cellText, isBold } from './cell-text';
import type { ReportTable } from './doc';

/** The page's text width in points (A4, 2 cm margins). */
export const PAGE_POINTS = 482;
/** Each cell's left and right padding together, in points. */
const PADDING = 14;
/** Font sizes tried in turn (points): the largest at which every column gets its whole content, else the smallest. */
const SIZES = [10, 9, 8] as const;
/** Below the smallest, when even there a figure or a word would have to be cut (nine columns of amounts in English). */
const LAST_RESORT = 7;

export interface ColumnLayout {
  /** One fraction of the table's width per column, summing to 1. */
  readonly fractions: readonly number[];
  /** The body font size (points) at which the table is laid out. */
  readonly fontSize: number;
}

/** A text's width in ems of Arial (close enough for Liberation Sans and DejaVu Sans): digits and capitals are wider than the rest. */
export function textEms(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (/[0-9€]/.test(ch)) w += 0.56;
    else if (/[A-ZÀ-ÖØ-Ý]/.test(ch)) w += 0.68;
    else if (/[ \u00a0]/.test(ch)) w += 0.28;
    else if (ch === '\u202f') w += 0.2;
    else if (/[.,;:'’!il|()-]/.test(ch)) w += 0.3;
    else if (/[mwMW—–]/.test(ch)) w += 0.85;
    else w += 0.52;
  }
  return w;
}

/** Words split at spaces only: « C-2025-004 » or « Auvergne-Rhône-Alpes » is one word, never broken at its hyphens. */
const words = (s: string) => s.trimStart().split(/ +/);
/** The widest word, the indent of leading spaces included (a wrapped label keeps its indent). */
const widestWord = (s: string) => Math.max(0, ...words(s).map(textEms)) + textEms(s.slice(0, s.length - s.trimStart().length));

export function columnLayout(t: ReportTable, lang: Lang): ColumnLayout {
  const n = t.columns.length;
  // In ems: the whole content (`want`) and what may not wrap (`least`); bold counted 8 % wider.
  const want = new Array<number>(n).fill(0);
  const least = new Array<number>(n).fill(0);
  t.columns.forEach((c, i) => {
    least[i] = widestWord(c.header) * 1.08;
    want[i] = least[i];
    for (const r of t.rows) {
      const cell = r[i] ?? null;
      const text = cellText(cell, lang);
      const k = isBold(cell) ? 1.08 : 1;
      want[i] = Math.max(want[i], textEms(text) * k);
      // An amount or a number (right-aligned) never wraps; a text wraps between words.
      least[i] = Math.max(least[i], (c.align === 'right' ? textEms(text) : widestWord(text)) * k);
    }
  });
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  // 8 % spare: a renderer's font is never exactly Arial, and a cell must not break a figure after its minus sign.
  const points = (ems: number[], size: number) => ems.map((e) => e * size * 1.08 + PADDING);
  const whole = SIZES.find((size) => sum(points(want, size)) <= PAGE_POINTS);
  const smallest = SIZES[SIZES.length - 1];
  const fontSize = whole ?? (sum(points(least, smallest)) <= PAGE_POINTS ? smallest : LAST_RESORT);
  let widths = points(want, fontSize);
  if (whole === undefined) {
    const min = points(least, fontSize);
    const room = Math.max(0, PAGE_POINTS - sum(min));
    const stretch = sum(widths) - sum(min);
    widths = min.map((m, i) => m + (stretch === 0 ? 0 : (room * (widths[i] - m)) / stretch));
  }
  const total = sum(widths);
  return { fractions: widths.map((w) => w / total), fontSize };
}
