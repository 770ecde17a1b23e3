/**
 * A picture as SVG text (pure: the sidebar, the CLI and the .docx renderer share it): edges, then
 * nodes by kind (discs for partners, persons and terms, squares for projects and dossiers, diamonds
 * for groups), labels escaped, and the legend under the graph. A zoom shows one node and its
 * neighbours, every label, the rest faded. It draws what the picture says and computes nothing.
 */
import { escapeXml } from './gexf';
import type { GraphPicture, LegendItem, PictureEdge, PictureNode } from './picture';
import type { EdgeKind, NodeKind } from './model';

/** How each kind of link is drawn: colour, width factor, dash pattern. */
const LINE: Readonly<Record<EdgeKind, { color: string; width: number; dash: string }>> = {
  affiliation: { color: '#c4c7c5', width: 1, dash: '' },
  membership: { color: '#9aa0a6', width: 1, dash: '' },
  scope: { color: '#80868b', width: 1, dash: '4 3' },
  convention: { color: '#3c4043', width: 2, dash: '' },
  broader: { color: '#5f6368', width: 1.2, dash: '' },
  narrower: { color: '#5f6368', width: 1.2, dash: '' },
  related: { color: '#9aa0a6', width: 1, dash: '5 3' },
  seeAlso: { color: '#9aa0a6', width: 1, dash: '1 3' },
};

export interface SvgOptions {
  /** A node's id: the view shows it and its neighbours, with every label. */
  readonly focus?: string | null;
  /** The width the SVG asks for, in CSS pixels (the height follows). */
  readonly pixelWidth?: number;
}

/** Pixels kept right of the graph for labels. */
const LABEL_ROOM = 140;

const n1 = (n: number): string => String(Math.round(n * 10) / 10);

/** The node's shape at (x, y) of radius r. */
export function shape(kind: NodeKind, x: number, y: number, r: number, attrs: string): string {
  switch (kind) {
    case 'project':
    case 'dossier': {
      const s = r * 0.85;
      return `<rect x="${n1(x - s)}" y="${n1(y - s)}" width="${n1(2 * s)}" height="${n1(2 * s)}" ${attrs}/>`;
    }
    case 'group':
      return `<polygon points="${n1(x)},${n1(y - r)} ${n1(x + r)},${n1(y)} ${n1(x)},${n1(y + r)} ${n1(x - r)},${n1(y)}" ${attrs}/>`;
    case 'partner':
    case 'person':
    case 'term':
      return `<circle cx="${n1(x)}" cy="${n1(y)}" r="${n1(r)}" ${attrs}/>`;
    default: {
      const unknown: never = kind;
      throw new Error(`forme inconnue : ${String(unknown)}`);
    }
  }
}

/** The nodes a zoom shows: the focus and its neighbours (all when no focus, or an unknown one). */
export function focusSet(p: GraphPicture, focus: string | null | undefined): Set<number> | null {
  const at = focus ? p.nodes.findIndex((n) => n.id === focus) : -1;
  if (at < 0) return null;
  const set = new Set([at]);
  for (const e of p.edges) {
    if (e.from === at) set.add(e.to);
    if (e.to === at) set.add(e.from);
  }
  return set;
}

function edgeSvg(p: GraphPicture, e: PictureEdge, unit: number, faded: boolean): string {
  const [a, b] = [p.nodes[e.from], p.nodes[e.to]];
  const l = LINE[e.kind];
  const dash = l.dash
    ? ` stroke-dasharray="${l.dash
        .split(' ')
        .map((d) => n1(Number(d) * unit))
        .join(' ')}"`
    : '';
  const arrow = e.directed && (e.kind === 'broader' || e.kind === 'narrower') ? ' marker-end="url(#arrow)"' : '';
  const op = faded ? ' stroke-opacity="0.12"' : '';
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const d = Math.hypot(dx, dy) || 1;
  const [x2, y2] = [b.x - (dx / d) * b.r, b.y - (dy / d) * b.r];
  return `<line x1="${n1(a.x)}" y1="${n1(a.y)}" x2="${n1(x2)}" y2="${n1(y2)}" stroke="${l.color}" stroke-width="${n1(l.width * unit)}"${dash}${arrow}${op}/>`;
}

function nodeSvg(n: PictureNode, unit: number, faded: boolean, showLabel: boolean): string {
  const op = faded ? ' fill-opacity="0.15" stroke-opacity="0.15"' : '';
  const title = `<title>${escapeXml(n.label)}</title>`;
  const body = shape(n.kind, n.x, n.y, n.r, `fill="${n.color}" stroke="#ffffff" stroke-width="${n1(0.6 * unit)}"${op}`);
  const label = showLabel
    ? `<text x="${n1(n.x + n.r + 2 * unit)}" y="${n1(n.y + 4 * unit)}" font-size="${n1(11 * unit)}">${escapeXml(n.label)}</text>`
    : '';
  return `<g data-id="${escapeXml(n.id)}">${title}${body}</g>${label}`;
}

function legendSvg(items: readonly LegendItem[], left: number, top: number, unit: number): string {
  return items
    .map((it, i) => {
      const y = top + (i + 0.5) * 18 * unit;
      const x = left + 8 * unit;
      const r = 5 * unit;
      const mark =
        it.swatch === 'color'
          ? `<circle cx="${n1(x + r)}" cy="${n1(y)}" r="${n1(r)}" fill="${it.color}"/>`
          : it.swatch === 'shape'
            ? shape(it.kind, x + r, y, r, 'fill="#80868b"')
            : `<line x1="${n1(x - r)}" y1="${n1(y)}" x2="${n1(x + 3 * r)}" y2="${n1(y)}" stroke="${LINE[it.kind].color}" stroke-width="${n1(1.5 * unit)}"${
                LINE[it.kind].dash
                  ? ` stroke-dasharray="${LINE[it.kind].dash
                      .split(' ')
                      .map((d) => n1(Number(d) * unit))
                      .join(' ')}"`
                  : ''
              }/>`;
      return `${mark}<text x="${n1(x + 4 * r)}" y="${n1(y + 4 * unit)}" font-size="${n1(11 * unit)}">${escapeXml(it.label)}</text>`;
    })
    .join('');
}

/** The picture as one SVG document; with a focus, zoomed on that node and its neighbours. */
export function pictureSvg(p: GraphPicture, opts: SvgOptions = {}): string {
  const shown = focusSet(p, opts.focus);
  let [x0, y0, w, h] = [0, 0, p.width, p.height];
  if (shown) {
    const ns = [...shown].map((i) => p.nodes[i]);
    x0 = Math.min(...ns.map((n) => n.x - n.r)) - 20;
    y0 = Math.min(...ns.map((n) => n.y - n.r)) - 20;
    w = Math.max(...ns.map((n) => n.x + n.r)) + 120 - x0;
    h = Math.max(...ns.map((n) => n.y + n.r)) + 20 - y0;
  }
  const pixelWidth = opts.pixelWidth ?? 800;
  w *= 1 + LABEL_ROOM / pixelWidth; // room on the right for the labels of the rightmost nodes
  const unit = Math.max(w, h * 0.75) / pixelWidth; // picture units per pixel: text and lines keep their size on screen
  const legendTop = y0 + h;
  const legendHeight = p.legend.length * 18 * unit + 8 * unit;
  const edges = p.edges.map((e) => edgeSvg(p, e, unit, shown !== null && !(shown.has(e.from) && shown.has(e.to))));
  const nodes = p.nodes.map((n, i) => nodeSvg(n, unit, shown !== null && !shown.has(i), shown ? shown.has(i) : n.labelled));
  const height = Math.round((pixelWidth * (h + legendHeight)) / w);
  const arrow = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="#5f6368"/></marker></defs>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${height}" viewBox="${n1(x0)} ${n1(y0)} ${n1(w)} ${n1(h + legendHeight)}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(`${p.title} — ${p.summary}`)}">` +
    `<title>${escapeXml(p.title)}</title>${arrow}<rect x="${n1(x0)}" y="${n1(y0)}" width="${n1(w)}" height="${n1(h + legendHeight)}" fill="#ffffff"/>` +
    `<g class="edges">${edges.join('')}</g><g class="nodes">${nodes.join('')}</g>` +
    `<g class="legend"><rect x="${n1(x0)}" y="${n1(legendTop)}" width="${n1(w)}" height="${n1(legendHeight)}" fill="#ffffff" fill-opacity="0.9"/>${legendSvg(p.legend, x0, legendTop, unit)}</g></svg>`
  );
}
