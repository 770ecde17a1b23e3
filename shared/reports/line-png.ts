/**
 * A line chart as a PNG, made here without any service (as bar-png.ts makes the bars): the cash
 * plan's month ends joined by a line, a dashed threshold, the flagged months as red dots, the axes
 * labelled with a small bitmap font (digits, `-`, `k`, `/`). Both renderers embed this same picture
 * (the Google Doc through a `data:` URI, the .docx as an image), so they show the same chart.
 * Palette PNG, 8 bits a pixel, compressed with fixed-Huffman deflate runs (RFC 1951 §3.2.6).
 */
import { base64, chunk, u32 } from './bar-png';
import type { ReportLineChart } from './doc';

/** Drawn at the size it is shown: the page's width, so the Doc and the .docx show it pixel for pixel. */
export const LINE_CHART = { width: 640, height: 256, shownWidth: 640, shownHeight: 256 } as const;

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

/** An axis label in euros: `25k`, `-5k`, `750`. */
function euroLabel(cents: number, step: number): string {
  const euros = Math.round(cents / 100);
  return step >= 100_000 ? `${Math.round(euros / 1000)}k` : String(euros);
}

/** The chart's pixels: palette indexes, row by row. */
export function drawLineChart(c: ReportLineChart): Canvas {
  const { width: W, height: H } = LINE_CHART;
  const cv = new Canvas(W, H);
  const left = 64;
  const right = W - 12;
  const top = 12;
  const bottom = H - 48;
  const values = [...c.points.map((p) => p.amount), ...(c.threshold === null ? [] : [c.threshold]), 0];
  const step = niceStep(Math.max(...values) - Math.min(...values));
  const lo = Math.floor(Math.min(...values) / step) * step;
  const hi = Math.max(lo + step, Math.ceil(Math.max(...values) / step) * step);
  const yOf = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const xOf = (i: number) => left + 14 + (i * (right - left - 28)) / Math.max(1, c.points.length - 1);
  for (let v = lo; v <= hi; v += step) {
    cv.line(left, yOf(v), right, yOf(v), v === 0 ? DARK : GREY, 1);
    cv.text(left - 8, yOf(v) - 7, euroLabel(v, step), 2, DARK, 'right');
  }
  cv.line(left, top, left, bottom, DARK, 1);
  if (c.threshold !== null) cv.line(left, yOf(c.threshold), right, yOf(c.threshold), RED, 2, 8);
  c.points.forEach((p, i) => {
    if (i > 0) cv.line(xOf(i - 1), yOf(c.points[i - 1].amount), xOf(i), yOf(p.amount), BLUE, 3);
    // `MM/YY`: the month under its point, the year under the first month and each January.
    const [month, year] = p.label.split('/');
    cv.text(xOf(i), bottom + 8, month, 2, DARK, 'center');
    if (i === 0 || month === '01') cv.text(xOf(i), bottom + 28, `20${year}`, 2, DARK, 'center');
  });
  c.points.forEach((p, i) => cv.dot(xOf(i), yOf(p.amount), p.flagged ? 6 : 4, p.flagged ? RED : BLUE));
  return cv;
}

/** Bits written least significant first (RFC 1951 §3.1.1); Huffman codes are given most significant first. */
class Bits {
  readonly out: number[] = [];
  private acc = 0;
  private n = 0;
  put(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1);
  }
  code(code: number, len: number): void {
    for (let i = len - 1; i >= 0; i--) this.bit((code >>> i) & 1);
  }
  private bit(b: number): void {
    this.acc |= b << this.n++;
    if (this.n === 8) this.flush();
  }
  flush(): void {
    if (this.n > 0) this.out.push(this.acc);
    this.acc = 0;
    this.n = 0;
  }
}

/** A literal or length symbol's fixed Huffman code (RFC 1951 §3.2.6). */
function symbol(bits: Bits, s: number): void {
  if (s < 144) bits.code(0x30 + s, 8);
  else if (s < 256) bits.code(0x190 + s - 144, 9);
  else if (s < 280) bits.code(s - 256, 7);
  else bits.code(0xc0 + s - 280, 8);
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

/** A run of `len` (3–258) copies of the previous byte: a length code, then distance 1 (code 0). */
function run(bits: Bits, len: number): void {
  let i = LENGTH_BASE.length - 1;
  while (LENGTH_BASE[i] > len) i--;
  symbol(bits, 257 + i);
  bits.put(len - LENGTH_BASE[i], LENGTH_EXTRA[i]);
  bits.code(0, 5);
}

/** zlib (RFC 1950) around one fixed-Huffman block whose only matches are runs of the previous byte. */
function zlibRuns(raw: Uint8Array): number[] {
  const bits = new Bits();
  bits.put(1, 1); // last block
  bits.put(1, 2); // fixed Huffman
  for (let i = 0; i < raw.length;) {
    symbol(bits, raw[i]);
    let len = 0;
    while (i + 1 + len < raw.length && raw[i + 1 + len] === raw[i] && len < 258) len++;
    if (len >= 3) run(bits, len);
    else for (let k = 0; k < len; k++) symbol(bits, raw[i]);
    i += 1 + len;
  }
  symbol(bits, 256);
  bits.flush();
  let a = 1;
  let b = 0;
  for (const x of raw) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return [0x78, 0x01, ...bits.out, ...u32(((b << 16) | a) >>> 0)];
}

/** The PNG bytes of the chart. */
export function lineChartPng(c: ReportLineChart): number[] {
  const cv = drawLineChart(c);
  const raw = new Uint8Array(cv.h * (cv.w + 1));
  for (let y = 0; y < cv.h; y++) raw.set(cv.px.subarray(y * cv.w, (y + 1) * cv.w), y * (cv.w + 1) + 1);
  const rgb = PALETTE.flatMap((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  return [
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk('IHDR', [...u32(cv.w), ...u32(cv.h), 8, 3, 0, 0, 0]),
    ...chunk('PLTE', rgb),
    ...chunk('IDAT', zlibRuns(raw)),
    ...chunk('IEND', []),
  ];
}

/** The chart as a `data:` URI, for the HTML the Google Doc is imported from. */
export function lineChartDataUri(c: ReportLineChart): string {
  return `data:image/png;base64,${base64(lineChartPng(c))}`;
}
