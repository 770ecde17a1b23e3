/**
 * A line chart as a PNG, made here without any service (as bar-png.ts makes the bars): the cash
 * plan's month ends joined by a line, a dashed threshold, the flagged months as red dots, the axes
 * labelled with a small bitmap font (digits, the letters of the months' short names, `€`) in the
 * report's language (« 40 k€ », « janv. » and its year). Both renderers embed this same picture
 * (the Google Doc through a `data:` URI, the .docx as an image), so they show the same chart.
 * A palette PNG (palette-png.ts).
 */
import { base64 } from './bar-png';
import { palettePng } from './palette-png';
import type { ReportLineChart } from './doc';

/** Drawn at twice the pixel density it is shown at (`scale`), so that it stays sharp across the page. */
export const LINE_CHART = { width: 1280, height: 512, shownWidth: 640, shownHeight: 256, scale: 2 } as const;

const GREY = 1;
const BLUE = 2;
/** The palette index of the threshold and of the flagged months. */
export const RED = 3;
const DARK = 4;
const PALETTE = ['#ffffff', '#dadce0', '#1a73e8', '#d93025', '#5f6368'];

/** 5×7 glyphs, one string of five bits per row. */
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  k: ['10000', '10000', '10010', '10100', '11000', '10100', '10010'],
  '/': ['00001', '00010', '00010', '00100', '01000', '01000', '10000'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  '€': ['00111', '01000', '11110', '01000', '11110', '01000', '00111'],
  a: ['00000', '00000', '01110', '00001', '01111', '10001', '01111'],
  b: ['10000', '10000', '10110', '11001', '10001', '10001', '11110'],
  c: ['00000', '00000', '01110', '10000', '10000', '10001', '01110'],
  d: ['00001', '00001', '01101', '10011', '10001', '10001', '01111'],
  e: ['00000', '00000', '01110', '10001', '11111', '10000', '01110'],
  é: ['00010', '00100', '01110', '10001', '11111', '10000', '01110'],
  f: ['00110', '01001', '01000', '11100', '01000', '01000', '01000'],
  g: ['00000', '01111', '10001', '10001', '01111', '00001', '01110'],
  i: ['00100', '00000', '01100', '00100', '00100', '00100', '01110'],
  j: ['00010', '00000', '00110', '00010', '00010', '10010', '01100'],
  l: ['01100', '00100', '00100', '00100', '00100', '00100', '01110'],
  m: ['00000', '00000', '11010', '10101', '10101', '10001', '10001'],
  n: ['00000', '00000', '10110', '11001', '10001', '10001', '10001'],
  o: ['00000', '00000', '01110', '10001', '10001', '10001', '01110'],
  p: ['00000', '00000', '11110', '10001', '11110', '10000', '10000'],
  r: ['00000', '00000', '10110', '11001', '10000', '10000', '10000'],
  s: ['00000', '00000', '01110', '10000', '01110', '00001', '11110'],
  t: ['01000', '01000', '11100', '01000', '01000', '01001', '00110'],
  u: ['00000', '00000', '10001', '10001', '10001', '10011', '01101'],
  û: ['00100', '01010', '10001', '10001', '10001', '10011', '01101'],
  v: ['00000', '00000', '10001', '10001', '10001', '01010', '00100'],
  y: ['00000', '00000', '10001', '10001', '01111', '00001', '01110'],
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  J: ['00111', '00010', '00010', '00010', '00010', '10010', '01100'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '10001', '11001', '10101', '10011', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
};

class Canvas {
  readonly px: Uint8Array;
  constructor(
    readonly w: number,
    readonly h: number,
  ) {
    this.px = new Uint8Array(w * h);
  }
  set(x: number, y: number, c: number): void {
    const [ix, iy] = [Math.round(x), Math.round(y)];
    if (ix >= 0 && iy >= 0 && ix < this.w && iy < this.h) this.px[iy * this.w + ix] = c;
  }
  dot(x: number, y: number, r: number, c: number): void {
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r) this.set(x + dx, y + dy, c);
  }
  /** A line `thick` pixels wide; `dash` draws only every other `dash` pixels. */
  line(x0: number, y0: number, x1: number, y1: number, c: number, thick = 1, dash = 0): void {
    const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    for (let i = 0; i <= n; i++) {
      if (dash && Math.floor(i / dash) % 2 === 1) continue;
      const x = x0 + ((x1 - x0) * i) / n;
      const y = y0 + ((y1 - y0) * i) / n;
      for (let t = 0; t < thick; t++) this.set(x, y + t - Math.floor(thick / 2), c);
    }
  }
  text(x: number, y: number, s: string, scale: number, c: number, anchor: 'left' | 'right' | 'center' = 'left'): void {
    const width = s.length * 6 * scale - scale;
    const left = anchor === 'right' ? x - width : anchor === 'center' ? x - width / 2 : x;
    [...s].forEach((ch, i) =>
      (GLYPHS[ch] ?? GLYPHS[' ']).forEach((row, gy) =>
        [...row].forEach((bit, gx) => {
          if (bit === '1')
            for (let sy = 0; sy < scale; sy++)
              for (let sx = 0; sx < scale; sx++) this.set(left + (i * 6 + gx) * scale + sx, y + gy * scale + sy, c);
        }),
      ),
    );
  }
}

/** A step of 1, 2 or 5 × 10^k giving about four intervals. */
function niceStep(range: number): number {
  const raw = Math.max(range, 1) / 4;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  return [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? 10 * p;
}

/** An axis label in euros: « 25 k€ », « -5 k€ », « 750 € » in French; `€25k`, `€750` in English. */
function euroLabel(cents: number, step: number, lang: 'fr' | 'en'): string {
  const euros = Math.round(cents / 100);
  const n = step >= 100_000 ? `${Math.round(euros / 1000)}` : String(euros);
  const k = step >= 100_000 ? 'k' : '';
  if (lang === 'en') return n.startsWith('-') ? `-€${n.slice(1)}${k}` : `€${n}${k}`;
  return `${n} ${k}€`;
}

/** The chart's pixels: palette indexes, row by row, every length `scale` times the page's. */
export function drawLineChart(c: ReportLineChart, S: number = LINE_CHART.scale): Canvas {
  const W = LINE_CHART.shownWidth * S;
  const H = LINE_CHART.shownHeight * S;
  const cv = new Canvas(W, H);
  const left = 76 * S;
  const right = W - 12 * S;
  const top = 12 * S;
  const bottom = H - 48 * S;
  const values = [...c.points.map((p) => p.amount), ...(c.threshold === null ? [] : [c.threshold]), 0];
  const step = niceStep(Math.max(...values) - Math.min(...values));
  const lo = Math.floor(Math.min(...values) / step) * step;
  const hi = Math.max(lo + step, Math.ceil(Math.max(...values) / step) * step);
  const yOf = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const xOf = (i: number) => left + 24 * S + (i * (right - left - 48 * S)) / Math.max(1, c.points.length - 1);
  for (let v = lo; v <= hi; v += step) {
    cv.line(left, yOf(v), right, yOf(v), v === 0 ? DARK : GREY, S);
    cv.text(left - 8 * S, yOf(v) - 3.5 * 3, euroLabel(v, step, c.lang ?? 'fr'), 3, DARK, 'right');
  }
  cv.line(left, top, left, bottom, DARK, S);
  if (c.threshold !== null) cv.line(left, yOf(c.threshold), right, yOf(c.threshold), RED, 2 * S, 8 * S);
  c.points.forEach((p, i) => {
    if (i > 0) cv.line(xOf(i - 1), yOf(c.points[i - 1].amount), xOf(i), yOf(p.amount), BLUE, 3 * S);
  });
  c.points.forEach((p, i) => {
    // « janv. 2026 »: the month under its point, the year under the first month and each change of year.
    const at = p.label.lastIndexOf(' ');
    const [month, year] = at < 0 ? [p.label, ''] : [p.label.slice(0, at), p.label.slice(at + 1)];
    const previous = i > 0 ? c.points[i - 1].label.slice(c.points[i - 1].label.lastIndexOf(' ') + 1) : null;
    cv.text(xOf(i), bottom + 8 * S, month, 3, DARK, 'center');
    if (year && year !== previous) cv.text(xOf(i), bottom + 28 * S, year, 3, DARK, 'center');
  });
  c.points.forEach((p, i) => cv.dot(xOf(i), yOf(p.amount), (p.flagged ? 6 : 4) * S, p.flagged ? RED : BLUE));
  return cv;
}

/** The PNG bytes of the chart. */
export function lineChartPng(c: ReportLineChart, scale: number = LINE_CHART.scale): number[] {
  const cv = drawLineChart(c, scale);
  return palettePng(cv.w, cv.h, cv.px, PALETTE);
}

/**
 * The chart as a `data:` URI, for the HTML the Google Doc is imported from: drawn at the size it is shown
 * (Drive's import lays an image out at its own pixel size, as the fakes check).
 */
export function lineChartDataUri(c: ReportLineChart): string {
  return `data:image/png;base64,${base64(lineChartPng(c, 1))}`;
}
