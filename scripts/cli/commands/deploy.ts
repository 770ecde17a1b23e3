/**
 * `citego deploy --spreadsheet <ID or URL>`: the console on a real spreadsheet, with clasp 3.
 * 1. build (scripts/build.mjs: dist/Code.js, the sidebars, dist/appsscript.json);
 * 2. no script bound to this spreadsheet yet: `clasp create-script --parentId <id> --rootDir dist`
 *    WITHOUT `--type` (`--type sheets` ignores `--parentId` and makes a new, empty spreadsheet);
 *    create-script pulls a base manifest over dist/appsscript.json, so build again;
 * 3. `clasp show-file-status`: the manifest and the code are among the files clasp pushes;
 * 4. `clasp push --force` (outside a terminal, clasp skips a changed manifest without --force);
 * 5. `clasp pull` into a temporary folder: the manifest on Google has the project's scopes and
 *    advanced services (apps-script/appsscript.json).
 * A second run finds the script in .clasp.json (deploy/binding.ts). Everything clasp says that
 * stops the deploy becomes one line and exit code 2 (deploy/clasp.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import type { CliCommand } from '../command';
import { boundScript, CLASP_JSON, readClaspSettings, ROOT_DIR, type ClaspSettings } from '../deploy/binding';
import { findClasp, runClasp, type Clasp } from '../deploy/clasp';
import { manifestServices, missingFromManifest, projectManifestPath, readManifest, type Manifest } from '../deploy/manifest';
import { scriptUrl, spreadsheetId, spreadsheetUrl } from '../deploy/spreadsheet-id';

interface DeployOptions {
  spreadsheet?: string;
  project?: string;
  forceNew?: boolean;
}

/** The project this command belongs to (build/citego.js, or scripts/cli/commands/ when run from source). */
function projectRoot(option: string | undefined): string {
  const candidates = option ? [resolve(option)] : [join(__dirname, '..'), join(__dirname, '..', '..', '..')];
  const root = candidates.find((dir) => existsSync(projectManifestPath(dir))) ?? candidates[0];
  if (!existsSync(projectManifestPath(root)) || !existsSync(join(root, 'scripts', 'build.mjs'))) throw refusal('deployNotAProject', root);
  return root;
}

function build(root: string): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    const said = `${r.stderr ?? ''}\n${r.error?.message ?? ''}`.split('\n').find((l) => l.trim()) ?? `code ${r.status}`;
    throw refusal('deployBuildFailed', said.trim());
  }
}

/** create-script bound to the spreadsheet; returns the new script id, recorded with its spreadsheet in .clasp.json. */
function createScript(clasp: Clasp, root: string, id: string): string {
  runClasp(clasp, 'create-script', ['--title', 'Citego', '--parentId', id, '--rootDir', ROOT_DIR], root);
  const settings: ClaspSettings | null = readClaspSettings(root);
  if (!settings?.scriptId) throw refusal('deployClaspFailed', 'create-script', `${CLASP_JSON} sans scriptId`);
  // clasp 3.4.1 writes parentId; should another version not, the next deploy still knows the spreadsheet.
  if (settings.parentId !== id) writeFileSync(join(root, CLASP_JSON), `${JSON.stringify({ ...settings, parentId: id }, null, 2)}\n`);
  return settings.scriptId;
}

/** clasp would push the manifest and the code (a .claspignore could leave them out). */
function checkTracked(clasp: Clasp, root: string): void {
  const status = JSON.parse(runClasp(clasp, 'show-file-status', ['--json'], root)) as { filesToPush?: string[] };
  const tracked = new Set((status.filesToPush ?? []).map((f) => f.replace(/\\/g, '/')));
  const missing = [`${ROOT_DIR}/appsscript.json`, `${ROOT_DIR}/Code.js`].filter((f) => !tracked.has(f));
  if (missing.length) throw refusal('deployNotTracked', missing);
}

/** The manifest on Google, read back with `clasp pull` into a temporary project of the same script. */
function remoteManifest(clasp: Clasp, scriptId: string): Manifest {
  // clasp refuses to write through a symbolic link: use the real path of the temporary folder.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'citego-deploy-')));
  try {
    writeFileSync(join(dir, CLASP_JSON), JSON.stringify({ scriptId, rootDir: 'remote' }));
    runClasp(clasp, 'pull', [], dir);
    const pulled = join(dir, 'remote', 'appsscript.json');
    return existsSync(pulled) ? (JSON.parse(readFileSync(pulled, 'utf8')) as Manifest) : {};
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const deployCommand: CliCommand<DeployOptions> = {
  options: [
    { flag: '--spreadsheet', text: 'spreadsheet' },
    { flag: '--force-new', text: 'forceNew' },
    { flag: '--project', text: 'project' },
  ],
  async run(io, opts) {
    const t = catalogue(io.lang).deploy;
    const id = spreadsheetId(opts.spreadsheet);
    const root = projectRoot(opts.project);
    const expected = readManifest(projectManifestPath(root));
    const clasp = findClasp(root);
    const bound = boundScript(root, id, opts.forceNew === true);
    io.err(t.building());
    build(root);
    let scriptId = bound;
    if (scriptId === null) {
      io.err(t.creating(id));
      scriptId = createScript(clasp, root, id);
      io.err(t.rebuilding());
      build(root);
    }
    checkTracked(clasp, root);
    io.err(t.pushing(scriptId));
    runClasp(clasp, 'push', ['--force'], root);
    io.err(t.verifying());
    const missing = missingFromManifest(expected, remoteManifest(clasp, scriptId));
    if (missing.length) throw refusal('deployManifestMismatch', scriptId, missing);
    io.out(t.done(bound === null));
    io.out(t.spreadsheet(spreadsheetUrl(id)));
    io.out(t.script(scriptId, scriptUrl(scriptId)));
    io.out(t.manifest(expected.oauthScopes?.length ?? 0, manifestServices(expected)));
    io.out(t.next());
    return 0;
  },
};
