import { citego } from '../helpers/cli';

describe('citego partner on the demo', () => {
  it('prints the card of P-0003: its convention, money by year from the booked lines, people, Mémoire, deadlines', () => {
    const r = citego(['partner', 'P-0003', '--date', '2026-01-15']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('P-0003 — Fondation pour le progrès de l’homme');
    expect(r.stdout).toContain(
      '  2025  C-2025-003  18\u202f000,00\u202f€ recette, 18\u202f000,00\u202f€ reçus à ce jour  terminée  Programme gouvernance de l’eau  [Conventions ligne 4]', // Fin 31/12/2025: past
    );
    expect(r.stdout).toMatch(/ {2}2025 +18\u202f000,00\u202f€ +0,00\u202f€\n/);
    expect(r.stdout).toContain(
      '    G-0006 Comité de relecture du dossier « Transitions » — animateur, depuis le 01/10/2025  [Membres ligne 24]',
    );
    expect(r.stdout).toContain('  07/10/2025  Rencontre avec la FPH sur les dossiers 2026 (Partenaire)  [Mémoire ligne 23]');
    expect(r.stdout).toContain('  31/03/2026  rapport C-2025-003  [Échéances ligne 9]');
    expect(r.stderr).toBe('');
  });

  it('P-0002: the direction of the money, what was received to date, « terminée » once the Fin is past', () => {
    const line = (date: string) =>
      citego(['partner', 'P-0002', '--date', date])
        .stdout.split('\n')
        .find((l) => l.includes('C-2025-002')) ?? '';
    // Half the 28 000 € convention was received: the card never says it was « reçue ».
    expect(line('2026-01-15')).toBe(
      '  2025  C-2025-002  28\u202f000,00\u202f€ recette, 14\u202f000,00\u202f€ reçus à ce jour  en cours  Atlas relationnel — soutien régional  [Conventions ligne 3]',
    );
    expect(line('2026-07-01')).toContain('14\u202f000,00\u202f€ reçus à ce jour  terminée  Atlas relationnel');
  });

  it('finds a partner by name and speaks English', () => {
    const r = citego(['partner', 'Région Auvergne-Rhône-Alpes', '--date', '2026-01-15', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('P-0002 — Région Auvergne-Rhône-Alpes');
    expect(r.stdout).toContain('Money received and paid');
    expect(r.stdout).toContain('[Conventions row 3]');
    expect(r.stdout).toContain('€28,000.00 income, €14,000.00 received to date  en cours');
  });

  it('refuses an unknown partner in one line, exit code 2', () => {
    const r = citego(['partner', 'P-0999']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('citego : Partenaire « P-0999 » introuvable dans la feuille Partenaires (ni par son ID, ni par son nom).');
    expect(r.stdout).toBe('');
  });
});
