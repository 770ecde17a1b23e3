import { dirname, join } from 'node:path';
import type { Lang } from '../../shared/i18n/lang';
import { cellText } from '../../shared/reports/cell-text';
import type { ReportChart } from '../../shared/reports/doc';

const WIDTH = 640;
const ROW = 30;
const LABEL = 290;
const BAR = 230;
const TOP = 40;

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function wrap(label: string, max = 42): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** A horizontal bar chart as SVG: the figures come from the report model, this only draws them. */
export function chartSvg(chart: ReportChart, lang: Lang): { svg: string; width: number; height: number } {
  const max = Math.max(1, ...chart.bars.map((b) => b.amount));
  const height = TOP + chart.bars.length * ROW + 16;
  const rows = chart.bars
    .map((b, i) => {
      const y = TOP + i * ROW;
      const w = Math.max(1, Math.round((b.amount / max) * BAR));
      return (
        `<text x="${LABEL - 8}" y="${y + 19}" text-anchor="end" font-size="12" fill="#3c4043">${escapeXml(wrap(b.label))}</text>` +
        `<rect x="${LABEL}" y="${y + 6}" width="${w}" height="18" rx="2" fill="#1a73e8"/>` +
        `<text x="${LABEL + w + 6}" y="${y + 19}" font-size="12" fill="#202124">${escapeXml(cellText({ amount: b.amount }, lang))}</text>`
      );
    })
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="12" y="24" font-size="15" font-weight="bold" fill="#202124">${escapeXml(chart.title)}</text>${rows}</svg>`;
  return { svg, width: WIDTH, height };
}

/** The font shipped with the project (dejavu-fonts-ttf), so charts look the same on any machine. */
export function fontFiles(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}

export async function chartPng(chart: ReportChart, lang: Lang): Promise<{ png: Buffer; width: number; height: number }> {
  const { Resvg } = await import('@resvg/resvg-js');
  const { svg, width, height } = chartSvg(chart, lang);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return { png, width, height };
}
