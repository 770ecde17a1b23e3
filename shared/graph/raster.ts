/**
 * A picture as PNG bytes, drawn here without any service (the Google Doc takes images, not SVG;
 * the same path as the report's bars, shared/reports/bar-png.ts): links as one-pixel lines, nodes
 * as filled discs, squares and diamonds in their colours on white, in a palette image compressed
 * with fixed-Huffman deflate and runs (RFC 1951 §3.2.6) — a picture is mostly white. No labels:
 * the legend goes beside it as text. It draws what the picture says and computes nothing.
 */
import { adler32, chunk, u32 } from '../reports/bar-png';
import type { GraphPicture, PictureNode } from './picture';

const WHITE = '#ffffff';
const LIGHT_LINE = '#c4c7c5';
const DARK_LINE = '#5f6368';

/** Bits written least significant first, as deflate packs them. */
class BitWriter {
  readonly bytes: number[] = [];
  private cur = 0;
  private n = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.cur |= ((value >>> i) & 1) << this.n;
      if (++this.n === 8) {
        this.bytes.push(this.cur);
        this.cur = 0;
        this.n = 0;
      }
    }
  }

  /** A Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((value >>> i) & 1, 1);
  }

  done(): number[] {
    if (this.n > 0) this.bytes.push(this.cur);
    return this.bytes;
  }
}

/** The fixed literal/length code (RFC 1951 §3.2.6). */
function symbol(w: BitWriter, v: number): void {
  if (v <= 143) w.code(0x30 + v, 8);
  else if (v <= 255) w.code(0x190 + v - 144, 9);
  else if (v <= 279) w.code(v - 256, 7);
  else w.code(0xc0 + v - 280, 8);
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

/** A run of `len` (3–258) bytes equal to the previous one: a match at distance 1. */
function run(w: BitWriter, len: number): void {
  let i = LENGTH_BASE.length - 1;
  while (LENGTH_BASE[i] > len) i--;
  symbol(w, 257 + i);
  w.bits(len - LENGTH_BASE[i], LENGTH_EXTRA[i]);
  w.code(0, 5); // distance code 0: distance 1
}

/** zlib (RFC 1950) around one fixed-Huffman deflate block of literals and runs. */
export function zlibRuns(raw: Uint8Array): number[] {
  const w = new BitWriter();
  w.bits(1, 1); // last block
  w.bits(1, 2); // fixed Huffman codes
  for (let i = 0; i < raw.length;) {
    let len = 0;
    if (i > 0) while (len < 258 && i + len < raw.length && raw[i + len] === raw[i - 1]) len++;
    if (len >= 3) {
      run(w, len);
      i += len;
    } else symbol(w, raw[i++]);
  }
  symbol(w, 256);
  const adler = adler32(Array.from(raw));
  return [0x78, 0x01, ...w.done(), (adler >>> 24) & 0xff, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff];
}

/** A canvas of palette indexes. */
class Canvas {
  readonly px: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.px = new Uint8Array(width * height);
  }

  set(x: number, y: number, c: number): void {
    if (x >= 0 && y >= 0 && x < this.width && y < this.height) this.px[y * this.width + x] = c;
  }

  /** Bresenham's line. */
  line(x0: number, y0: number, x1: number, y1: number, c: number): void {
    const [dx, dy] = [Math.abs(x1 - x0), -Math.abs(y1 - y0)];
    const [sx, sy] = [x0 < x1 ? 1 : -1, y0 < y1 ? 1 : -1];
    let err = dx + dy;
    for (let guard = 0; guard <= dx - dy; guard++) {
      this.set(x0, y0, c);
      if (x0 === x1 && y0 === y1) return;
      const e2 = 2 * err;
      if (e2 >= dy) [err, x0] = [err + dy, x0 + sx];
      if (e2 <= dx) [err, y0] = [err + dx, y0 + sy];
    }
  }

  /** A node's shape: disc, square (projects, dossiers) or diamond (groups). */
  node(n: PictureNode, x: number, y: number, r: number, c: number): void {
    const inside =
      n.kind === 'project' || n.kind === 'dossier'
        ? (dx: number, dy: number) => Math.max(Math.abs(dx), Math.abs(dy)) <= r * 0.85
        : n.kind === 'group'
          ? (dx: number, dy: number) => Math.abs(dx) + Math.abs(dy) <= r
          : (dx: number, dy: number) => dx * dx + dy * dy <= r * r;
    for (let dy = -Math.ceil(r); dy <= Math.ceil(r); dy++)
      for (let dx = -Math.ceil(r); dx <= Math.ceil(r); dx++) if (inside(dx, dy)) this.set(x + dx, y + dy, c);
  }
}

/** The picture's pixel size for a given width: its proportions, at most `maxHeight` high. */
export function rasterSize(p: GraphPicture, pixelWidth: number, maxHeight = 1100): { width: number; height: number; scale: number } {
  const scale = Math.min(pixelWidth / p.width, maxHeight / p.height);
  return { width: Math.max(1, Math.round(p.width * scale)), height: Math.max(1, Math.round(p.height * scale)), scale };
}

/** The picture as PNG bytes, `pixelWidth` wide (or less when the picture is tall). */
export function picturePng(p: GraphPicture, pixelWidth = 800): number[] {
  const { width, height, scale } = rasterSize(p, pixelWidth);
  const palette = [WHITE, LIGHT_LINE, DARK_LINE, ...new Set(p.nodes.map((n) => n.color))].slice(0, 256);
  const index = new Map(palette.map((c, i) => [c, i]));
  const c = new Canvas(width, height);
  const at = (n: PictureNode) => [Math.round(n.x * scale), Math.round(n.y * scale)] as const;
  for (const e of p.edges) {
    const [[x0, y0], [x1, y1]] = [at(p.nodes[e.from]), at(p.nodes[e.to])];
    c.line(x0, y0, x1, y1, e.kind === 'convention' || e.kind === 'broader' || e.kind === 'narrower' ? 2 : 1);
  }
  for (const n of p.nodes) c.node(n, ...at(n), Math.max(1.5, n.r * scale), index.get(n.color) ?? 2);
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(c.px.subarray(y * width, (y + 1) * width), y * (width + 1) + 1); // filter byte 0: none
  const rgb = palette.flatMap((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  return [
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk('IHDR', [...u32(width), ...u32(height), 8, 3, 0, 0, 0]),
    ...chunk('PLTE', rgb),
    ...chunk('IDAT', zlibRuns(raw)),
    ...chunk('IEND', []),
  ];
}
