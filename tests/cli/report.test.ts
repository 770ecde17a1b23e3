import { mkdtempSync } from 'node:fs';
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
    const zip = await XlsxArchive.open(file, 'rapport', 'word/document.xml');
    expect([...zip.entries.keys()].filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toHaveLength(2);
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
