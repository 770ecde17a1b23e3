/**
 * The shared strings table (ECMA-376 §18.4.9 sst): cells of type `s` hold an index into it.
 * It is scanned only as far as the highest index asked for, and a string is decoded only when
 * asked for: a save that reads a few small sheets does not decode a large Journal's labels.
 */
import { cellTextKept, LIMITS, TextTooLong } from './limits';
import { decodeXml, nextElement, textRuns } from './xml';

/** `<t>plain</t>` (the usual case) directly, anything richer through textRuns. */
function decode(inner: string): string {
  if (inner.startsWith('<t>') && inner.endsWith('</t>') && inner.indexOf('<', 3) === inner.length - 4) return decodeXml(inner.slice(3, -4));
  return textRuns(inner);
}

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
    // A string no cell could hold is refused before it is decoded (see LIMITS.cellText).
    if (this.ends[index] - this.starts[index] > LIMITS.cellXmlChars) throw new TextTooLong();
    const text = cellTextKept(decode(this.xml.slice(this.starts[index], this.ends[index])));
    this.decoded[index] = text;
    return text;
  }

  /**
   * Finds the next `<si>`; false at the end. Each call starts where the last stopped, and an `<si>`
   * never closed is an XmlError (the file is refused as damaged): the scan never goes back.
   */
  private scanOne(xml: string): boolean {
    const e = nextElement(xml, 'si', this.pos);
    if (!e) {
      this.pos = xml.length;
      return false;
    }
    this.starts.push(e.inner);
    this.ends.push(e.innerEnd);
    this.pos = e.end;
    return true;
  }
}
