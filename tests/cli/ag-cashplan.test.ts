/** `citego ag` and `citego cashplan` on the demo, as a user runs them (docs/domain.md, "The AG pack", "Twelve-month cash plan"). */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxArchive } from '../../scripts/xlsx/zip';
import { citego } from '../helpers/cli';

async function docxText(path: string): Promise<string> {
  const zip = await XlsxArchive.open(path, 'ag', 'word/document.xml');
  return zip
    .text('word/document.xml')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/[\u202f\u00a0]/g, ' ');
}

describe('citego ag', () => {
  it('writes DIR/assemblee-generale-<année>.docx: agenda, allocation of the result, budget, procès-verbal', async () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-ag-'));
    const r = citego(['ag', '--year', '2025', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().endsWith('assemblee-generale-2025.docx')).toBe(true);
    const text = await docxText(join(out, 'assemblee-generale-2025.docx'));
    for (const expected of [
      'Assemblée générale — comptes 2025',
      'Ordre du jour (projet)',
      'Affectation du résultat 2025',
      'décide d’imputer le déficit de l’exercice 2025, soit 25 559,42 €, au report à nouveau, qui passe de 27 982,00 € à 2 422,58 €.',
      'Budget prévisionnel 2026',
      'arrêté en charges et en produits à 47 450,00 €',
      'Procès-verbal (projet)',
      'Résolution n° 3 — Budget prévisionnel 2026',
      'Abstentions',
    ])
      expect(text).toContain(expected);
  });

  it('in English with --lang en', async () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-ag-'));
    expect(citego(['ag', '--year', '2025', '--out', out, '--lang', 'en']).code).toBe(0);
    expect(readdirSync(out)).toEqual(['general-meeting-2025.docx']);
    expect(await docxText(join(out, 'general-meeting-2025.docx'))).toContain('Minutes (draft)');
  });
});

describe('citego cashplan', () => {
  it('prints twelve months from --from, the opening and the months below Trésorerie minimale flagged, the versements incertains apart', () => {
    const r = citego(['cashplan', '--from', '2026-01']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').map((l) => l.replace(/[\u202f\u00a0]/g, ' '));
    expect(lines[0]).toBe('Citego — Cités, territoires, gouvernance — Plan de trésorerie de janvier 2026 à décembre 2026');
    expect(lines[1]).toBe('Banque et caisse au 01/01/2026 : 17 422,58 €.');
    const months = lines.filter((l) => /^\S+ 2026 /.test(l));
    expect(months).toHaveLength(12);
    // C-2025-009's 12 000 € of 30/01/2026 is not counted (unsigned, ended 30/11/2025): January is the
    // budget's 2 387,49 € in and 3 554,16 € out only.
    expect(months[0]).toMatch(/^janvier 2026 +17 422,58 € +2 387,49 € +3 554,16 € +16 255,91 € +sous le seuil$/);
    expect(months.filter((l) => l.endsWith('sous le seuil'))).toHaveLength(12);
    expect(months[11]).toMatch(/17 422,58 € +sous le seuil$/);
    expect(lines).toContain('- La trésorerie de départ est déjà sous la trésorerie minimale de 25 000,00 €.');
    expect(lines).toContain('- Point bas : juin 2026, 10 422,56 €.');
    expect(lines).toContain(
      '- Versement incertain, non compté : C-2025-009, 12 000,00 € à recevoir le 30/01/2026 (convention non signée ; convention terminée avant le début du plan).',
    );
    expect(lines).toContain(
      '- Remboursement probable, non compté faute de date : C-2025-009, 1 200,00 € reçus au-delà des dépenses justifiées d’une convention terminée.',
    );
  });

  it('an unreadable month: one line, exit code 2', () => {
    const r = citego(['cashplan', '--from', '2026-13']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('citego : Mois « 2026-13 » illisible : attendu AAAA-MM, comme 2026-01.\n');
    expect(r.stdout).toBe('');
  });
});
