// Builds everything from TypeScript with esbuild:
//   dist/Code.js, dist/<sidebar>.html, dist/appsscript.json  -> what `clasp push` sends (rootDir: dist)
//   build/*.js                                              -> the citego CLI, bench and demo scripts (Node)
import * as esbuild from 'esbuild';
import { mkdir, readFile, readdir, writeFile, copyFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const build = join(root, 'build');

async function appsScript() {
  const entry = join(root, 'apps-script/index.ts');
  // 1. The public names: every export of apps-script/index.ts that is a function.
  const probe = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'probe',
    platform: 'neutral',
  });
  const out = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  const names = out.exports;
  const bad = names.filter((n) => n.endsWith('_'));
  if (bad.length) throw new Error(`Apps Script treats names ending in _ as private: ${bad.join(', ')}`);
  // 2. One plain script: an IIFE holding the app, then one top-level function per public name.
  const res = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: '__app',
    target: 'es2020',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
  });
  const wrappers = names.map((n) => `function ${n}() { return __app.${n}.apply(this, arguments); }`).join('\n');
  const code = `// Built by scripts/build.mjs from apps-script/ and shared/. Do not edit.\n${res.outputFiles[0].text}\n${wrappers}\n`;
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
