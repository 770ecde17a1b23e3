/** `citego memory` and `citego calendar` on the demo (issue 16), as a user runs them. */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { citego } from '../helpers/cli';

describe('citego memory', () => {
  it('finds the charter offline, best first, each entry with its row; words need no quotes', () => {
    const r = citego(['memory', 'CHARTE', 'partenariats']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('Mémoire!'));
    expect(lines[0]).toMatch(/^Mémoire!17 +06\/02\/2025 {2}décision {2}Adoption de la charte des partenariats$/);
    expect(lines[1]).toContain('Révision de la charte pour les universités étrangères');
  });

  it('filters by type and year, the type typed without its accent', () => {
    const r = citego(['memory', '--type', 'decision', '--year', '2025']);
    const titles = r.stdout.split('\n').filter((l) => l.startsWith('Mémoire!'));
    expect(titles).toHaveLength(5);
    expect(titles.every((l) => l.includes('décision'))).toBe(true);
  });

  it('refuses an unknown type in one line, in English when asked', () => {
    const r = citego(['memory', '--type', 'réunion', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'citego : Unknown entry type “réunion”: choose AG, bureau, décision, événement, publication, partenariat.',
    );
  });

  it('writes the register of decisions as a .docx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citego-decisions-'));
    const r = citego(['memory', '--decisions', '--year', '2025', '--out', dir]);
    expect(r.code).toBe(0);
    const file = join(dir, 'registre-decisions-2025.docx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('citego calendar', () => {
  it('lists what is late and the next 90 days on a given day', () => {
    const r = citego(['calendar', '--date', '2026-01-15']);
    expect(r.code).toBe(0);
    const [late, next] = r.stdout.split('\n\n');
    expect(late.split('\n')[0]).toBe('En retard');
    expect(late).toContain('30/06/2025  Compte rendu financier (Cerfa 15059) de la subvention C-2024-003  [Échéances!12]');
    expect(next.split('\n')[0]).toBe('Dans les 90 prochains jours');
    expect(next).toContain('12/02/2026  Réunion : Comité de pilotage de l’atlas (G-0003)  [Mémoire!21]');
  });

  it('writes an .ics file that a calendar app reads', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'citego-ics-')), 'echeances.ics');
    const r = citego(['calendar', '--ics', file, '--date', '2026-01-15']);
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(30);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids).toContain('convention-C-2025-006-end@citego-cites-territoires-gouvernance.citego');
  });
});
