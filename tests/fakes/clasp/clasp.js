/**
 * A fake `clasp` 3.4.1 for the deploy tests (tests/cli/deploy.test.ts): a small program that
 * records its arguments and plays what the real one does, as read in its source
 * (node_modules/@google/clasp/build/src: commands/create-script.js, push.js, pull.js,
 * show-file-status.js; core/clasp.js, files.js, project.js, utils.js). Google is a folder.
 *
 *   FAKE_CLASP_REMOTE  the "remote": <remote>/<scriptId>/meta.json ({ title, parentId }) and
 *                      <remote>/<scriptId>/files/ (the project's files as Google holds them)
 *   FAKE_CLASP_LOG     one JSON line per call: { args, cwd }
 *   FAKE_CLASP_FAULT   not-logged-in | api-disabled: every call to Google fails as clasp then says;
 *                      manifest-skipped: push declines a changed manifest whatever --force says
 *
 * What it copies: global options anywhere on the line, unknown options refused; the project file
 * found from --project (a folder or a file) or up from the working folder; `create-script`
 * without --type (standalone) binds the script to --parentId, while --type sheets ignores it and
 * makes a new spreadsheet; create refuses over an existing project file, then pulls the new
 * project's base manifest (no scopes, no advanced service) into rootDir and writes .clasp.json;
 * push replaces every remote file with the local ones (.js/.gs, .html, appsscript.json) and, outside
 * a terminal, skips a changed manifest unless --force; pull writes the remote files into rootDir;
 * show-file-status lists what push would send, without calling Google.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const GOOGLE_SAYS = {
  'not-logged-in': 'No credentials found.',
  'api-disabled':
    'User has not enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
};
/** What a new project holds (Apps Script API projects.create: "a base manifest file"). */
const BASE_MANIFEST = { timeZone: 'America/New_York', dependencies: {}, exceptionLogging: 'STACKDRIVER', runtimeVersion: 'V8' };
const GLOBAL = { '--project': 1, '-P': 1, '--json': 0, '--user': 1, '-u': 1, '--auth': 1, '-A': 1, '--adc': 0, '--ignore': 1, '-I': 1 };
const COMMANDS = {
  'create-script': { '--type': 1, '--title': 1, '--parentId': 1, '--rootDir': 1 },
  push: { '--force': 0, '-f': 0, '--watch': 0, '-w': 0 },
  pull: { '--versionNumber': 1, '--deleteUnusedFiles': 0, '-d': 0, '--force': 0, '-f': 0 },
  'show-file-status': {},
};
const ALIASES = { create: 'create-script', status: 'show-file-status' };

class Exit extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
const fail = (message) => {
  throw new Exit(1, message);
};

function parse(argv) {
  const words = argv.filter(
    (a, i) => !a.startsWith('-') && !(i > 0 && (GLOBAL[argv[i - 1]] || Object.values(COMMANDS).some((c) => c[argv[i - 1]]))),
  );
  const command = ALIASES[words[0]] ?? words[0];
  if (!COMMANDS[command]) fail(`Unknown command "clasp ${words[0] ?? ''}"`);
  const known = { ...GLOBAL, ...COMMANDS[command] };
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) continue;
    if (!(a in known)) fail(`error: unknown option '${a}'`);
    opts[a.replace(/^-+/, '')] = known[a] ? argv[++i] : true;
  }
  return { command, opts };
}

/** core/clasp.js findProjectRootDir: --project (a folder means its .clasp.json), else up from the working folder. */
function findProject(opts) {
  let file;
  if (opts.project ?? opts.P) {
    file = path.resolve(opts.project ?? opts.P);
    if (!fs.existsSync(file)) fail(`Invalid --project path: ${opts.project ?? opts.P}. File or directory does not exist.`);
    if (fs.statSync(file).isDirectory()) file = path.join(file, '.clasp.json');
  } else {
    for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, '.clasp.json'))) file = path.join(dir, '.clasp.json');
      if (file || dir === path.dirname(dir)) break;
    }
  }
  if (!file || !fs.existsSync(file)) return { root: process.cwd(), file: path.join(process.cwd(), '.clasp.json'), settings: null };
  const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  const root = path.dirname(file);
  return { root, file, settings, contentDir: path.resolve(root, settings.srcDir || settings.rootDir || '.') };
}

const remoteDir = (scriptId) => path.join(process.env.FAKE_CLASP_REMOTE, scriptId);

function callGoogle(scriptId) {
  const fault = GOOGLE_SAYS[process.env.FAKE_CLASP_FAULT];
  if (fault) fail(fault);
  if (scriptId && !fs.existsSync(remoteDir(scriptId))) fail('Requested entity was not found.');
}

function configured(project) {
  if (!project.settings?.scriptId) fail('Project settings not found.');
  return project;
}

// A .claspignore line as a path pattern: a double star then a slash for any folders, a star within a name.
function globToRegExp(pattern) {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      out += '.*';
      i += 1;
    } else out += pattern[i] === '*' ? '[^/]*' : pattern[i].replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function ignored(project, relative) {
  const file = path.join(project.root, '.claspignore');
  const patterns = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : ['**/node_modules/**'];
  return patterns
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'))
    .some((p) => globToRegExp(p).test(relative));
}

/** core/files.js collectLocalFiles: server code, HTML and the manifest under rootDir, by name. */
function localFiles(project) {
  const walk = (dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
  const all = fs.existsSync(project.contentDir) ? walk(project.contentDir) : [];
  const pushable = (f) => /\.(js|gs|html)$/.test(f) || path.relative(project.contentDir, f) === 'appsscript.json';
  const files = all.filter((f) => pushable(f) && !ignored(project, path.relative(project.root, f).split(path.sep).join('/')));
  return {
    files: files.map((f) => ({
      name: path.relative(project.contentDir, f).replace(/\.gs$/, '.js'),
      local: path.relative(process.cwd(), f),
      source: fs.readFileSync(f, 'utf8'),
    })),
    untracked: all.filter((f) => !files.includes(f)).map((f) => path.relative(process.cwd(), f)),
  };
}

const remoteFiles = (scriptId) => {
  const dir = path.join(remoteDir(scriptId), 'files');
  return fs.readdirSync(dir).map((name) => ({ name, source: fs.readFileSync(path.join(dir, name), 'utf8') }));
};

function writeRemote(scriptId, files) {
  const dir = path.join(remoteDir(scriptId), 'files');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f.name)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.name), f.source);
  }
}

function pullInto(scriptId, contentDir) {
  const files = remoteFiles(scriptId);
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(contentDir, f.name)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, f.name), f.source);
  }
  return files.map((f) => `└─ ${path.relative(process.cwd(), path.join(contentDir, f.name))}`);
}

function createScript(project, opts) {
  if (project.settings?.scriptId) fail('Project file already exists.');
  callGoogle();
  const type = (opts.type ?? 'standalone').toLowerCase();
  const standalone = ['standalone', 'webapp', 'api'].includes(type);
  if (!standalone && !['docs', 'forms', 'sheets', 'slides'].includes(type)) fail(`Invalid script type "${type}".`);
  // With a container type, clasp creates a new Drive file and binds the script to it: --parentId is not used.
  const parentId = standalone ? opts.parentId : `1new${type}${crypto.randomBytes(20).toString('hex')}`;
  const scriptId = `1fake${crypto.randomBytes(24).toString('hex')}`;
  fs.mkdirSync(remoteDir(scriptId), { recursive: true });
  fs.writeFileSync(
    path.join(remoteDir(scriptId), 'meta.json'),
    JSON.stringify({ title: opts.title ?? path.basename(process.cwd()), parentId }),
  );
  writeRemote(scriptId, [{ name: 'appsscript.json', source: JSON.stringify(BASE_MANIFEST, null, 2) }]);
  const contentDir = path.resolve(process.cwd(), opts.rootDir ?? '.');
  if (!standalone) console.log(`Created new document: https://drive.google.com/open?id=${parentId}`);
  console.log(`Created new script: https://script.google.com/d/${scriptId}/edit`);
  if (standalone && parentId) console.log(`Bound to document: https://drive.google.com/open?id=${parentId}`);
  const pulled = pullInto(scriptId, contentDir);
  const settings = {
    scriptId,
    rootDir: path.relative(process.cwd(), contentDir),
    parentId,
    scriptExtensions: ['.js', '.gs'],
    htmlExtensions: ['.html'],
    jsonExtensions: ['.json'],
    filePushOrder: [],
    skipSubdirectories: false,
  };
  fs.writeFileSync(path.join(process.cwd(), '.clasp.json'), JSON.stringify(settings, null, 2));
  console.log([...pulled, 'Cloned one file.'].join('\n'));
}

function push(project, opts) {
  const { scriptId } = configured(project).settings;
  callGoogle(scriptId);
  const { files } = localFiles(project);
  const remote = remoteFiles(scriptId);
  const changed = files.filter((f) => remote.find((r) => r.name === f.name)?.source !== f.source);
  if (!changed.length) return console.log('Script is already up to date.');
  const force = opts.force && process.env.FAKE_CLASP_FAULT !== 'manifest-skipped';
  // push.js: a changed manifest needs --force or a "yes" at the prompt, and there is no prompt outside a terminal.
  if (changed.some((f) => f.name === 'appsscript.json') && !force) return console.log('Skipping push.');
  if (!files.some((f) => f.name === 'appsscript.json')) fail('Project contents must include a manifest file named appsscript.');
  writeRemote(scriptId, files);
  console.log(`Pushed ${files.length} files at ${new Date().toLocaleTimeString()}.`);
  for (const f of files) console.log(`└─ ${f.local}`);
}

function main(argv) {
  if (process.env.FAKE_CLASP_LOG) fs.appendFileSync(process.env.FAKE_CLASP_LOG, `${JSON.stringify({ args: argv, cwd: process.cwd() })}\n`);
  const { command, opts } = parse(argv);
  const project = findProject(opts);
  if (command === 'create-script') return createScript(project, opts);
  if (command === 'push') return push(project, opts);
  if (command === 'pull') {
    configured(project);
    callGoogle(project.settings.scriptId);
    return console.log([...pullInto(project.settings.scriptId, project.contentDir), 'Pulled.'].join('\n'));
  }
  const { files, untracked } = localFiles(configured(project));
  if (opts.json) return console.log(JSON.stringify({ filesToPush: files.map((f) => f.local), untrackedFiles: untracked }));
  console.log(['Tracked files:', ...files.map((f) => `└─ ${f.local}`), 'Untracked files:', ...untracked.map((f) => `└─ ${f}`)].join('\n'));
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof Exit)) throw e;
  console.error(e.message);
  process.exitCode = e.code;
}
