import { inflateSync } from 'node:zlib';
import { base64, solidPng } from '../../shared/reports/bar-png';
import { reportHtml } from '../../shared/reports/html';
import type { ReportDoc } from '../../shared/reports/doc';
import type { Cents } from '../../shared/values/money';

/** The chunks of a PNG: type and data. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.subarray(at + 4, at + 8).toString(), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('a chart bar as a PNG made without any service', () => {
  it('is a valid PNG of the asked size, every pixel of the bar colour', () => {
    const png = Buffer.from(solidPng(123, 14, '#1a73e8'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([parts[0].data.readUInt32BE(0), parts[0].data.readUInt32BE(4)]).toEqual([123, 14]);
    expect(parts[1].data.toString('hex')).toBe('1a73e8');
    const raw = inflateSync(parts[2].data); // zlib checks the Adler-32 itself
    expect(raw.length).toBe(14 * (1 + 123));
    expect([...raw].every((b) => b === 0)).toBe(true);
  });

  it('splits a long image into several stored deflate blocks', () => {
    const png = Buffer.from(solidPng(1000, 100, '#000000'));
    expect(inflateSync(chunks(png)[2].data).length).toBe(100 * 1001);
  });

  it('encodes base64 as Node does', () => {
    for (const bytes of [[], [1], [1, 2], [1, 2, 3], solidPng(7, 3, '#ff0000')])
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('the report as HTML for Drive to import', () => {
  const doc: ReportDoc = {
    title: 'Rapport <2025> & co',
    lang: 'fr',
    blocks: [
      { kind: 'heading', level: 1, text: 'Compte de résultat' },
      {
        kind: 'table',
        columns: [
          { header: 'Rubrique', align: 'left' },
          { header: '2025', align: 'right' },
        ],
        rows: [[{ text: '   Cotisations' }, { amount: 202000 as Cents, bold: true }]],
      },
      {
        kind: 'chart',
        title: 'Produits',
        bars: [
          { label: 'Dons', amount: 100 as Cents },
          { label: 'Ventes', amount: 50 as Cents },
        ],
      },
    ],
  };

  it('escapes the text, keeps indents, aligns amounts right and draws bars in proportion', () => {
    const html = reportHtml(doc);
    expect(html).toContain('<title>Rapport &#60;2025&#62; &#38; co</title>');
    expect(html).toContain('<h1>Compte de résultat</h1>');
    expect(html).toContain('>\u00a0\u00a0\u00a0Cotisations</td>');
    expect(html).toContain('text-align:right"><b>2\u202f020,00\u202f€</b></td>');
    expect([...html.matchAll(/width="(\d+)" height="14"/g)].map((m) => m[1])).toEqual(['300', '150']);
  });
});
