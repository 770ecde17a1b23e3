/**
 * Apps Script's V8 has no TextEncoder and no crypto (Web APIs, not ECMAScript); ical-generator folds
 * the .ics lines by their UTF-8 length with the first, and gives each new event a random id with
 * `crypto.randomUUID()` before we set ours (shared/calendar/ics.ts). These stand-ins do only that:
 * UTF-8, and an id that needs no Google call (it is replaced at once by the item's stable UID).
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

let serial = 0;
const g = globalThis as { TextEncoder?: unknown; crypto?: { randomUUID?: () => string } };
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = Utf8Encoder;
if (typeof g.crypto === 'undefined')
  g.crypto = { randomUUID: () => `00000000-0000-4000-8000-${(++serial).toString(16).padStart(12, '0')}` };
