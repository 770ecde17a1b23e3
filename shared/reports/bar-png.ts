/**
 * A chart's bar as a tiny PNG, made here without any service: a solid rectangle of one colour
 * (PNG 1.2: signature, IHDR, PLTE, IDAT as a zlib stream of stored deflate blocks, IEND). The
 * Google Doc report carries its bars as such images (docs/architecture.md, "The report Doc").
 */

const CRC_TABLE: readonly number[] = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: readonly number[]): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: readonly number[]): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export const u32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

export function chunk(type: string, data: readonly number[]): number[] {
  const body = [...Array.from(type, (c) => c.charCodeAt(0)), ...data];
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib (RFC 1950) around stored deflate blocks (RFC 1951 §3.2.4): no compression, always valid. */
function zlibStored(raw: readonly number[]): number[] {
  const out = [0x78, 0x01];
  for (let i = 0; i === 0 || i < raw.length; i += 65535) {
    const part = raw.slice(i, i + 65535);
    const last = i + 65535 >= raw.length ? 1 : 0;
    out.push(last, part.length & 0xff, part.length >>> 8, ~part.length & 0xff, (~part.length >>> 8) & 0xff, ...part);
  }
  return [...out, ...u32(adler32(raw))];
}

/** The PNG bytes of a `width`×`height` rectangle of `hex` colour (`#1a73e8`). */
export function solidPng(width: number, height: number, hex: string): number[] {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const row = [0, ...new Array<number>(w).fill(0)]; // filter "none", then palette index 0 for every pixel
  const raw: number[] = [];
  for (let y = 0; y < h; y++) raw.push(...row);
  return [
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk('IHDR', [...u32(w), ...u32(h), 8, 3, 0, 0, 0]),
    ...chunk('PLTE', rgb),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', []),
  ];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648 §4), for a `data:` URI. */
export function base64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >>> 18) & 63] + B64[(n >>> 12) & 63];
    out += b === undefined ? '=' : B64[(n >>> 6) & 63];
    out += c === undefined ? '=' : B64[n & 63];
  }
  return out;
}
