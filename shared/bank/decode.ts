/**
 * The bytes of a bank's CSV as text: UTF-8 (with or without its byte-order mark) when they are
 * valid UTF-8, else Windows-1252 (Latin-1 with the € and typographic quotes), what French banks
 * export. Pure, without TextDecoder (Apps Script has none): the CLI and the sidebar both use it.
 */

/** Windows-1252's bytes 0x80–0x9F (Latin-1 has control characters there); 0 = undefined, kept as is. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export type BankEncoding = 'utf-8' | 'windows-1252';

/** The text of valid UTF-8, or null at the first invalid sequence. */
function utf8(bytes: Uint8Array, start: number): string | null {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = start; i < bytes.length;) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) [cp, n] = [b, 0];
    else if (b >= 0xc2 && b < 0xe0) [cp, n] = [b & 0x1f, 1];
    else if (b >= 0xe0 && b < 0xf0) [cp, n] = [b & 0x0f, 2];
    else if (b >= 0xf0 && b < 0xf5) [cp, n] = [b & 0x07, 3];
    else return null;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and beyond U+10FFFF are not UTF-8.
    if ((n === 2 && cp < 0x800) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    chunk.push(cp);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += n + 1;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function cp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (const b of bytes) {
    chunk.push(b >= 0x80 && b < 0xa0 && CP1252_HIGH[b - 0x80] !== 0 ? CP1252_HIGH[b - 0x80] : b);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** The file's text and the encoding it was read in. */
export function decodeBankFile(bytes: Uint8Array): { text: string; encoding: BankEncoding } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = utf8(bytes, bom ? 3 : 0);
  return text !== null ? { text, encoding: 'utf-8' } : { text: cp1252(bytes), encoding: 'windows-1252' };
}
