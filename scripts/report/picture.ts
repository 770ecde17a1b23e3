/**
 * A picture of the network or the atlas in the .docx: the same SVG as the sidebar's (labels and
 * legend), rasterised by resvg with the project's font (dejavu-fonts-ttf), so it looks the same on any machine.
 */
import type { GraphPicture } from '../../shared/graph/picture';
import { pictureSvg } from '../../shared/graph/svg';
import { dirname, join } from 'node:path';

type Docx = typeof import('docx');

function fontFiles(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}

/** The page's width for a picture, in points of the .docx (about 16 cm). */
const PAGE_WIDTH = 600;

export async function picturePng(p: GraphPicture): Promise<{ png: Buffer; width: number; height: number }> {
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = pictureSvg(p, { pixelWidth: PAGE_WIDTH });
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { png: r.asPng(), width: r.width / 2, height: r.height / 2 };
}

export async function pictureParagraphs(d: Docx, p: GraphPicture) {
  const { png, width, height } = await picturePng(p);
  return [
    new d.Paragraph({
      children: [
        new d.ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width), height: Math.round(height) },
          altText: { name: p.title, title: p.title, description: p.summary },
        }),
      ],
    }),
    new d.Paragraph({ children: [new d.TextRun({ text: p.summary, italics: true, color: '5F6368', size: 18 })] }),
  ];
}
