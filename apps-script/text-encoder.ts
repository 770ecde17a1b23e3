/**
 * Apps Script's V8 has no TextEncoder (a Web API, not ECMAScript); ical-generator folds the .ics
 * lines by their UTF-8 length with it (shared/calendar/ics.ts). This one encodes UTF-8, nothing else.
 */
class Utf8Encoder {
  readonly encoding = 'utf-8';
  encode(text = ''): Uint8Array {
    const bytes: number[] = [];
    for (const ch of text) {
      const c = ch.codePointAt(0) as number;
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(bytes);
  }
}

const g = globalThis as { TextEncoder?: unknown };
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = Utf8Encoder;
