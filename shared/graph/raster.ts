/**
 * A picture as PNG bytes, drawn here without any service (the Google Doc takes images, not SVG;
 * the same path as the report's bars, shared/reports/bar-png.ts): links as one-pixel lines, nodes
 * as filled discs, squares and diamonds in their colours on white, as a palette PNG
 * (shared/reports/palette-png.ts) — a picture is mostly white. No labels:
 * the legend goes beside it as text. It draws what the picture says and computes nothing.
 */
import { palettePng } from '../reports/palette-png';
import type { GraphPicture, PictureNode } from './picture';

const WHITE = '#ffffff';
const LIGHT_LINE = '#c4c7c5';
const DARK_LINE = '#5f6368';

/** A canvas of palette indexes. */
class Canvas {
  readonly px: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.px = new Uint8Array(width * height);
  }

  set(x: number, y: number, c: number): void {
    if (x >= 0 && y >= 0 && x < this.width && y < this.height) this.px[y * this.width + x] = c;
  }

  /** Bresenham's line. */
  line(x0: number, y0: number, x1: number, y1: number, c: number): void {
    const [dx, dy] = [Math.abs(x1 - x0), -Math.abs(y1 - y0)];
    const [sx, sy] = [x0 < x1 ? 1 : -1, y0 < y1 ? 1 : -1];
    let err = dx + dy;
    for (let guard = 0; guard <= dx - dy; guard++) {
      this.set(x0, y0, c);
      if (x0 === x1 && y0 === y1) return;
      const e2 = 2 * err;
      if (e2 >= dy) [err, x0] = [err + dy, x0 + sx];
      if (e2 <= dx) [err, y0] = [err + dx, y0 + sy];
    }
  }

  /** A node's shape: disc, square (projects, dossiers) or diamond (groups). */
  node(n: PictureNode, x: number, y: number, r: number, c: number): void {
    const inside =
      n.kind === 'project' || n.kind === 'dossier'
        ? (dx: number, dy: number) => Math.max(Math.abs(dx), Math.abs(dy)) <= r * 0.85
        : n.kind === 'group'
          ? (dx: number, dy: number) => Math.abs(dx) + Math.abs(dy) <= r
          : (dx: number, dy: number) => dx * dx + dy * dy <= r * r;
    for (let dy = -Math.ceil(r); dy <= Math.ceil(r); dy++)
      for (let dx = -Math.ceil(r); dx <= Math.ceil(r); dx++) if (inside(dx, dy)) this.set(x + dx, y + dy, c);
  }
}

/** The picture's pixel size for a given width: its proportions, at most `maxHeight` high. */
export function rasterSize(p: GraphPicture, pixelWidth: number, maxHeight = 1100): { width: number; height: number; scale: number } {
  const scale = Math.min(pixelWidth / p.width, maxHeight / p.height);
  return { width: Math.max(1, Math.round(p.width * scale)), height: Math.max(1, Math.round(p.height * scale)), scale };
}

/** The picture as PNG bytes, `pixelWidth` wide (or less when the picture is tall). */
export function picturePng(p: GraphPicture, pixelWidth = 800): number[] {
  const { width, height, scale } = rasterSize(p, pixelWidth);
  const palette = [WHITE, LIGHT_LINE, DARK_LINE, ...new Set(p.nodes.map((n) => n.color))].slice(0, 256);
  const index = new Map(palette.map((c, i) => [c, i]));
  const c = new Canvas(width, height);
  const at = (n: PictureNode) => [Math.round(n.x * scale), Math.round(n.y * scale)] as const;
  for (const e of p.edges) {
    const [[x0, y0], [x1, y1]] = [at(p.nodes[e.from]), at(p.nodes[e.to])];
    c.line(x0, y0, x1, y1, e.kind === 'convention' || e.kind === 'broader' || e.kind === 'narrower' ? 2 : 1);
  }
  for (const n of p.nodes) c.node(n, ...at(n), Math.max(1.5, n.r * scale), index.get(n.color) ?? 2);
  return palettePng(width, height, c.px, palette);
}
