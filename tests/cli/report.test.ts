import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxArchive } from '../../scripts/xlsx/zip';
import { citego } from '../helpers/cli';

async function docxText(path: string): Promise<string> {
  const zip = await XlsxArchive.open(path, 'rapport', 'word/document.xml');
  return zip
    .text('word/document.xml')
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

describe('citego report', () => {
  it('--out naming a file, or a path through a file, is refused in one French sentence (report, export, cerfa15059)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citego-out-'));
    const file = join(dir, 'un-fichier');
    writeFileSync(file, 'x');
    for (const args of [
      ['report', '--year', '2025', '--out', file],
      ['export', '--year', '2025', '--out', join(file, 'sous-dossier')],
      ['cerfa15059', '--convention', 'C-2025-002', '--out', file],
    ]) {
      const r = citego(args);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(
        /^citego : Impossible d'écrire .+ \(un fichier porte ce nom, ou le chemin passe par un fichier au lieu d’un dossier\)/,
      );
    }
  });

  it('writes DIR/rapport-annuel-<année>.docx, prints its path, and the document holds the totals and the charts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-report-'));
    const r = citego(['report', '--year', '2025', '--out', out]);
    expect(r.code).toBe(0);
    const file = join(out, 'rapport-annuel-2025.docx');
    expect(r.stdout.trim().endsWith('rapport-annuel-2025.docx')).toBe(true);
    const text = await docxText(file);
    expect(text).toContain('Rapport annuel 2025');
    expect(text).toContain('Compte de résultat');
    expect(text).toContain('90\u202f460,00\u202f€');
    expect(text).toContain('116\u202f019,42\u202f€');
    expect(text).toContain('-25\u202f559,42\u202f€');
    // Each chart is its bars: the whole label as text (never cut), a PNG bar, the amount.
    const zip = await XlsxArchive.open(file, 'rapport', 'word/document.xml');
    expect([...zip.entries.keys()].some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
    expect(zip.text('word/document.xml').match(/<pic:pic\b/g)).toHaveLength(13); // the charts' bars, the network's and the atlas' pictures, the cash plan's line
    for (const label of ['Ressources liées à la générosité du public', 'Services extérieurs et autres services extérieurs'])
      expect(text).toContain(label);
    expect(text).not.toContain('…');
    // Page numbers and the footer (association, year) on every page but the cover; the contents' page numbers are fields.
    const footers = [...zip.entries.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => zip.text(n));
    const footer = footers.find((x) => x.includes('Rapport annuel 2025')) ?? '';
    expect(footer).toContain('Citego — Cités, territoires, gouvernance — Rapport annuel 2025');
    expect(footer).toMatch(/<(w:)?instrText[^>]*>\s*PAGE\s*<\/(w:)?instrText>/);
    expect(footer).toMatch(/<(w:)?instrText[^>]*>\s*NUMPAGES\s*<\/(w:)?instrText>/);
    expect(zip.text('word/document.xml')).toMatch(/PAGEREF h0/);
    expect(zip.text('word/document.xml')).toMatch(/<(w:)?titlePg\/>/);
    expect(text).toContain('Plan de trésorerie sur douze mois');
  });

  it('in English with --lang en', async () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-report-'));
    expect(citego(['report', '--year', '2025', '--out', out, '--lang', 'en']).code).toBe(0);
    expect(await docxText(join(out, 'annual-report-2025.docx'))).toContain('Income statement');
  });

  it('a year without data: one clear line, exit code 2, no file', () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-report-'));
    const r = citego(['report', '--year', '2019', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^citego : Aucune donnée pour l'exercice 2019/);
  });
});
