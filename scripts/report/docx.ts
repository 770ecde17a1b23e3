/**
 * The .docx renderer of a ReportDoc (docx package): lays out what the model computed. A board
 * presents it as it is (docs/domain.md, "Annual report"): a table of contents whose page numbers
 * are fields Word and LibreOffice fill, a footer with the page number, label columns as wide as
 * their labels (shared/reports/column-widths.ts), indents kept as indents, charts as tables whose
 * labels wrap whole beside their bars.
 */
import type { Lang } from '../../shared/i18n/lang';
import type { ReportBlock, ReportChart, ReportDoc, ReportTable, ReportToc } from '../../shared/reports/doc';
import { cellText, isBold } from '../../shared/reports/cell-text';
import { columnLayout } from '../../shared/reports/column-widths';
import { barWidth, BAR_HEIGHT } from '../../shared/reports/html';
import { solidPng } from '../../shared/reports/bar-png';
import { pictureParagraphs } from './picture';
import { LINE_CHART, lineChartPng } from '../../shared/reports/line-png';

type Docx = typeof import('docx');
type Child = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

/** The page's text width in twips: A4 (11 906) less two 2 cm margins (1 134 each). */
const TEXT_WIDTH = 9638;
/** Twips of indent per leading space of a label (the statement's sub-rows). */
const INDENT_PER_SPACE = 80;
/** The style of the commentary paragraphs, which `npm run check:libreoffice` finds in the XML. */
export const COMMENTARY_STYLE = 'Commentary';

/** Where the renderer is: the bookmarks of the headings the table of contents points at. */
interface Ctx {
  readonly d: Docx;
  readonly lang: Lang;
  headings: number;
  /** The pictures, rasterised before the blocks are laid out (resvg is asynchronous). */
  readonly pictures: ReadonlyMap<ReportBlock, Child[]>;
}

const bookmark = (i: number) => `h${i}`;

/** One cell's paragraph: leading spaces become a real indent, so a wrapped label keeps it. */
function cellParagraph(d: Docx, text: string, align: 'left' | 'right', bold: boolean, size: number) {
  const trimmed = text.replace(/^ +/, '');
  const indent = (text.length - trimmed.length) * INDENT_PER_SPACE;
  return new d.Paragraph({
    alignment: align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
    indent: indent ? { left: indent } : undefined,
    children: [new d.TextRun({ text: trimmed, bold, size: size * 2 })],
  });
}

function table(d: Docx, t: ReportTable, lang: Lang) {
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: 'DADCE0' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const { fractions, fontSize } = columnLayout(t, lang);
  const widths = fractions.map((f) => Math.round(f * TEXT_WIDTH));
  const cell = (i: number, children: InstanceType<Docx['Paragraph']>[], shaded = false) =>
    new d.TableCell({
      borders,
      width: { size: widths[i], type: d.WidthType.DXA },
      shading: shaded ? { type: d.ShadingType.CLEAR, color: 'auto', fill: 'E8F0FE' } : undefined,
      children,
    });
  const header = new d.TableRow({
    tableHeader: true,
    children: t.columns.map((c, i) => cell(i, [cellParagraph(d, c.header, c.align, true, fontSize)], true)),
  });
  const rows = t.rows.map(
    (r) =>
      new d.TableRow({
        cantSplit: true,
        children: t.columns.map((c, i) =>
          cell(i, [cellParagraph(d, cellText(r[i] ?? null, lang), c.align, isBold(r[i] ?? null), fontSize)]),
        ),
      }),
  );
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}

/** A chart as a table without borders: the whole label (wrapped in its column), its bar as a PNG, the amount. */
function chart(d: Docx, c: ReportChart, lang: Lang): Child[] {
  if (c.bars.length === 0) return [];
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none };
  const widths = [Math.round(TEXT_WIDTH * 0.42), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.42)];
  const largest = Math.max(...c.bars.map((b) => b.amount));
  const rows = c.bars.map((b) => {
    const w = barWidth(b.amount, largest);
    const amount = cellText({ amount: b.amount }, lang);
    const bar = new d.ImageRun({
      type: 'png',
      data: Buffer.from(solidPng(w, BAR_HEIGHT, '#1a73e8')),
      transformation: { width: Math.round(w * 0.85), height: BAR_HEIGHT },
      altText: { name: b.label, title: b.label, description: `${b.label} : ${amount}` },
    });
    return new d.TableRow({
      cantSplit: true,
      children: [
        new d.TableCell({
          borders,
          width: { size: widths[0], type: d.WidthType.DXA },
          children: [cellParagraph(d, b.label, 'right', false, 9)],
        }),
        new d.TableCell({
          borders,
          width: { size: widths[1], type: d.WidthType.DXA },
          children: [new d.Paragraph({ children: [bar, new d.TextRun({ text: ` ${amount}`, size: 18 })] })],
        }),
      ],
    });
  });
  const title = new d.Paragraph({ keepNext: true, spacing: { before: 200 }, children: [new d.TextRun({ text: c.title, bold: true })] });
  const t = new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    rows,
  });
  return [title, t, new d.Paragraph({ children: [] })];
}

/** The contents: each heading, then a dotted leader to its page number (a PAGEREF field to the heading's bookmark). */
function toc(d: Docx, t: ReportToc): Child[] {
  const title = new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(t.title)] });
  const entries = t.entries.map(
    (e, i) =>
      new d.Paragraph({
        indent: e.level === 2 ? { left: 400 } : undefined,
        spacing: { before: e.level === 1 ? 120 : 0 },
        tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH, leader: d.LeaderType.DOT }],
        children: [new d.TextRun({ text: e.text, bold: e.level === 1 }), new d.TextRun('\t'), new d.PageReference(bookmark(i))],
      }),
  );
  return [title, ...entries];
}

function heading(ctx: Ctx, level: 1 | 2 | 3, text: string): Child {
  const d = ctx.d;
  const style = level === 1 ? d.HeadingLevel.HEADING_1 : level === 2 ? d.HeadingLevel.HEADING_2 : d.HeadingLevel.HEADING_3;
  // Levels 1 and 2 are the table of contents' entries, in order: each carries its bookmark.
  const run = new d.TextRun(text);
  const children = level === 3 ? [run] : [new d.Bookmark({ id: bookmark(ctx.headings++), children: [run] })];
  return new d.Paragraph({ heading: style, keepNext: true, children });
}

function paragraph(d: Docx, b: Extract<ReportBlock, { kind: 'paragraph' }>): Child {
  switch (b.style) {
    case 'title':
      return new d.Paragraph({ heading: d.HeadingLevel.TITLE, spacing: { before: 2400 }, children: [new d.TextRun(b.text)] });
    case 'subtitle':
      return new d.Paragraph({ spacing: { after: 600 }, children: [new d.TextRun({ text: b.text, size: 40, color: '1A73E8' })] });
    case 'cover':
      return new d.Paragraph({ spacing: { after: 200 }, children: [new d.TextRun({ text: b.text, size: 26 })] });
    case 'commentary':
      return new d.Paragraph({ style: COMMENTARY_STYLE, children: [new d.TextRun(b.text)] });
    case 'note':
      return new d.Paragraph({
        spacing: { after: 200 },
        children: [new d.TextRun({ text: b.text, italics: true, color: '5F6368', size: 18 })],
      });
    case undefined:
      return new d.Paragraph({ children: [new d.TextRun(b.text)] });
    default: {
      const unknown: never = b.style;
      throw new Error(`style de paragraphe inconnu : ${String(unknown)}`);
    }
  }
}

function block(ctx: Ctx, b: ReportBlock): Child[] {
  const d = ctx.d;
  switch (b.kind) {
    case 'heading':
      return [heading(ctx, b.level, b.text)];
    case 'paragraph':
      return [paragraph(d, b)];
    case 'bullets':
      return b.items.map((item) => new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun(item)] }));
    case 'table':
      return [table(d, b, ctx.lang), new d.Paragraph({ children: [] })];
    case 'chart':
      return chart(d, b, ctx.lang);
    case 'toc':
      return toc(d, b);
    case 'picture':
      return ctx.pictures.get(b) ?? [];
    case 'lineChart':
      return [
        new d.Paragraph({ children: [new d.TextRun({ text: b.title, bold: true })] }),
        new d.Paragraph({
          children: [
            new d.ImageRun({
              type: 'png',
              data: Buffer.from(lineChartPng(b)),
              transformation: { width: LINE_CHART.shownWidth, height: LINE_CHART.shownHeight },
              altText: { name: b.title, title: b.title, description: b.points.map((p) => p.label).join(', ') },
            }),
          ],
        }),
      ];
    case 'pageBreak':
      return [new d.Paragraph({ children: [new d.PageBreak()] })];
    default: {
      const unknown: never = b;
      throw new Error(`bloc de rapport inconnu : ${JSON.stringify(unknown)}`);
    }
  }
}

/** The footer of every page but the cover (or of every page, `firstPage`): the document's footer text, then « Page n / N » at the right margin. */
function footers(d: Docx, doc: ReportDoc) {
  if (!doc.footer) return undefined;
  const line = new d.Paragraph({
    tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [
      new d.TextRun({ text: doc.footer.text, size: 16, color: '5F6368' }),
      new d.TextRun({
        children: ['\t', `${doc.footer.page} `, d.PageNumber.CURRENT, ' / ', d.PageNumber.TOTAL_PAGES],
        size: 16,
        color: '5F6368',
      }),
    ],
  });
  if (doc.footer.firstPage) return { default: new d.Footer({ children: [line] }) };
  return { default: new d.Footer({ children: [line] }), first: new d.Footer({ children: [] }) };
}

export async function renderDocx(doc: ReportDoc): Promise<Buffer> {
  const d = await import('docx');
  const pictures = new Map<ReportBlock, Child[]>();
  for (const b of doc.blocks) if (b.kind === 'picture') pictures.set(b, await pictureParagraphs(d, b.picture));
  const ctx: Ctx = { d, lang: doc.lang, headings: 0, pictures };
  const children = doc.blocks.flatMap((b) => block(ctx, b));
  const document = new d.Document({
    creator: 'citego',
    title: doc.title,
    styles: {
      default: { document: { run: { font: 'Arial', size: 20 } } },
      paragraphStyles: [
        {
          id: COMMENTARY_STYLE,
          name: COMMENTARY_STYLE,
          basedOn: 'Normal',
          paragraph: { spacing: { before: 80, after: 200 }, keepNext: true },
          run: { size: 21 },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: doc.footer !== undefined && !doc.footer.firstPage,
          page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: footers(d, doc),
        children,
      },
    ],
  });
  return d.Packer.toBuffer(document);
}
