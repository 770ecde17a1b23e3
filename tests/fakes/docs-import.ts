/**
 * Drive's conversion of an upload into a Google Workspace type, as the Drive API documents it
 * (developers.google.com/drive/api/guides/manage-uploads, "Import to Google Docs types"; the
 * `about.importFormats` map): a source type Google does not import is refused, and an HTML upload
 * into a Google Doc becomes a FakeDocument made of what the HTML says — headings, paragraphs,
 * bullets, tables (cell text, bold, alignment), inline PNG images (checked to be real PNGs of the
 * size announced), page breaks. The HTML must be well-formed (we write XHTML).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CallLog } from './calls';
import type { FakeBlob } from './drive';
import { FakeDocument, FakeParagraph, FakeTable, type FakeInlineImage, ParagraphHeading, GlyphType } from './document';

export const GOOGLE_DOC = 'application/vnd.google-apps.document';
export const GOOGLE_SHEET = 'application/vnd.google-apps.spreadsheet';

/** Source types Drive imports into each Google type (manage-uploads, "Import to Google Docs types"). */
export const IMPORT_FORMATS: Readonly<Record<string, readonly string[]>> = {
  [GOOGLE_DOC]: [
    'text/html',
    'text/plain',
    'application/rtf',
    'application/vnd.oasis.opendocument.text',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  [GOOGLE_SHEET]: [
    'text/csv',
    'text/tab-separated-values',
    'text/plain',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.oasis.opendocument.spreadsheet',
  ],
  'application/vnd.google-apps.presentation': [
    'application/vnd.ms-powerpoint',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.presentation',
  ],
};

const HEADINGS: Record<string, string> = { h1: ParagraphHeading.HEADING1, h2: ParagraphHeading.HEADING2, h3: ParagraphHeading.HEADING3 };

/** HTML collapses and trims ASCII white space only: a no-break space stays. */
const text = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');

function styleOf(tag: SaxesTagPlain, prop: string): string | null {
  for (const decl of (tag.attributes.style ?? '').split(';')) {
    const [k, v] = decl.split(':').map((x) => x.trim());
    if (k === prop) return v ?? null;
  }
  return null;
}

/** The PNG behind a `data:` URI, checked: signature, then IHDR's width and height. */
function inlinePng(tag: SaxesTagPlain): FakeInlineImage {
  const m = /^data:(image\/png);base64,([A-Za-z0-9+/=]+)$/.exec(tag.attributes.src ?? '');
  if (!m) throw new Error(`Image illisible à l'import : ${(tag.attributes.src ?? '').slice(0, 40)}`);
  const bytes = Buffer.from(m[2], 'base64');
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString() !== 'IHDR')
    throw new Error('Image illisible à l’import : pas un PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (String(width) !== tag.attributes.width || String(height) !== tag.attributes.height)
    throw new Error(`PNG de ${width}×${height} annoncé ${tag.attributes.width}×${tag.attributes.height}`);
  return { kind: 'inlineImage', contentType: m[1], width, height, alt: tag.attributes.alt ?? '' };
}

/** Builds the imported document while the parser walks the HTML. */
class Importer {
  private block: { tag: SaxesTagPlain; text: string; bold: boolean; italic: boolean; images: FakeInlineImage[] } | null = null;
  private table: { rows: { text: string; bold: boolean; align: string; images: FakeInlineImage[] }[][] } | null = null;
  private bold = 0;
  private italic = 0;
  constructor(
    private readonly log: CallLog,
    private readonly doc: FakeDocument,
  ) {}

  open(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (name === 'b' || name === 'strong' || name === 'th') this.bold++;
    if (name === 'i' || name === 'em') this.italic++;
    if (name === 'table') this.table = { rows: [] };
    else if (name === 'tr') this.table?.rows.push([]);
    else if (['p', 'h1', 'h2', 'h3', 'li', 'td', 'th'].includes(name))
      this.block = { tag, text: '', bold: this.bold > 0, italic: this.italic > 0, images: [] };
    else if (name === 'img') {
      const image = inlinePng(tag);
      if (this.block) this.block.images.push(image);
      else this.doc.body.children.push(image);
    } else if (name === 'hr' && styleOf(tag, 'page-break-before') === 'always') this.doc.body.children.push({ kind: 'pageBreak' });
  }

  onText(t: string): void {
    if (this.block) {
      this.block.text += t;
      if (this.bold > 0 && t.trim()) this.block.bold = true;
      if (this.italic > 0 && t.trim()) this.block.italic = true;
    }
  }

  close(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (name === 'b' || name === 'strong' || name === 'th') this.bold--;
    if (name === 'i' || name === 'em') this.italic--;
    const b = this.block;
    if (b && b.tag === tag) {
      this.block = null;
      const content = text(b.text);
      if (name === 'td' || name === 'th') {
        const align = styleOf(tag, 'text-align') === 'right' ? 'RIGHT' : 'LEFT';
        this.table?.rows[this.table.rows.length - 1].push({ text: content, bold: b.bold, align, images: b.images });
        return;
      }
      const p = new FakeParagraph(this.log, content, name === 'li' ? 'listItem' : 'paragraph');
      p.heading = HEADINGS[name] ?? ParagraphHeading.NORMAL;
      p.glyph = name === 'li' ? GlyphType.BULLET : null;
      p.text.bold = b.bold;
      p.text.italic = b.italic;
      p.text.fontSize = Number.parseFloat(styleOf(tag, 'font-size') ?? '') || null;
      this.doc.body.children.push(p, ...b.images);
    }
    if (name === 'table' && this.table) this.closeTable(this.table.rows);
  }

  private closeTable(rows: { text: string; bold: boolean; align: string; images: FakeInlineImage[] }[][]): void {
    this.table = null;
    const t = new FakeTable(
      this.log,
      rows.map((r) => r.map((c) => c.text)),
    );
    rows.forEach((r, i) =>
      r.forEach((c, j) => {
        const cell = t.rows[i].cells[j];
        cell.paragraph.alignment = c.align;
        cell.paragraph.text.bold = c.bold;
        cell.images.push(...c.images);
      }),
    );
    this.doc.body.children.push(t);
  }
}

/** The Google Doc Drive makes of an HTML upload. */
export function importHtml(log: CallLog, id: string, name: string, html: string): FakeDocument {
  const doc = new FakeDocument(log, id, name);
  const importer = new Importer(log, doc);
  const parser = new SaxesParser();
  parser.on('opentag', (t) => importer.open(t));
  parser.on('text', (t) => importer.onText(t));
  parser.on('closetag', (t) => importer.close(t));
  parser.write(html).close();
  return doc;
}

/**
 * The hook FakeDrive calls when a file of a Google type is created or gets new content: refuses a
 * source type Google does not import into it, and keeps an imported Google Doc in `documents`.
 */
export function driveImporter(log: CallLog, documents: Map<string, FakeDocument>) {
  return (file: { id: string; name: string; mimeType: string }, blob: FakeBlob | null, method: string): void => {
    const accepted = IMPORT_FORMATS[file.mimeType];
    if (!accepted) return;
    const source = blob ? blob.getContentType().split(';')[0].trim().toLowerCase() : null;
    if (source !== null && !accepted.includes(source))
      throw new Error(
        `GoogleJsonResponseException: API call to drive.files.${method} failed with error: Bad Request (${source} cannot be imported as ${file.mimeType})`,
      );
    if (file.mimeType !== GOOGLE_DOC) return;
    if (!blob) documents.set(file.id, documents.get(file.id) ?? new FakeDocument(log, file.id, file.name));
    else if (source === 'text/html') documents.set(file.id, importHtml(log, file.id, file.name, blob.getDataAsString()));
    else documents.set(file.id, new FakeDocument(log, file.id, file.name));
  };
}

/**
 * The cells Google Sheets makes of a CSV it imports: comma-separated fields, RFC 4180 quotes
 * (a doubled quote inside), CRLF or LF line ends.
 */
export function importCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted && c === '"' && content[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
