/** The project explains itself: every rule the code can emit is documented in docs/domain.md. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const domain = readFileSync(join(ROOT, 'docs', 'domain.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('docs/domain.md', () => {
  const code = sources(join(ROOT, 'shared')).map((f) => readFileSync(f, 'utf8'));
  const ruleIds = new Set(code.flatMap((s) => [...s.matchAll(/\b(?:rule|id): '([a-z]+(?:\.[a-z-]+)?)'/g)].map((m) => m[1])));

  test('lists every rule id the code emits, with its golden message', () => {
    expect(ruleIds.size).toBeGreaterThan(20);
    const rows = new Set([...domain.matchAll(/^\| `([a-z.-]+)` +\|/gm)].map((m) => m[1]));
    const missing = [...ruleIds].filter((id) => !rows.has(id));
    expect(missing).toEqual([]);
  });

  test('no comment in the code points at a handbook file outside the repository', () => {
    const outside = sources(join(ROOT, 'shared'))
      .concat(sources(join(ROOT, 'apps-script')), sources(join(ROOT, 'scripts')), sources(join(ROOT, 'tests')))
      .filter((f) => /\b(DOMAIN|APPS-SCRIPT|DESIGN|STYLE)\.md\b/.test(readFileSync(f, 'utf8')));
    expect(outside).toEqual([]);
  });
});
