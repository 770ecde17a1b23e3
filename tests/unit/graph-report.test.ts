import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import type { ReportBlock, ReportDoc, ReportPicture, ReportTable } from '../../shared/reports/doc';
import { reportHtml } from '../../shared/reports/html';
import type { IsoDate } from '../../shared/values/dates';
import { renderDocx } from '../../scripts/report/docx';
import { XlsxArchive } from '../../scripts/xlsx/zip';
import { CallLog } from '../fakes/calls';
import { importHtml } from '../fakes/docs-import';
import type { FakeInlineImage } from '../fakes/document';
import { graphBook } from '../helpers/graph-book';
import { cellText } from '../../shared/reports/cell-text';

const report = (lang: 'fr' | 'en' = 'fr'): ReportDoc =>
  buildAnnualReport(graphBook(), 2025, { lang, generatedOn: '2026-01-15' as IsoDate });

/** The blocks under a heading, up to the next heading of the same level or above. */
function under(doc: ReportDoc, heading: string): ReportBlock[] {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  expect(at).toBeGreaterThanOrEqual(0);
  const level = (doc.blocks[at] as { level: number }).level;
  const end = doc.blocks.findIndex((b, i) => i > at && b.kind === 'heading' && b.level <= level);
  return doc.blocks.slice(at + 1, end < 0 ? undefined : end);
}

const rowsOf = (t: ReportBlock | undefined): string[][] => (t as ReportTable).rows.map((r) => r.map((c) => cellText(c, 'fr')));

describe('the annual report’s network and atlas', () => {
  it('« Le réseau en 2025 »: the picture of the year, the new partners by type and country, groups with members and meetings, opportunities won and lost', () => {
    const blocks = under(report(), 'Le réseau en 2025');
    const picture = blocks.find((b): b is ReportPicture => b.kind === 'picture')!.picture;
    // 7 partners, 8 persons, 3 projects, 4 groups, 1 reviewed dossier; links: 7 affiliations, 9 mandates of 2025
    // (Jean Le Goff's ended in 2024), 4 groups' projects and dossier, 2 conventions of 2025 (not 2024's).
    expect(picture.nodes).toHaveLength(23);
    expect(picture.summary).toBe('23 nœuds, 22 liens');
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(rowsOf(tables[0])).toEqual([
      ['collectivité', 'Sénégal', 'Ville de Dakar, Ville de Saint-Louis', '2'],
      ['fondation', 'Suisse', 'Fondation Charles Léopold Mayer', '1'],
    ]);
    expect(rowsOf(tables[1])).toEqual([
      ['Groupe gouvernance urbaine', 'groupe de travail', '3', '2'],
      ['Comité de relecture foncier', 'comité de relecture', '2', '1'],
      ['Comité de pilotage formation', 'comité de pilotage', '2', '0'],
      ['Groupe eau et assainissement', 'groupe de travail', '2', '0'],
    ]);
    expect(rowsOf(tables[2])).toEqual([
      ['Appel Fondation', 'Fondation Charles Léopold Mayer', 'ATLAS', 'accordée', '15\u202f000,00\u202f€'],
      ['Région formation', 'Région Bretagne', 'FORM', 'refusée', '10\u202f000,00\u202f€'],
    ]);
    expect(blocks).toContainEqual({ kind: 'paragraph', style: 'note', text: expect.stringMatching(/^1 gagnée, 1 perdue/) });
  });

  it('the atlas picture: one node per term, its legend by domain and relation', () => {
    const blocks = under(report('en'), 'The relational atlas');
    const picture = (blocks[0] as ReportPicture).picture;
    expect(picture.nodes).toHaveLength(9);
    expect(picture.legend.map((l) => l.label)).toEqual([
      'Économie',
      'Gouvernance',
      'Territoire',
      'No domain',
      'broader',
      'related',
      'see also',
    ]);
  });

  it('is in the Google Doc Drive makes of the report: both pictures as PNG images of the size announced, with their legend', () => {
    const doc = importHtml(new CallLog(), 'doc-1', 'Rapport', reportHtml(report()));
    const images = doc.body.children.filter((c): c is FakeInlineImage => 'kind' in c && c.kind === 'inlineImage');
    const pictures = images.filter((i) => i.width >= 300);
    expect(pictures.map((i) => i.alt)).toEqual([
      'Le réseau en 2025 — 23 nœuds, 22 liens',
      expect.stringMatching(/^L’atlas relationnel — 9 termes, 7 relations, 4 contenus indexés/),
      // then the cash plan's line chart (its own section), at the size it is shown
      expect.stringMatching(/^janv\. 2026, févr\. 2026, .*, déc\. 2026$/),
    ]);
    const texts = doc.body.children.map((c) => ('getText' in c ? (c as { getText(): string }).getText() : ''));
    expect(texts).toContainEqual(expect.stringMatching(/^Communauté \d : autour de Groupe gouvernance urbaine$/));
    expect(texts).toContain('◆ Groupe ou comité');
  });

  it('is in the .docx: an image part in word/media for each picture, besides the charts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'citego-graph-')), 'rapport.docx');
    writeFileSync(file, await renderDocx(report()));
    const zip = await XlsxArchive.open(file, 'rapport', 'word/document.xml');
    const media = [...zip.entries.keys()].filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    expect(media.length).toBeGreaterThanOrEqual(2);
    const withoutNetwork = buildAnnualReport(graphBook({ Personnes: [], Membres: [], Opportunités: [], Atlas: [] }), 2025, {
      lang: 'fr',
      generatedOn: '2026-01-15' as IsoDate,
    });
    writeFileSync(file, await renderDocx(withoutNetwork));
    const fewer = [...(await XlsxArchive.open(file, 'rapport', 'word/document.xml')).entries.keys()].filter((n) =>
      n.startsWith('word/media/'),
    );
    expect(media.length - fewer.length).toBe(2);
  });
});
