/**
 * One rpc name, every shell: the contract (shared/usecases/rpc.ts), Google's table
 * (apps-script/index.ts, read from the built bundle), the preview's table, the sidebars' calls
 * and the top-level functions of dist/Code.js name the same server functions.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PREVIEW_RPC } from '../../scripts/preview/dispatch';
import { RPC_NAMES } from '../../shared/usecases/rpc';
import { loadBundle, ROOT } from '../fakes/harness';

/** The names the sidebars pass to `call(…)` (sidebar/common/rpc.ts). */
function sidebarCalls(): string[] {
  const dir = join(ROOT, 'sidebar');
  const names = new Set<string>();
  for (const bar of readdirSync(dir)) {
    const main = join(dir, bar, 'main.ts');
    if (!existsSync(main)) continue;
    for (const m of readFileSync(main, 'utf8').matchAll(/\bcall\(\s*'([A-Za-z]\w*)'/g)) names.add(m[1]);
  }
  return [...names];
}

describe('one rpc name, every shell', () => {
  it('no rpc name exists in one shell and not in another', () => {
    const bundle = loadBundle();
    const app = (bundle.context as { __app: Record<'TRIGGERS' | 'MENU' | 'RPC', Record<string, unknown>> }).__app;
    const notRpc = new Set([...Object.keys(app.TRIGGERS), ...Object.keys(app.MENU)]);
    const shells: Record<string, string[]> = {
      contract: [...RPC_NAMES],
      'apps-script/index.ts RPC': Object.keys(app.RPC),
      'scripts/preview/dispatch.ts PREVIEW_RPC': Object.keys(PREVIEW_RPC),
      'sidebar/*/main.ts call()': sidebarCalls(),
      'dist/Code.js top-level functions': bundle.topLevelFunctions().filter((n) => !notRpc.has(n)),
    };
    const every = [...new Set(Object.values(shells).flat())].sort();
    expect(every.length).toBeGreaterThanOrEqual(10);
    for (const [shell, names] of Object.entries(shells))
      expect({ shell, missing: every.filter((n) => !names.includes(n)) }).toEqual({ shell, missing: [] });
  });
});
