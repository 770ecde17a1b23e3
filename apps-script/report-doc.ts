/**
 * The Google Docs renderer of a ReportDoc: real heading styles, whole tables per call (the
 * number of calls follows the report's rows, never the Journal's), right-aligned French
 * amounts, charts drawn by the Charts service as images. It computes no figure.
 */
import type { ReportBlock, ReportChart, ReportDoc, ReportTable } from '../shared/reports/doc';
import { cellText, isBold } from '../shared/reports/cell-text';
import type { Lang } from '../shared/i18n/lang';

type Body = GoogleAppsScript.Document.Body;

function table(body: Body, t: ReportTable, lang: Lang): void {
  const cells = [t.columns.map((c) => c.header), ...t.rows.map((r) => t.columns.map((_, i) => cellText(r[i] ?? null, lang)))];
  const table = body.appendTable(cells);
  table.setBorderColor('#dadce0');
  table.getRow(0).editAsText().setBold(true);
  const right = t.columns.map((c, i) => (c.align === 'right' ? i : -1)).filter((i) => i >= 0);
  for (let r = 0; r < cells.length; r++) {
    const row = table.getRow(r);
    for (const c of right) row.getCell(c).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    if (r > 0 && t.rows[r - 1].some((cell) => isBold(cell))) row.editAsText().setBold(true);
  }
}

function chart(body: Body, c: ReportChart, lang: Lang): void {
  if (c.bars.length === 0) return;
  const data = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, '').addColumn(Charts.ColumnType.NUMBER, c.title);
  for (const b of c.bars) data.addRow([b.label, b.amount / 100]);
  const image = Charts.newBarChart()
    .setDataTable(data)
    .setTitle(c.title)
    .setColors(['#1a73e8'])
    .setLegendPosition(Charts.Position.NONE)
    .setDimensions(640, 60 + 36 * c.bars.length)
    .build()
    .getAs('image/png');
  body.appendImage(image);
  body
    .appendParagraph(c.bars.map((b) => `${b.label} : ${cellText({ amount: b.amount }, lang)}`).join(' · '))
    .editAsText()
    .setFontSize(8)
    .setForegroundColor('#5f6368');
}

function block(body: Body, b: ReportBlock, lang: Lang): void {
  const H = DocumentApp.ParagraphHeading;
  switch (b.kind) {
    case 'heading':
      body.appendParagraph(b.text).setHeading(b.level === 1 ? H.HEADING1 : b.level === 2 ? H.HEADING2 : H.HEADING3);
      return;
    case 'paragraph': {
      const heading = b.style === 'title' ? H.TITLE : b.style === 'subtitle' ? H.SUBTITLE : H.NORMAL;
      const p = body.appendParagraph(b.text).setHeading(heading);
      if (b.style === 'note') p.editAsText().setItalic(true).setFontSize(9).setForegroundColor('#5f6368');
      return;
    }
    case 'bullets':
      for (const item of b.items) body.appendListItem(item).setGlyphType(DocumentApp.GlyphType.BULLET);
      return;
    case 'table':
      table(body, b, lang);
      return;
    case 'chart':
      chart(body, b, lang);
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
    default: {
      const unknown: never = b;
      throw new Error(`bloc de rapport inconnu : ${JSON.stringify(unknown)}`);
    }
  }
}

/** Writes the report into the Doc's body, replacing what a previous run wrote. */
export function renderGoogleDoc(doc: GoogleAppsScript.Document.Document, report: ReportDoc): void {
  const body = doc.getBody();
  body.clear();
  for (const b of report.blocks) block(body, b, report.lang);
  doc.setName(report.title);
  doc.saveAndClose();
}
