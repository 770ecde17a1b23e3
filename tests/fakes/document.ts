/**
 * DocumentApp and Charts (developers.google.com/apps-script/reference/document, /charts), and
 * what Drive's import makes of an HTML upload into a Google Doc (importedDocument). Calls are
 * counted; a closed Document throws on use, as Google's does.
 */
import { CallLog } from './calls';
import { FakeBlob } from './drive';

export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
} as const;
export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;
export const GlyphType = { BULLET: 'BULLET', NUMBER: 'NUMBER' } as const;

export class FakeText {
  bold = false;
  italic = false;
  fontSize: number | null = null;
  color: string | null = null;
  constructor(private readonly log: CallLog) {}
  setBold(b: boolean): this {
    this.log.hit('Text.setBold');
    this.bold = b;
    return this;
  }
  setItalic(b: boolean): this {
    this.log.hit('Text.setItalic');
    this.italic = b;
    return this;
  }
  setFontSize(n: number): this {
    this.log.hit('Text.setFontSize');
    this.fontSize = n;
    return this;
  }
  setForegroundColor(c: string): this {
    this.log.hit('Text.setForegroundColor');
    this.color = c;
    return this;
  }
}

export class FakeParagraph {
  heading: string = ParagraphHeading.NORMAL;
  alignment: string = HorizontalAlignment.LEFT;
  glyph: string | null = null;
  readonly text: FakeText;
  constructor(
    private readonly log: CallLog,
    readonly content: string,
    readonly kind: 'paragraph' | 'listItem' = 'paragraph',
  ) {
    this.text = new FakeText(log);
  }
  setHeading(h: string): this {
    this.log.hit('Paragraph.setHeading');
    this.heading = h;
    return this;
  }
  setAlignment(a: string): this {
    this.log.hit('Paragraph.setAlignment');
    this.alignment = a;
    return this;
  }
  setGlyphType(g: string): this {
    this.log.hit('ListItem.setGlyphType');
    this.glyph = g;
    return this;
  }
  editAsText(): FakeText {
    this.log.hit('Paragraph.editAsText');
    return this.text;
  }
  asParagraph(): this {
    this.log.hit('Paragraph.asParagraph');
    return this;
  }
  getText(): string {
    this.log.hit('Paragraph.getText');
    return this.content;
  }
}

export class FakeTableCell {
  readonly paragraph: FakeParagraph;
  /** Inline images of the cell (an imported chart's bars). */
  readonly images: FakeInlineImage[] = [];
  constructor(
    private readonly log: CallLog,
    text: string,
  ) {
    this.paragraph = new FakeParagraph(log, text);
  }
  getChild(i: number): FakeParagraph {
    this.log.hit('TableCell.getChild');
    if (i !== 0) throw new Error('Child index out of bounds.');
    return this.paragraph;
  }
  getText(): string {
    this.log.hit('TableCell.getText');
    return this.paragraph.content;
  }
}

export class FakeTableRow {
  readonly text: FakeText;
  constructor(
    private readonly log: CallLog,
    readonly cells: FakeTableCell[],
  ) {
    this.text = new FakeText(log);
  }
  getCell(i: number): FakeTableCell {
    this.log.hit('TableRow.getCell');
    const c = this.cells[i];
    if (!c) throw new Error('Child index out of bounds.');
    return c;
  }
  editAsText(): FakeText {
    this.log.hit('TableRow.editAsText');
    return this.text;
  }
}

export class FakeTable {
  readonly rows: FakeTableRow[];
  borderColor: string | null = null;
  constructor(
    private readonly log: CallLog,
    cells: string[][],
  ) {
    const width = cells[0]?.length ?? 0;
    if (cells.some((r) => r.length !== width)) throw new Error('Invalid argument: cells (rows of different lengths)');
    this.rows = cells.map(
      (r) =>
        new FakeTableRow(
          log,
          r.map((t) => new FakeTableCell(log, String(t))),
        ),
    );
  }
  getRow(i: number): FakeTableRow {
    this.log.hit('Table.getRow');
    const r = this.rows[i];
    if (!r) throw new Error('Child index out of bounds.');
    return r;
  }
  getNumRows(): number {
    this.log.hit('Table.getNumRows');
    return this.rows.length;
  }
  setBorderColor(c: string): this {
    this.log.hit('Table.setBorderColor');
    this.borderColor = c;
    return this;
  }
  /** Test helper: the cell texts. */
  texts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.paragraph.content));
  }
}

/** An inline image as Docs keeps it: its type, size in pixels and alternative text. */
export interface FakeInlineImage {
  readonly kind: 'inlineImage';
  readonly contentType: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

export type FakeElement = FakeParagraph | FakeTable | { kind: 'image'; blob: FakeBlob } | FakeInlineImage | { kind: 'pageBreak' };

/** Google's message when a Document is used after saveAndClose(). */
export const CLOSED_DOCUMENT = 'Document is closed, its contents cannot be updated.';

export class FakeBody {
  readonly children: FakeElement[] = [];
  constructor(
    private readonly log: CallLog,
    private readonly isClosed: () => boolean = () => false,
  ) {}
  private use(name: string): void {
    this.log.hit(name);
    if (this.isClosed()) throw new Error(CLOSED_DOCUMENT);
  }
  clear(): this {
    this.use('Body.clear');
    this.children.length = 0;
    return this;
  }
  appendParagraph(text: string): FakeParagraph {
    this.use('Body.appendParagraph');
    const p = new FakeParagraph(this.log, text);
    this.children.push(p);
    return p;
  }
  appendListItem(text: string): FakeParagraph {
    this.use('Body.appendListItem');
    const p = new FakeParagraph(this.log, text, 'listItem');
    this.children.push(p);
    return p;
  }
  appendTable(cells: string[][]): FakeTable {
    this.use('Body.appendTable');
    const t = new FakeTable(this.log, cells);
    this.children.push(t);
    return t;
  }
  appendImage(blob: FakeBlob): { setWidth(): unknown } {
    this.use('Body.appendImage');
    this.children.push({ kind: 'image', blob });
    return { setWidth: () => undefined };
  }
  appendPageBreak(): void {
    this.use('Body.appendPageBreak');
    this.children.push({ kind: 'pageBreak' });
  }
  getNumChildren(): number {
    this.use('Body.getNumChildren');
    return this.children.length;
  }
  paragraphs(): FakeParagraph[] {
    return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }
  tables(): FakeTable[] {
    return this.children.filter((c): c is FakeTable => c instanceof FakeTable);
  }
}

export class FakeDocument {
  readonly body: FakeBody;
  closed = false;
  constructor(
    private readonly log: CallLog,
    readonly id: string,
    public name: string,
  ) {
    this.body = new FakeBody(log, () => this.closed);
  }
  /** Every method is a round trip, and throws once the document is closed (Document.saveAndClose). */
  private use(name: string): void {
    this.log.hit(name);
    if (this.closed) throw new Error(CLOSED_DOCUMENT);
  }
  getId(): string {
    this.use('Document.getId');
    return this.id;
  }
  getName(): string {
    this.use('Document.getName');
    return this.name;
  }
  setName(n: string): this {
    this.use('Document.setName');
    this.name = n;
    return this;
  }
  getUrl(): string {
    this.use('Document.getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): FakeBody {
    this.use('Document.getBody');
    return this.body;
  }
  saveAndClose(): void {
    this.use('Document.saveAndClose');
    this.closed = true;
  }
}

/** DocumentApp.create also makes a Drive file (in My Drive's root), which the Drive fake must know. */
export function fakeDocumentApp(log: CallLog, onCreate: (name: string) => string) {
  const documents = new Map<string, FakeDocument>();
  return {
    documents,
    service: {
      ParagraphHeading,
      HorizontalAlignment,
      GlyphType,
      create: (name: string) => {
        log.hit('DocumentApp.create');
        const id = onCreate(name);
        const d = new FakeDocument(log, id, name);
        documents.set(id, d);
        return d;
      },
      openById: (id: string) => {
        log.hit('DocumentApp.openById');
        const d = documents.get(id);
        if (!d) throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
        d.closed = false; // a new execution's handle on the same document
        return d;
      },
    },
  };
}

export function fakeCharts(log: CallLog) {
  const made: { title: string; rows: unknown[][] }[] = [];
  const dataTable = () => {
    const rows: unknown[][] = [];
    const b = {
      addColumn: () => b,
      addRow: (r: unknown[]) => {
        rows.push(r);
        return b;
      },
      build: () => ({ rows }),
      rows,
    };
    return b;
  };
  const barChart = () => {
    let title = '';
    let rows: unknown[][] = [];
    const b = {
      setDataTable: (t: { rows: unknown[][] }) => {
        rows = t.rows;
        return b;
      },
      setTitle: (t: string) => {
        title = t;
        return b;
      },
      setColors: () => b,
      setLegendPosition: () => b,
      setDimensions: () => b,
      build: () => {
        log.hit('Charts.build');
        made.push({ title, rows });
        return { getAs: (mime: string) => new FakeBlob(`chart:${title}`, mime, `${title}.png`) };
      },
    };
    return b;
  };
  return {
    made,
    service: {
      ColumnType: { STRING: 'string', NUMBER: 'number' },
      Position: { NONE: 'none', RIGHT: 'right' },
      newDataTable: () => dataTable(),
      newBarChart: () => barChart(),
    },
  };
}
