/**
 * A palette PNG (8 bits a pixel) made here without any service, for pictures that are mostly one colour
 * (a chart, a graph on white): one zlib stream (RFC 1950) around a fixed-Huffman deflate block
 * (RFC 1951 §3.2.6) of literals and runs of the previous byte. The pictures of the report (the cash
 * plan's line, the network and the atlas) share it; the bars are solid PNGs (bar-png.ts).
 */
import { adler32, chunk, u32 } from './bar-png';

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
function zlibRuns(raw: Uint8Array): number[] {
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

/** The PNG of `width` × `height` palette indexes (row by row) in the colours `palette` (`#rrggbb`, at most 256). */
export function palettePng(width: number, height: number, px: Uint8Array, palette: readonly string[]): number[] {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(px.subarray(y * width, (y + 1) * width), y * (width + 1) + 1); // filter byte 0: none
  const rgb = palette.flatMap((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  return [
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk('IHDR', [...u32(width), ...u32(height), 8, 3, 0, 0, 0]),
    ...chunk('PLTE', rgb),
    ...chunk('IDAT', zlibRuns(raw)),
    ...chunk('IEND', []),
  ];
}
