import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { citego } from '../helpers/cli';
import { GRAPH_SHEETS } from '../helpers/graph-book';

const dir = mkdtempSync(join(tmpdir(), 'citego-network-'));

/** The test association's network and atlas as an .xlsx, dates as the dd/mm/yyyy text people type. */
async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(GRAPH_SHEETS))
    wb.addWorksheet(name).addRows(rows.map((r) => r.map((c) => (c === null ? '' : c))));
  const file = join(dir, 'asso.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** Counts the elements of an XML file with a strict parser (which throws on a malformed one). */
function count(xml: string): Record<string, number> {
  const n: Record<string, number> = {};
  const sax = new SaxesParser({ xmlns: true });
  sax.on('opentag', (t) => (n[t.local] = (n[t.local] ?? 0) + 1));
  sax.write(xml).close();
  return n;
}

describe('citego network', () => {
  it('sums the network up, writes the GEXF Gephi opens and the SVG picture, labels escaped', async () => {
    const file = await workbook();
    const [gexf, svg] = [join(dir, 'reseau.gexf'), join(dir, 'reseau.svg')];
    const r = citego(['network', '--workbook', file, '--year', '2025', '--gexf', gexf, '--svg', svg]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Réseau : 23 nœuds, 22 liens, \d+ communautés\nÉcrit : .*reseau\.gexf\nÉcrit : .*reseau\.svg\n$/);
    const g = count(readFileSync(gexf, 'utf8'));
    expect([g.node, g.edge]).toEqual([23, 22]);
    const s = readFileSync(svg, 'utf8');
    expect(count(s).svg).toBe(1);
    expect(s).toContain('IRD &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; co');
    expect(s).not.toContain('<script>');
  });

  it('in English, and the whole network without --year', async () => {
    const r = citego(['network', '--workbook', await workbook(), '--lang', 'en']);
    expect(r.code).toBe(0);
    // Every mandate and convention: Jean Le Goff's 2024 mandate and the 2024 convention too.
    expect(r.stdout).toMatch(/^Network: 23 nodes, 24 links, \d+ communities\n$/);
  });
});
