/**
 * The HTML of a ReportDoc, which Drive imports as a Google Doc in one call (docs/architecture.md,
 * "The report Doc"): headings as h1–h3, tables with a bold header row and right-aligned amounts,
 * bullets, page breaks, and each chart as a table of bars (label, a bar drawn as a PNG of its
 * length, the amount). Well-formed XHTML, so what Google imports is exactly what we wrote.
 * It lays out what the model computed and computes no figure.
 */
import type { Lang } from '../i18n/lang';
import { base64, solidPng } from './bar-png';
import { cellText, isBold } from './cell-text';
import { columnLayout } from './column-widths';
import type { ReportBlock, ReportChart, ReportDoc, ReportLineChart, ReportTable, ReportToc } from './doc';
import { pictureHtml } from '../graph/picture-html';
import { LINE_CHART, lineChartDataUri } from './line-png';

const BLUE = '#1a73e8';
const GREY = '#5f6368';
/** The longest bar, in pixels: a chart fits the page's width beside its labels. */
export const BAR_MAX_WIDTH = 300;
export const BAR_HEIGHT = 14;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CELL = 'border:1px solid #dadce0;padding:4px 6px';

/** Leading spaces indent a line (the statement's sub-rows): kept as no-break spaces, which HTML does not collapse. */
export function keepIndent(text: string): string {
  return text.replace(/^ +/, (spaces) => '\u00a0'.repeat(spaces.length));
}

function td(text: string, align: 'left' | 'right', bold: boolean, width: number | null = null): string {
  const tag = width === null ? 'td' : 'th';
  const shown = escapeHtml(keepIndent(text));
  const inner = bold ? `<b>${shown}</b>` : shown;
  const w = width === null ? '' : `;width:${Math.round(width * 100)}%`;
  return `<${tag} style="${CELL};text-align:${align}${w}">${inner}</${tag}>`;
}

/** Each column as wide as its content asks (column-widths.ts), on the header cells. */
function table(t: ReportTable, lang: Lang): string {
  const { fractions } = columnLayout(t, lang);
  const head = `<tr>${t.columns.map((c, i) => td(c.header, c.align, true, fractions[i])).join('')}</tr>`;
  const rows = t.rows.map(
    (r) => `<tr>${t.columns.map((c, i) => td(cellText(r[i] ?? null, lang), c.align, isBold(r[i] ?? null))).join('')}</tr>`,
  );
  return `<table style="border-collapse:collapse;width:100%">${head}${rows.join('')}</table>`;
}

/** The width of a bar in pixels, proportional to the largest (at least one pixel). */
export function barWidth(amount: number, largest: number): number {
  return Math.max(1, Math.round((Math.max(0, amount) / Math.max(1, largest)) * BAR_MAX_WIDTH));
}

function chart(c: ReportChart, lang: Lang): string {
  if (c.bars.length === 0) return '';
  const largest = Math.max(...c.bars.map((b) => b.amount));
  const rows = c.bars.map((b) => {
    const w = barWidth(b.amount, largest);
    const amount = cellText({ amount: b.amount }, lang);
    const src = `data:image/png;base64,${base64(solidPng(w, BAR_HEIGHT, BLUE))}`;
    const img = `<img src="${src}" width="${w}" height="${BAR_HEIGHT}" alt="${escapeHtml(`${b.label} : ${amount}`)}" />`;
    return `<tr><td style="padding:2px 6px;text-align:right">${escapeHtml(b.label)}</td><td style="padding:2px 6px">${img} ${escapeHtml(amount)}</td></tr>`;
  });
  return `<p><b>${escapeHtml(c.title)}</b></p><table style="border-collapse:collapse">${rows.join('')}</table>`;
}

/** The contents as a list of the headings (HTML import keeps no page numbers: Google Docs can insert its own, Insert › Table of contents). */
function toc(t: ReportToc): string {
  const items = t.entries.map((e) => `<li>${e.level === 2 ? '\u00a0\u00a0\u00a0' : ''}${escapeHtml(e.text)}</li>`);
  return `<h2>${escapeHtml(t.title)}</h2><ul>${items.join('')}</ul>`;
}

/** The line chart as one picture, shown at its page size; its points are said in the alt text. */
function lineChart(c: ReportLineChart): string {
  const { shownWidth: w, shownHeight: h } = LINE_CHART;
  const alt = escapeHtml(c.points.map((p) => p.label).join(', '));
  return `<p><b>${escapeHtml(c.title)}</b></p><p><img src="${lineChartDataUri(c)}" width="${w}" height="${h}" alt="${alt}" /></p>`;
}

function block(b: ReportBlock, lang: Lang): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      if (b.style === 'title') return `<p style="font-size:26pt">${escapeHtml(b.text)}</p>`;
      if (b.style === 'subtitle') return `<p style="font-size:18pt;color:${BLUE}">${escapeHtml(b.text)}</p>`;
      if (b.style === 'cover') return `<p style="font-size:13pt">${escapeHtml(b.text)}</p>`;
      if (b.style === 'commentary') return `<p style="font-size:10.5pt">${escapeHtml(b.text)}</p>`;
      if (b.style === 'note') return `<p style="font-size:9pt;font-style:italic;color:${GREY}"><i>${escapeHtml(b.text)}</i></p>`;
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'bullets':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b, lang);
    case 'chart':
      return chart(b, lang);
    case 'toc':
      return toc(b);
    case 'picture':
      return pictureHtml(b.picture);
    case 'lineChart':
      return lineChart(b);
    case 'pageBreak':
      return '<hr style="page-break-before:always;display:none" />';
    default: {
      const unknown: never = b;
      throw new Error(`bloc de rapport inconnu : ${JSON.stringify(unknown)}`);
    }
  }
}

/** The whole document as one HTML page (UTF-8). */
export function reportHtml(doc: ReportDoc): string {
  const body = doc.blocks.map((b) => block(b, doc.lang)).join('\n');
  return (
    `<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="${doc.lang}"><head><meta charset="utf-8" />` +
    `<title>${escapeHtml(doc.title)}</title></head>` +
    `<body style="font-family:Arial;font-size:10pt">\n${body}\n</body></html>`
  );
}
