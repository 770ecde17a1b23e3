/**
 * The shared strings table (ECMA-376 §18.4.9 sst): cells of type `s` hold an index into it.
 * It is scanned only as far as the highest index asked for, and a string is decoded only when
 * asked for: a save that reads a few small sheets does not decode a large Journal's labels.
 */
import { decodeXml, textRuns } from './xml';

/** `<t>plain</t>` (the usual case) directly, anything richer through textRuns. */
function decode(inner: string): string {
  if (inner.startsWith('<t>') && inner.endsWith('</t>') && inner.indexOf('<', 3) === inner.length - 4) return decodeXml(inner.slice(3, -4));
  return textRuns(inner);
}

const isDelimiter = (c: number) => c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

export class SharedStrings {
  private xml: string | null = null;
  /** Content bounds of each `<si>` found so far (equal for `<si/>`). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly decoded: (string | undefined)[] = [];
  private pos = 0;

  constructor(private readonly load: () => string | null) {}

  get(index: number): string {
    if (!Number.isInteger(index) || index < 0) return '';
    const known = this.decoded[index];
    if (known !== undefined) return known;
    this.xml ??= this.load() ?? '';
    while (this.starts.length <= index && this.scanOne(this.xml));
    if (index >= this.starts.length) return '';
    const text = decode(this.xml.slice(this.starts[index], this.ends[index]));
    this.decoded[index] = text;
    return text;
  }

  /** Finds the next `<si>`; false at the end. The element has no attributes in the schema. */
  private scanOne(xml: string): boolean {
    for (;;) {
      const open = xml.indexOf('<si', this.pos);
      if (open < 0) return false;
      this.pos = open + 3;
      if (!isDelimiter(xml.charCodeAt(open + 3))) continue;
      const gt = xml.indexOf('>', open);
      if (gt < 0) return false;
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const close = selfClosing ? gt + 1 : xml.indexOf('</si>', gt);
      if (close < 0) return false;
      this.starts.push(gt + 1);
      this.ends.push(close);
      this.pos = selfClosing ? close : close + 5;
      return true;
    }
  }
}
