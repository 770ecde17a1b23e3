/**
 * Running clasp for `citego deploy`. Which clasp (docs in README › Déployer):
 *   1. `CITEGO_CLASP`, when set: the path of a clasp to run (the tests put a fake there or on PATH);
 *   2. the project's `node_modules/.bin/clasp` — the pinned @google/clasp 3.4.1, whose command
 *      names (`create-script`, `show-file-status`) this file uses;
 *   3. otherwise `clasp` from PATH.
 * clasp runs without a terminal (no prompt, no spinner) and always with `--project <dir>`, so it
 * never picks up a `.clasp.json` of a parent folder. What it prints on failure becomes one refusal:
 * not logged in and Apps Script API disabled each say what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { refusal, type Refusal } from '../../../shared/i18n/refusal';

export interface Clasp {
  readonly command: string;
}

export interface ClaspRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function findClasp(root: string, env: NodeJS.ProcessEnv = process.env): Clasp {
  if (env.CITEGO_CLASP) return { command: env.CITEGO_CLASP };
  const pinned = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');
  return { command: existsSync(pinned) ? pinned : 'clasp' };
}

/**
 * What clasp 3.4.1 prints when it has no saved login (core/utils.js `assertAuthenticated`), or when a
 * saved one was revoked or expired (Google's OAuth answer `invalid_grant`).
 */
const NOT_LOGGED_IN = /No credentials found|invalid_grant/;
/**
 * What the Apps Script API answers, and clasp prints, until the user turns it on: "User has not
 * enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings …".
 */
const API_DISABLED = /has not enabled the Apps Script API|script\.google\.com\/home\/usersettings/;

const lastLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .pop();

/** The refusal for a failed clasp step: what to do when clasp says it, else clasp's own last line. */
export function claspRefusal(step: string, run: ClaspRun): Refusal {
  const said = `${run.stderr}\n${run.stdout}`;
  if (NOT_LOGGED_IN.test(said)) return refusal('deployNotLoggedIn');
  if (API_DISABLED.test(said)) return refusal('deployApiDisabled');
  return refusal('deployClaspFailed', step, lastLine(run.stderr) ?? lastLine(run.stdout) ?? `code ${run.status}`);
}

/** Runs `clasp <step> …args --project <project>` in `cwd`; returns its output, or throws its refusal. */
export function runClasp(clasp: Clasp, step: string, args: readonly string[], project: string, cwd = project): string {
  const r = spawnSync(clasp.command, [step, ...args, '--project', project], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
    timeout: 300_000,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' || code === 'EACCES'
      ? refusal('deployNoClasp', clasp.command)
      : refusal('deployClaspFailed', step, r.error.message);
  }
  const run: ClaspRun = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  if (r.status !== 0) throw claspRefusal(step, run);
  return r.stdout;
}
