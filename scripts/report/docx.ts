/** The .docx renderer of a ReportDoc (docx package): lays out what the model computed. */
import type { Lang } from '../../shared/i18n/lang';
import type { ReportBlock, ReportDoc, ReportTable } from '../../shared/reports/doc';
import { cellText, isBold } from '../../shared/reports/cell-text';
import { chartPng } from './chart';
import { LINE_CHART, lineChartPng } from '../../shared/reports/line-png';

type Docx = typeof import('docx');

function table(d: Docx, t: ReportTable, lang: Lang) {
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: 'DADCE0' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const header = new d.TableRow({
    tableHeader: true,
    children: t.columns.map(
      (c) =>
        new d.TableCell({
          borders,
          shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: 'E8F0FE' },
          children: [
            new d.Paragraph({
              alignment: c.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
              children: [new d.TextRun({ text: c.header, bold: true })],
            }),
          ],
        }),
    ),
  });
  const rows = t.rows.map(
    (r) =>
      new d.TableRow({
        children: t.columns.map(
          (c, i) =>
            new d.TableCell({
              borders,
              children: [
                new d.Paragraph({
                  alignment: c.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
                  children: [new d.TextRun({ text: cellText(r[i] ?? null, lang), bold: isBold(r[i] ?? null) })],
                }),
              ],
            }),
        ),
      }),
  );
  return new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

async function block(d: Docx, b: ReportBlock, lang: Lang) {
  switch (b.kind) {
    case 'heading':
      return [
        new d.Paragraph({
          heading: b.level === 1 ? d.HeadingLevel.HEADING_1 : b.level === 2 ? d.HeadingLevel.HEADING_2 : d.HeadingLevel.HEADING_3,
          children: [new d.TextRun(b.text)],
        }),
      ];
    case 'paragraph':
      if (b.style === 'title')
        return [new d.Paragraph({ heading: d.HeadingLevel.TITLE, spacing: { before: 2400 }, children: [new d.TextRun(b.text)] })];
      if (b.style === 'subtitle')
        return [new d.Paragraph({ spacing: { after: 200 }, children: [new d.TextRun({ text: b.text, size: 36, color: '1A73E8' })] })];
      if (b.style === 'note')
        return [
          new d.Paragraph({
            spacing: { after: 200 },
            children: [new d.TextRun({ text: b.text, italics: true, color: '5F6368', size: 18 })],
          }),
        ];
      return [new d.Paragraph({ children: [new d.TextRun(b.text)] })];
    case 'bullets':
      return b.items.map((item) => new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun(item)] }));
    case 'table':
      return [table(d, b, lang), new d.Paragraph({ children: [] })];
    case 'chart': {
      if (b.bars.length === 0) return [];
      const { png, width, height } = await chartPng(b, lang);
      return [
        new d.Paragraph({
          children: [
            new d.ImageRun({
              type: 'png',
              data: png,
              transformation: { width: Math.round(width * 0.9), height: Math.round(height * 0.9) },
              altText: {
                name: b.title,
                title: b.title,
                description: b.bars.map((x) => `${x.label} : ${cellText({ amount: x.amount }, lang)}`).join(' ; '),
              },
            }),
          ],
        }),
      ];
    }
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

export async function renderDocx(doc: ReportDoc): Promise<Buffer> {
  const d = await import('docx');
  const children = [];
  for (const b of doc.blocks) children.push(...(await block(d, b, doc.lang)));
  const document = new d.Document({
    creator: 'citego',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
  return d.Packer.toBuffer(document);
}
