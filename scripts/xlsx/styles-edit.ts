/**
 * The workbook's cell styles, for writing: finds a style that shows what a value needs (a date,
 * an amount format, a bold header) or adds one at the end of the lists, so that every existing
 * style keeps its index (ECMA-376 §18.8.10 cellXfs, §18.8.31 numFmts, §18.8.22 font).
 */
import { refusal } from '../../shared/i18n/refusal';
import { customNumberFormats, isDateFormatId } from './styles';
import { attribute, elements, escapeXml, nextElement, withAttributes, type Element } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The styles part of a workbook that has none: one plain font, the two mandatory fills, one style. */
export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** What a style must show. */
export interface StyleNeed {
  /** A number format code, e.g. `dd/mm/yyyy`; absent = General. */
  readonly format?: string;
  readonly bold?: boolean;
}

interface Xf {
  readonly numFmtId: number;
  readonly fontId: number;
  readonly plain: boolean;
}

export class StyleBook {
  private xfs: Xf[] = [];
  private custom = new Map<number, string>();
  private boldFonts = new Set<number>();
  private fontCount = 0;
  /** Whether the part was changed (or created) and must be written. */
  changed = false;

  constructor(
    private xml: string,
    /** Whether the workbook had no styles part and this one must be added. */
    readonly created: boolean,
  ) {
    this.changed = created;
    this.index();
  }

  get text(): string {
    return this.xml;
  }

  private index(): void {
    this.custom = customNumberFormats(this.xml);
    const xfs = this.list('cellXfs');
    this.xfs = [...elements(this.xml, 'xf', xfs.inner, xfs.innerEnd)].map((x) => {
      const n = (k: string) => Number(attribute(x.attrs, k) ?? 0);
      return { numFmtId: n('numFmtId'), fontId: n('fontId'), plain: n('fillId') === 0 && n('borderId') === 0 };
    });
    const fonts = this.list('fonts');
    // A header is bold at the default size: a bold title font (larger) is not one.
    this.boldFonts = new Set();
    this.fontCount = 0;
    let defaultSize: string | undefined;
    for (const f of elements(this.xml, 'font', fonts.inner, fonts.innerEnd)) {
      const child = (name: string) => {
        const e = nextElement(this.xml, name, f.inner, f.innerEnd);
        return e ? (attribute(e.attrs, 'val') ?? '1') : undefined;
      };
      const size = child('sz');
      if (this.fontCount === 0) defaultSize = size;
      const bold = child('b');
      if (bold !== undefined && bold !== '0' && bold !== 'false' && (size === undefined || size === defaultSize))
        this.boldFonts.add(this.fontCount);
      this.fontCount++;
    }
  }

  private list(name: string): Element {
    const e = nextElement(this.xml, name, 0);
    if (!e) throw refusal('xlsxSaveStylesUnreadable', name);
    return e;
  }

  isDate(style: number): boolean {
    const xf = this.xfs[style];
    return xf !== undefined && isDateFormatId(xf.numFmtId, this.custom);
  }

  /** A style showing dates: an existing plain one if any, else one added as `dd/mm/yyyy`. */
  dateStyle(code: string): number {
    const plain = this.xfs.findIndex((x, i) => x.plain && x.fontId === 0 && this.isDate(i));
    return plain >= 0 ? plain : this.style({ format: code });
  }

  /** The index of a style showing `need`, added if the workbook has none. */
  style(need: StyleNeed): number {
    const fmt = need.format === undefined ? 0 : this.formatId(need.format);
    const found = this.xfs.findIndex((x) => x.plain && x.numFmtId === fmt && (need.bold ? this.boldFonts.has(x.fontId) : x.fontId === 0));
    if (found >= 0) return found;
    const font = need.bold ? this.boldFont() : 0;
    const applied = `${fmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}`;
    this.append('cellXfs', `<xf numFmtId="${fmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${applied}/>`);
    return this.xfs.length - 1;
  }

  private formatId(code: string): number {
    for (const [id, c] of this.custom) if (c === code) return id;
    const id = Math.max(163, ...this.custom.keys()) + 1;
    const numFmt = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
    if (nextElement(this.xml, 'numFmts', 0)) this.append('numFmts', numFmt);
    else {
      // numFmts is the first child of styleSheet.
      const sheet = nextElement(this.xml, 'styleSheet', 0) as Element;
      this.splice(sheet.inner, `<numFmts count="1">${numFmt}</numFmts>`);
    }
    return id;
  }

  private boldFont(): number {
    for (const f of this.boldFonts) return f;
    const fonts = this.list('fonts');
    const first = nextElement(this.xml, 'font', fonts.inner, fonts.innerEnd);
    this.append('fonts', `<font><b/>${first ? this.xml.slice(first.inner, first.innerEnd) : ''}</font>`);
    return this.fontCount - 1;
  }

  /** Adds a child at the end of a list and updates its count. */
  private append(name: string, child: string): void {
    const e = this.list(name);
    const count = Number(attribute(e.attrs, 'count') ?? 0);
    const open = `<${name}${withAttributes(e.attrs, { count: String(count + 1) })}>`;
    const inner = e.inner === e.innerEnd && this.xml.charCodeAt(e.inner - 2) === 47 ? '' : this.xml.slice(e.inner, e.innerEnd);
    this.xml = `${this.xml.slice(0, e.start)}${open}${inner}${child}</${name}>${this.xml.slice(e.end)}`;
    this.changed = true;
    this.index();
  }

  private splice(at: number, text: string): void {
    this.xml = this.xml.slice(0, at) + text + this.xml.slice(at);
    this.changed = true;
    this.index();
  }
}
