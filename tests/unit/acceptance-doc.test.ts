/** docs/acceptance-google.md predicts what a person sees on Google: its menus and the tests it cites must stay true. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../../shared/i18n/catalogue';

const ROOT = join(__dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'acceptance-google.md'), 'utf8').replace(/\s+/g, ' ');

describe('docs/acceptance-google.md', () => {
  it('cites only test files that exist', () => {
    const cited = [...new Set([...doc.matchAll(/`(tests\/[\w/.-]+\.test\.ts)`/g)].map((m) => m[1]))];
    expect(cited.length).toBeGreaterThan(8);
    expect(cited.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it.each(['fr', 'en'] as const)('lists the %s menu as the catalogue has it, in order', (lang) => {
    expect(doc).toContain(Object.values(catalogue(lang).menu.items).join(' · '));
  });
});
