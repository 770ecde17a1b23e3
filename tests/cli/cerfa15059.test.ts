import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxArchive } from '../../scripts/xlsx/zip';
import { citego } from '../helpers/cli';

async function docxText(path: string): Promise<string> {
  const zip = await XlsxArchive.open(path, 'cerfa', 'word/document.xml');
  return zip
    .text('word/document.xml')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

describe('citego cerfa15059', () => {
  it('writes DIR/cerfa15059-<ID>-<année>.docx with the headings and the figures of the convention', async () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-cerfa-'));
    const r = citego(['cerfa15059', '--convention', 'C-2025-002', '--year', '2025', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().endsWith('cerfa15059-C-2025-002-2025.docx')).toBe(true);
    const text = await docxText(join(out, 'cerfa15059-C-2025-002-2025.docx'));
    for (const heading of [
      'Compte rendu financier de subvention — C-2025-002',
      'Identification',
      'Charges et produits de l’action',
      'Contributions volontaires en nature',
      'Part imputée à la convention',
      'Écarts de plus de 15 % : explications',
      'Bilan qualitatif de l’action',
      'Règles de répartition des charges indirectes',
      'Observations',
      'Attestation',
      '« Certifié exact »',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('74 — Subvention Région Auvergne-Rhône-Alpes (convention C-2025-002)');
    expect(text).toContain('28\u202f000,00\u202f€'); // granted
    expect(text).toContain('18\u202f717,95\u202f€'); // planned for 2025: its share of the convention's days
    expect(text).toContain('14\u202f000,00\u202f€');
    expect(text).toContain('Charges imputées à la convention C-2025-002');
    expect(text).toMatch(/La subvention représente \d+,\d\u202f?\s?% du total des produits de l’action/);
    // Page numbers on every page, the first too (the form has no cover).
    const zip = await XlsxArchive.open(join(out, 'cerfa15059-C-2025-002-2025.docx'), 'cerfa', 'word/document.xml');
    const footers = [...zip.entries.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => zip.text(n));
    expect(footers).toHaveLength(1);
    expect(footers[0]).toContain('Compte rendu financier C-2025-002 — 2025');
    expect(footers[0]).toMatch(/<(w:)?instrText[^>]*>\s*PAGE\s*<\/(w:)?instrText>/);
    expect(zip.text('word/document.xml')).not.toContain('<w:titlePg');
  });

  it('in English with --lang en', async () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-cerfa-'));
    expect(citego(['cerfa15059', '--convention', 'C-2025-002', '--year', '2025', '--out', out, '--lang', 'en']).code).toBe(0);
    expect(await docxText(join(out, 'cerfa15059-C-2025-002-2025.docx'))).toContain('Financial report on a subsidy');
  });

  it('an unknown convention, or one that is not a subsidy: one line, exit code 2, no file', () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-cerfa-'));
    const unknown = citego(['cerfa15059', '--convention', 'C-2099-001', '--out', out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('citego : Convention « C-2099-001 » introuvable dans la feuille Conventions.\n');
    const patronage = citego(['cerfa15059', '--convention', 'C-2025-003', '--out', out]);
    expect(patronage.code).toBe(2);
    expect(patronage.stderr.trim().split('\n')).toHaveLength(1);
    expect(patronage.stderr).toMatch(/n’est pas une subvention reçue/);
    expect(citego(['cerfa15059', '--out', out]).stderr).toBe(
      'citego : Indiquez la convention de subvention : --convention C-2025-002 (son ID dans la feuille Conventions).\n',
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
