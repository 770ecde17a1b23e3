/**
 * `citego deploy`, run as a user runs it, against the fake clasp of tests/fakes/clasp/ (which plays
 * clasp 3.4.1: create-script pulls a base manifest into rootDir, push replaces the remote files).
 * Each test deploys a temporary copy of what deploy needs — scripts/build.mjs and links to the
 * sources — so that no .clasp.json or dist/ is written into the repository.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { spreadsheetId } from '../../scripts/cli/deploy/spreadsheet-id';
import { Refusal } from '../../shared/i18n/refusal';
import { citego, ROOT, type CliResult } from '../helpers/cli';

const FAKE_BIN = join(ROOT, 'tests', 'fakes', 'clasp', 'bin');
const SHEET = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';
const OTHER_SHEET = '1Zq3kTnW8yVb5uHc2Lm9oPa7sDf4gJh6eRt0yUi1oP2x';
const PROJECT_MANIFEST = JSON.parse(readFileSync(join(ROOT, 'apps-script', 'appsscript.json'), 'utf8'));

interface Sandbox {
  dir: string;
  project: string;
  remote: string;
  log: string;
  env: Record<string, string>;
}

function sandbox(): Sandbox {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'citego-deploy-test-')));
  const project = join(dir, 'citego');
  mkdirSync(join(project, 'scripts'), { recursive: true });
  copyFileSync(join(ROOT, 'scripts', 'build.mjs'), join(project, 'scripts', 'build.mjs'));
  for (const d of ['apps-script', 'shared', 'sidebar']) symlinkSync(join(ROOT, d), join(project, d));
  // Only esbuild: no node_modules/.bin/clasp here, so clasp comes from PATH (the fake) unless a test adds one.
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(join(ROOT, 'node_modules', 'esbuild'), join(project, 'node_modules', 'esbuild'));
  const remote = join(dir, 'google');
  mkdirSync(remote);
  const log = join(dir, 'clasp.log');
  return {
    dir,
    project,
    remote,
    log,
    env: { PATH: `${FAKE_BIN}${delimiter}${process.env.PATH}`, FAKE_CLASP_REMOTE: remote, FAKE_CLASP_LOG: log },
  };
}

function deploy(s: Sandbox, spreadsheet: string, more: string[] = [], env: Record<string, string> = {}): CliResult {
  return citego(['deploy', '--spreadsheet', spreadsheet, '--project', s.project, ...more], { cwd: s.dir, env: { ...s.env, ...env } });
}

/** The clasp calls, as the fake recorded them: `create-script --title Citego …`. */
const calls = (s: Sandbox): string[][] =>
  existsSync(s.log)
    ? readFileSync(s.log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { args: string[] }).args)
    : [];
const commands = (s: Sandbox) => calls(s).map((a) => a[0]);
const claspJson = (s: Sandbox) => JSON.parse(readFileSync(join(s.project, '.clasp.json'), 'utf8'));
const scripts = (s: Sandbox) => readdirSync(s.remote);
const remoteManifest = (s: Sandbox, scriptId: string) =>
  JSON.parse(readFileSync(join(s.remote, scriptId, 'files', 'appsscript.json'), 'utf8'));
const remoteParent = (s: Sandbox, scriptId: string) => JSON.parse(readFileSync(join(s.remote, scriptId, 'meta.json'), 'utf8')).parentId;
const lastLine = (r: CliResult) => r.stderr.trim().split('\n').pop();

describe('citego deploy', () => {
  it('first deploy: a script bound to the spreadsheet (create-script without --type), built again, pushed; Google holds the project manifest, not the base one', () => {
    const s = sandbox();
    const r = deploy(s, SHEET);
    expect(r.code).toBe(0);
    expect(commands(s)).toEqual(['create-script', 'show-file-status', 'push', 'pull']);
    const [create, , push] = calls(s);
    expect(create).toEqual(['create-script', '--title', 'Citego', '--parentId', SHEET, '--rootDir', 'dist', '--project', s.project]);
    expect(create).not.toContain('--type');
    expect(push).toContain('--force');

    const { scriptId, parentId, rootDir } = claspJson(s);
    expect({ parentId, rootDir }).toEqual({ parentId: SHEET, rootDir: 'dist' });
    expect(scripts(s)).toEqual([scriptId]);
    expect(remoteParent(s, scriptId)).toBe(SHEET); // bound to this spreadsheet, not to a new one
    expect(r.stderr.trim().split('\n')).toEqual([
      'Construction (npm run build)…',
      `Création du script lié au classeur ${SHEET} (clasp create-script, sans --type)…`,
      'Reconstruction : le manifeste du projet remplace celui que clasp vient de tirer…',
      `Envoi vers le script ${scriptId} (clasp push --force)…`,
      'Vérification du manifeste qui est sur Google (clasp pull)…',
    ]);

    const pushed = remoteManifest(s, scriptId);
    expect(pushed).toEqual(PROJECT_MANIFEST);
    expect(pushed.timeZone).toBe('Europe/Paris'); // the base manifest says America/New_York
    expect(pushed.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
    ]);
    expect(pushed.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
    expect(readdirSync(join(s.remote, scriptId, 'files')).sort()).toEqual(
      // Every file the build wrote to dist/, the sidebars included (one .html each).
      readdirSync(join(s.project, 'dist'))
        .filter((f) => /\.(js|html|json)$/.test(f))
        .sort(),
    );
    expect(readFileSync(join(s.remote, scriptId, 'files', 'Code.js'), 'utf8')).toContain('function onOpen()');

    expect(r.stdout).toContain('Citego est installé.');
    expect(r.stdout).toContain(`Classeur  : https://docs.google.com/spreadsheets/d/${SHEET}/edit`);
    expect(r.stdout).toContain(`Script    : ${scriptId} (https://script.google.com/d/${scriptId}/edit)`);
    expect(r.stdout).toContain('Manifeste : 5 autorisations, service avancé Drive v3 — vérifié après l’envoi');
    expect(r.stdout).toContain('rechargez le classeur ; le menu « Citego » apparaît');
  });

  it('a second deploy to the same spreadsheet pushes to the same script, without creating one', () => {
    const s = sandbox();
    expect(deploy(s, SHEET).code).toBe(0);
    const { scriptId } = claspJson(s);
    writeFileSync(s.log, '');
    const r = deploy(s, `https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0`);
    expect(r.code).toBe(0);
    expect(commands(s)).toEqual(['show-file-status', 'push', 'pull']);
    expect(scripts(s)).toEqual([scriptId]);
    expect(claspJson(s).scriptId).toBe(scriptId);
    expect(r.stdout).toContain('Citego est mis à jour.');
    expect(r.stdout).toContain(scriptId);
  });

  it('a project bound to another spreadsheet is refused, nothing pushed; --force-new binds a new script and keeps the old .clasp.json', () => {
    const s = sandbox();
    expect(deploy(s, SHEET).code).toBe(0);
    const first = claspJson(s);
    writeFileSync(s.log, '');
    const r = deploy(s, OTHER_SHEET);
    expect(r.code).toBe(2);
    expect(lastLine(r)).toBe(
      `citego : Ce projet est déjà lié au classeur ${SHEET} (script ${first.scriptId}) : pour installer Citego sur le classeur ${OTHER_SHEET}, relancez avec --force-new (l’ancien .clasp.json sera gardé sous .clasp-${SHEET}.json).`,
    );
    expect(calls(s)).toEqual([]);
    expect(claspJson(s)).toEqual(first);

    const again = deploy(s, OTHER_SHEET, ['--force-new']);
    expect(again.code).toBe(0);
    const second = claspJson(s);
    expect(second.parentId).toBe(OTHER_SHEET);
    expect(second.scriptId).not.toBe(first.scriptId);
    expect(remoteParent(s, second.scriptId)).toBe(OTHER_SHEET);
    expect(JSON.parse(readFileSync(join(s.project, `.clasp-${SHEET}.json`), 'utf8'))).toEqual(first);
  });

  it('the placeholder .clasp.json the repository used to ship counts as no script yet', () => {
    const s = sandbox();
    writeFileSync(join(s.project, '.clasp.json'), JSON.stringify({ scriptId: 'REMPLACEZ-PAR-L-ID-DU-SCRIPT', rootDir: 'dist' }));
    expect(deploy(s, SHEET).code).toBe(0);
    expect(commands(s)[0]).toBe('create-script');
    expect(claspJson(s).parentId).toBe(SHEET);
  });

  it('a .clasp.json with a script but no spreadsheet is refused with what to do', () => {
    const s = sandbox();
    writeFileSync(join(s.project, '.clasp.json'), JSON.stringify({ scriptId: '1abcdefghijklmnopqrstuvwxyz', rootDir: 'dist' }));
    const r = deploy(s, SHEET);
    expect(r.code).toBe(2);
    expect(lastLine(r)).toMatch(
      /^citego : \.clasp\.json désigne le script 1abcdefghijklmnopqrstuvwxyz sans dire à quel classeur il est lié/,
    );
    expect(calls(s)).toEqual([]);
  });

  it.each([
    ['not-logged-in', 'citego : clasp n’est connecté à aucun compte Google : lancez « npx clasp login », puis relancez.'],
    [
      'api-disabled',
      'citego : L’API Apps Script n’est pas activée pour votre compte : activez-la sur https://script.google.com/home/usersettings, attendez quelques minutes, puis relancez.',
    ],
  ])('clasp says %s: one line saying what to do, exit code 2, no stack trace, no script', (fault, line) => {
    const s = sandbox();
    const r = deploy(s, SHEET, [], { FAKE_CLASP_FAULT: fault });
    expect(r.code).toBe(2);
    expect(lastLine(r)).toBe(line);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+|Error:/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(s.project, '.clasp.json'))).toBe(false);
    expect(scripts(s)).toEqual([]);
  });

  it('in English with --lang en', () => {
    const s = sandbox();
    const r = deploy(s, SHEET, ['--lang', 'en'], { FAKE_CLASP_FAULT: 'not-logged-in' });
    expect(lastLine(r)).toBe('citego : clasp is not logged in to any Google account: run "npx clasp login", then run again.');
  });

  it('a bad id or an address that is not a spreadsheet: one line, exit code 2, clasp never called', () => {
    const s = sandbox();
    // An id starting with a dash would reach clasp as an option.
    for (const bad of [
      'abc',
      '--help______________x',
      `https://docs.google.com/document/d/${SHEET}/edit`,
      `https://drive.google.com/drive/folders/${SHEET}`,
    ]) {
      const r = deploy(s, bad);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        `citego : « ${bad} » n’est ni l’ID d’un classeur Google Sheets ni son adresse (https://docs.google.com/spreadsheets/d/<ID>/edit).`,
      );
    }
    const none = citego(['deploy', '--project', s.project], { cwd: s.dir, env: s.env });
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('citego : deploy demande --spreadsheet suivi de l’ID du classeur Google Sheets ou de son adresse.');
    expect(calls(s)).toEqual([]);
  });

  it('reads the id in every form of a Google Sheets address', () => {
    for (const url of [
      SHEET,
      ` ${SHEET} `,
      `https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0`,
      `https://docs.google.com/spreadsheets/d/${SHEET}`,
      `https://docs.google.com/spreadsheets/d/${SHEET}/edit?usp=sharing`,
      `https://docs.google.com/spreadsheets/u/1/d/${SHEET}/edit`,
      `https://docs.google.com/a/asso.fr/spreadsheets/d/${SHEET}/edit#gid=123`,
      `docs.google.com/spreadsheets/d/${SHEET}/`,
    ])
      expect(spreadsheetId(url)).toBe(SHEET);
    for (const bad of [
      '',
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vT/pubhtml',
      `https://evil.example/spreadsheets/d/${SHEET}`,
      `${SHEET}/edit`,
    ])
      expect(() => spreadsheetId(bad)).toThrow(Refusal);
  });

  it('a .claspignore that leaves the manifest out: refused before anything is pushed', () => {
    const s = sandbox();
    writeFileSync(join(s.project, '.claspignore'), '**/appsscript.json\n');
    const r = deploy(s, SHEET);
    expect(r.code).toBe(2);
    expect(lastLine(r)).toBe(
      'citego : clasp n’enverrait pas dist/appsscript.json (absent de clasp show-file-status) : un .claspignore l’écarte-t-il ? Rien n’a été envoyé.',
    );
    expect(commands(s)).not.toContain('push');
  });

  it('a push that left the base manifest on Google is caught by reading it back', () => {
    const s = sandbox();
    const r = deploy(s, SHEET, [], { FAKE_CLASP_FAULT: 'manifest-skipped' });
    expect(r.code).toBe(2);
    const { scriptId } = claspJson(s);
    expect(lastLine(r)).toBe(
      `citego : Après l’envoi, le manifeste du script ${scriptId} n’est pas celui du projet (manque : spreadsheets.currentonly, script.container.ui, drive.file, script.scriptapp, script.send_mail, Drive v3) : relancez ; si cela persiste, ouvrez l’éditeur Apps Script.`,
    );
  });

  describe('which clasp', () => {
    function wrongClaspOnPath(s: Sandbox): string {
      const dir = join(s.dir, 'wrong-bin');
      mkdirSync(dir);
      writeFileSync(join(dir, 'clasp'), '#!/bin/sh\necho "the wrong clasp" >&2\nexit 1\n', { mode: 0o755 });
      return `${dir}${delimiter}${process.env.PATH}`;
    }

    it('CITEGO_CLASP first, then the project’s node_modules/.bin/clasp, then PATH', () => {
      const s = sandbox();
      const path = wrongClaspOnPath(s);
      expect(deploy(s, SHEET, [], { PATH: path, CITEGO_CLASP: join(FAKE_BIN, 'clasp') }).code).toBe(0);

      const pinned = sandbox();
      mkdirSync(join(pinned.project, 'node_modules', '.bin'));
      symlinkSync(join(FAKE_BIN, 'clasp'), join(pinned.project, 'node_modules', '.bin', 'clasp'));
      expect(deploy(pinned, SHEET, [], { PATH: wrongClaspOnPath(pinned) }).code).toBe(0);

      const onPath = sandbox();
      const r = deploy(onPath, SHEET, [], { PATH: wrongClaspOnPath(onPath) });
      expect(r.code).toBe(2);
      expect(lastLine(r)).toBe('citego : clasp create-script a échoué : the wrong clasp');
    });

    it('no clasp anywhere: what to install', () => {
      const s = sandbox();
      const empty = join(s.dir, 'empty-bin');
      mkdirSync(empty);
      const r = deploy(s, SHEET, [], { PATH: empty });
      expect(r.code).toBe(2);
      expect(lastLine(r)).toBe(
        'citego : clasp est introuvable (clasp) : lancez « npm install » (il installe @google/clasp 3.4.1) ou donnez son chemin dans CITEGO_CLASP.',
      );
    });
  });
  describe('the fake against the real clasp 3.4.1 (offline: without a login it stops before calling Google)', () => {
    const REAL = join(ROOT, 'node_modules', '.bin', 'clasp');
    const noLogin = (s: Sandbox) => ({ HOME: join(s.dir, 'home'), USERPROFILE: join(s.dir, 'home'), CITEGO_CLASP: REAL });

    it('never logged in: the real clasp gives the same one line as the fake', () => {
      const s = sandbox();
      const r = deploy(s, SHEET, [], noLogin(s));
      expect(r.code).toBe(2);
      expect(lastLine(r)).toBe('citego : clasp n’est connecté à aucun compte Google : lancez « npx clasp login », puis relancez.');
      expect(existsSync(join(s.project, '.clasp.json'))).toBe(false);
    });

    it('show-file-status: the fake lists the files the real one would push', () => {
      const s = sandbox();
      expect(deploy(s, SHEET).code).toBe(0);
      const status = (env: Record<string, string>) =>
        (
          JSON.parse(
            spawnSync(env.CITEGO_CLASP ?? join(FAKE_BIN, 'clasp'), ['show-file-status', '--json', '--project', s.project], {
              cwd: s.project,
              env: { ...process.env, ...s.env, ...env },
              encoding: 'utf8',
            }).stdout,
          ) as { filesToPush: string[] }
        ).filesToPush.sort();
      const real = status(noLogin(s));
      expect(real).toContain('dist/appsscript.json');
      expect(status({})).toEqual(real);
    });
  });
});
