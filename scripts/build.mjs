// Builds everything from TypeScript with esbuild:
//   dist/Code.js, dist/<sidebar>.html, dist/appsscript.json  -> what `clasp push` sends (rootDir: dist)
//   build/*.js                                              -> the citego CLI, bench and demo scripts (Node)
import * as esbuild from 'esbuild';
import { mkdir, readFile, readdir, writeFile, copyFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const build = join(root, 'build');

/**
 * The public names: the keys of PUBLIC in apps-script/index.ts (its triggers, menu and rpc
 * tables), read by running the bundle's module code (it touches no Google service) in a bare vm.
 */
function publicNames(code) {
  const app = vm.runInNewContext(`${code}\n;__app`, {}, { filename: 'Code.js' });
  const names = Object.keys(app.PUBLIC ?? {});
  if (names.length === 0) throw new Error('apps-script/index.ts exports no PUBLIC table');
  const bad = names.filter((n) => n.endsWith('_') || !/^[A-Za-z$][\w$]*$/.test(n));
  if (bad.length) throw new Error(`Not a public Apps Script name (a name ending in _ is private): ${bad.join(', ')}`);
  return names;
}

async function appsScript() {
  // One plain script: an IIFE holding the app, then one top-level function per public name.
  const res = await esbuild.build({
    entryPoints: [join(root, 'apps-script/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__app',
    target: 'es2020',
    platform: 'neutral',
    // graphology's EventEmitter comes from the `events` package, which declares only "main".
    mainFields: ['module', 'main'],
    // The layouts' helpers carry a web-worker factory we never call (`window.URL`): Apps Script has no window.
    define: { window: 'globalThis' },
    write: false,
    legalComments: 'none',
  });
  const app = res.outputFiles[0].text;
  const names = publicNames(app);
  const wrappers = names.map((n) => `function ${n}() { return __app.PUBLIC.${n}.apply(this, arguments); }`).join('\n');
  const code = `// Built by scripts/build.mjs from apps-script/ and shared/. Do not edit.\n${app}\n${wrappers}\n`;
  await writeFile(join(dist, 'Code.js'), code);
  await copyFile(join(root, 'apps-script/appsscript.json'), join(dist, 'appsscript.json'));
  return names;
}

async function sidebars() {
  const dir = join(root, 'sidebar');
  const common = await readFile(join(dir, 'common/ui.css'), 'utf8');
  const built = [];
  for (const name of await readdir(dir)) {
    if (name === 'common' || name === 'bridge' || !existsSync(join(dir, name, 'index.html'))) continue;
    const res = await esbuild.build({
      entryPoints: [join(dir, name, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
    });
    const js = res.outputFiles[0].text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
    const ownCss = existsSync(join(dir, name, 'style.css')) ? await readFile(join(dir, name, 'style.css'), 'utf8') : '';
    let html = await readFile(join(dir, name, 'index.html'), 'utf8');
    html = html
      .replace('<!-- STYLE -->', () => `<style>\n${common}\n${ownCss}</style>`)
      .replace('<!-- SCRIPT -->', () => `<script>${js}</script>`);
    await writeFile(join(dist, `${name}.html`), html);
    built.push(name);
  }
  return built;
}

async function node() {
  const entries = {
    citego: 'scripts/cli/main.ts',
    bench: 'scripts/bench/bench.ts',
    'make-synthetic': 'scripts/bench/make-synthetic.ts',
    'make-demo': 'examples/make-demo.ts',
    'check-documents': 'scripts/check-documents/main.ts',
  };
  await esbuild.build({
    entryPoints: Object.fromEntries(
      Object.entries(entries)
        .filter(([, p]) => existsSync(join(root, p)))
        .map(([k, p]) => [k, join(root, p)]),
    ),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outdir: build,
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  await esbuild.build({
    entryPoints: { 'bridge-shim': join(root, 'sidebar/bridge/shim.ts') },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    outdir: build,
    logLevel: 'warning',
  });
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await mkdir(build, { recursive: true });
const [names, bars] = await Promise.all([appsScript(), sidebars(), node()]);
if (!process.argv.includes('--quiet')) {
  process.stderr.write(
    `build: dist/Code.js (${names.length} fonctions publiques), ${bars.map((b) => `dist/${b}.html`).join(', ')}, build/\n`,
  );
}
