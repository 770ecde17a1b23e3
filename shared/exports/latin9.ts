/**
 * ISO 8859-15 (latin-9), the FEC's encoding (LPF art. A47 A-1 allows ASCII, ISO 8859-15 or EBCDIC):
 * Latin-1 with €, Š, š, Ž, ž, Œ, œ, Ÿ in place of ¤ ¦ ¨ ´ ¸ ¼ ½ ¾. A text is first transliterated
 * (docs/domain.md, FEC): typographic quotes and dashes to their ASCII forms, … to `...`, thin
 * spaces to spaces, the eight Latin-1 signs latin-9 dropped to words or ASCII, a letter with a
 * diacritic latin-9 lacks to its base letter (ł, đ handled by hand), anything else to `?`.
 */

/** The eight latin-9 characters that differ from Latin-1, and their bytes. */
const LATIN9_SPECIAL: Readonly<Record<string, number>> = {
  '€': 0xa4,
  Š: 0xa6,
  š: 0xa8,
  Ž: 0xb4,
  ž: 0xb8,
  Œ: 0xbc,
  œ: 0xbd,
  Ÿ: 0xbe,
};
/** The Latin-1 code points latin-9 reuses for those. */
const LATIN1_DROPPED = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '‹': '<',
  '›': '>',
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '…': '...',
  '•': '-',
  '·': '.',
  '™': 'TM',
  '¤': '?',
  '¦': '|',
  '¨': '"',
  '´': "'",
  '¸': ',',
  '¼': '1/4',
  '½': '1/2',
  '¾': '3/4',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

function isLatin9(ch: string): boolean {
  if (ch in LATIN9_SPECIAL) return true;
  const c = ch.codePointAt(0) as number;
  return c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff && !LATIN1_DROPPED.has(c));
}

function transliterateChar(ch: string): string {
  if (isLatin9(ch)) return ch;
  const replaced = REPLACEMENTS[ch];
  if (replaced !== undefined) return replaced;
  const c = ch.codePointAt(0) as number;
  // Other control characters and every kind of space (narrow no-break, thin, ideographic…) become a plain space.
  if (c < 0x20 || (c >= 0x7f && c < 0xa0) || /\s/u.test(ch)) return ' ';
  // A letter with a diacritic latin-9 lacks (ą, ő, ș…): its base letter, when that is latin-9.
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (base !== ch && [...base].every(isLatin9)) return base;
  return '?';
}

/** The text with only latin-9 characters (see the header); a latin-9 text is returned unchanged. */
export function toLatin9(text: string): string {
  let out = '';
  for (const ch of text) out += transliterateChar(ch);
  return out;
}

/** The bytes of a text in ISO 8859-15, transliterated first (so nothing is lost silently to `?` beyond what toLatin9 says). */
export function encodeLatin9(text: string): Uint8Array {
  const t = toLatin9(text);
  const bytes = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    bytes[i] = LATIN9_SPECIAL[ch] ?? t.charCodeAt(i);
  }
  return bytes;
}
