/**
 * A picture in the report's HTML, which Drive imports as a Google Doc (docs/architecture.md, "The
 * report Doc"): the graph as a PNG drawn here (raster.ts; a Doc takes no SVG), its summary, and the
 * legend as text with a colour square per community or domain. Well-formed XHTML.
 */
import { base64, solidPng } from '../reports/bar-png';
import { escapeXml } from './gexf';
import type { GraphPicture, LegendItem } from './picture';
import { picturePng, rasterSize } from './raster';

/** The page's width for a picture, in pixels. */
export const PICTURE_WIDTH = 600;

const SHAPE: Readonly<Record<string, string>> = { partner: '●', person: '●', term: '●', project: '■', dossier: '■', group: '◆' };
const LINE: Readonly<Record<string, string>> = { broader: '──▶', narrower: '──▶', related: '- - -', seeAlso: '· · ·' };

function legendItem(it: LegendItem): string {
  const label = escapeXml(it.label);
  if (it.swatch === 'color') {
    const src = `data:image/png;base64,${base64(solidPng(10, 10, it.color))}`;
    return `<li><img src="${src}" width="10" height="10" alt="" /> ${label}</li>`;
  }
  return `<li>${it.swatch === 'shape' ? SHAPE[it.kind] : (LINE[it.kind] ?? '──')} ${label}</li>`;
}

export function pictureHtml(p: GraphPicture): string {
  // The size announced is the PNG's own: Docs shows it at that size (and the import checks it).
  const { width: w, height: h } = rasterSize(p, PICTURE_WIDTH);
  const src = `data:image/png;base64,${base64(picturePng(p, PICTURE_WIDTH))}`;
  const alt = escapeXml(`${p.title} — ${p.summary}`);
  return (
    `<p><b>${escapeXml(p.title)}</b></p><p><img src="${src}" width="${w}" height="${h}" alt="${alt}" /></p>` +
    `<p style="font-size:9pt;color:#5f6368"><i>${escapeXml(p.summary)}</i></p>` +
    `<ul style="font-size:9pt">${p.legend.map(legendItem).join('')}</ul>`
  );
}
