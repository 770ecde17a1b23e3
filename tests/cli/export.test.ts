import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citego } from '../helpers/cli';

describe('citego export', () => {
  it('writes the demo year’s pack into DIR/<year>/ and a second run replaces it without duplicates', () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-export-'));
    const r = citego(['export', '--year', '2025', '--out', out, '--date', '2026-01-15']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dossier expert-comptable 2025 :');
    expect(r.stdout).toContain('✓ FEC : 812345679FEC20251231.txt, 242 écritures équilibrées');
    expect(r.stdout).toContain('! Journal : 2 lignes à corriger (lignes 72, 97), non reprises');
    expect(r.stdout).toMatch(/ {2}812345679FEC20251231\.txt +Fichier des écritures comptables \(\d+ lignes\)\n/);
    expect(r.stdout).toMatch(/ {2}pieces-2025\.csv +Index des pièces et justificatifs\n/);
    const files = readdirSync(join(out, '2025')).sort();
    expect(files).toEqual(
      [
        '812345679FEC20251231.txt',
        'balance-2025.csv',
        'benevolat-2025.csv',
        'budget-realise-2025.csv',
        'grand-livre-2025.csv',
        'lignes-ecartees-2025.csv',
        'pieces-2025.csv',
        'subventions-2025.csv',
      ].sort(),
    );
    const volunteer = readFileSync(join(out, '2025', 'benevolat-2025.csv'), 'utf8');
    expect(volunteer).toContain('Total;856,5;12,00;10278,00;10278,00');
    // The FEC on disk is ISO 8859-15: « déplacements » is d, E9, p…, and it opens with the AN journal on 530, never 53.
    const fec = new TextDecoder('iso-8859-15').decode(readFileSync(join(out, '2025', '812345679FEC20251231.txt')));
    expect(fec).toContain('\tVoyages et déplacements\t');
    expect(fec.split('\r\n')[1]).toMatch(/^AN\tÀ nouveaux\tAN-000001\t20250101\t/);
    expect(fec).toMatch(/\t530\tCaisse\t/);
    expect(fec).not.toMatch(/\t53\t/);
    // --date is the day of the export: the cash book's lines are validated on it (docs/domain.md, FEC).
    expect(
      fec
        .split('\r\n')
        .find((l) => l.startsWith('BQ\t'))
        ?.split('\t')[15],
    ).toBe('20260115');
    expect(citego(['export', '--year', '2025', '--out', out]).code).toBe(0);
    expect(readdirSync(join(out, '2025')).sort()).toEqual(files);
  });

  it('with --lang en, the checklist and the descriptions are in English; the files keep their French names', () => {
    const out = mkdtempSync(join(tmpdir(), 'citego-export-'));
    const r = citego(['export', '--year', '2025', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Accountant's folder 2025:");
    expect(r.stdout).toContain('✓ FEC: 812345679FEC20251231.txt, 242 balanced entries');
    expect(r.stdout).toContain('! Journal: 2 lines to fix (rows 72, 97), left out');
    expect(r.stdout).toMatch(/! Receipts: \d+ vouchers without a number or a receipt\n/);
    expect(r.stdout).toMatch(/ {2}812345679FEC20251231\.txt +Accounting entries file \(FEC, \d+ lines\)\n/);
    expect(r.stdout).toMatch(/ {2}grand-livre-2025\.csv +General ledger\n/);
    expect(r.stdout).toMatch(/ {2}lignes-ecartees-2025\.csv +Journal lines to fix, left out of the entries\n/);
    expect(r.stdout).not.toMatch(/écriture|ligne\(s\)|pièce|Fichier des/);
    // The files are for a French accountant: French names and headers.
    expect(readFileSync(join(out, '2025', 'grand-livre-2025.csv'), 'utf8')).toMatch(/^\uFEFF?Compte;Intitulé du compte;Date;Journal;/);
  });

  it('a year without data is one clear line and exit code 2', () => {
    const r = citego(['export', '--year', '2019', '--out', mkdtempSync(join(tmpdir(), 'citego-export-'))]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'citego : Aucune opération du Journal entre le 01/01/2019 et le 31/12/2019 : pas de dossier 2019 à préparer.',
    );
  });
});
