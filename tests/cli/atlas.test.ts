/** `citego atlas --coverage` on the demo (docs/domain.md, "Relational atlas", Coverage). */
import { citego } from '../helpers/cli';

describe('citego atlas --coverage', () => {
  it('prints the domains, what the site does not say yet, the terms of the year and the watch themes without a term', () => {
    const r = citego(['atlas', '--coverage', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe("Citego — Cités, territoires, gouvernance — Couverture de l'atlas (2025)");
    expect(lines).toContain('  Environnement           13                   1                4');
    expect(lines).toContain("  Économie × Services publics : aucun contenu publié (6 relations dans l'atlas), 2 en préparation");
    expect(lines).toContain('    4  Eau (Services publics)');
    expect(lines).toContain('  16/04/2025 — Communs numériques et collectivités');
  });

  it('speaks English and refuses a bad year in one line', () => {
    const en = citego(['atlas', '--coverage', '--year', '2025', '--lang', 'en']);
    expect(en.stdout).toContain('What the site does not say yet');
    expect(en.stdout).toContain('  Économie × Services publics: no published content (6 relations in the atlas), 2 in preparation');
    const bad = citego(['atlas', '--coverage', '--year', '20x5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
