/**
 * What surrounds a workbook rather than its content (issue 10 #5, #6, #9): a FIFO given as the
 * workbook, a closed output pipe, two writers on one workbook.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir, DEMO, expectRefusal, printCount, ROOT, run, tryPayload } from './harness';

printCount('process');

describe('a FIFO (or any non-regular file) given as workbook is refused at once, never waited on (#5)', () => {
  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  const fifoIt = hasMkfifo ? it : it.skip; // skipped only where mkfifo is unavailable
  fifoIt('every command that opens it: one line, exit code 2, within seconds', () => {
    tryPayload();
    const fifo = join(corpusDir(), 'tube.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const command of ['overview', 'check', 'export', 'report', 'init', 'preview']) {
      const r = run([command, '--workbook', fifo], { timeoutMs: 30_000 });
      expect({ command, stderr: r.stderr }).toEqual({
        command,
        stderr: "citego : tube.xlsx n'est pas un fichier ordinaire (un tube ou un périphérique ?), pas un classeur .xlsx\n",
      });
      expectRefusal(r, /^citego : tube\.xlsx n'est pas un fichier ordinaire/, { ms: 10_000 });
    }
    const en = run(['check', '--workbook', fifo, '--lang', 'en']);
    expect(en.stderr).toBe('citego : tube.xlsx is not a regular file (a pipe or a device?), not an .xlsx workbook\n');
  });
});

describe('a closed output pipe (#6)', () => {
  it('output piped into a reader that stops early (| head -c 10) ends quietly, without a stack trace', () => {
    tryPayload();
    const bin = join(ROOT, 'bin', 'citego.js');
    for (const command of ['overview', 'overview', 'overview', 'check', 'check --json']) {
      const r = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${bin}" ${command} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(r.stderr).not.toMatch(/EPIPE|at .*\(/);
      expect(r.stderr).toMatch(command === 'overview' ? /status=0/ : /status=[01]/);
    }
  });
});

describe('one writer per workbook (#9)', () => {
  it('init refuses a workbook another citego holds, and takes over the lock of a process that is gone', () => {
    tryPayload();
    const dir = mkdtempSync(join(tmpdir(), 'citego-lock-'));
    const file = join(dir, 'asso.xlsx');
    copyFileSync(DEMO, file);
    const before = readFileSync(file);
    const lock = join(dir, '.asso.xlsx.citego.lock');
    writeFileSync(lock, String(process.pid)); // this test's own process: alive
    const held = run(['init', '--workbook', file]);
    expectRefusal(
      held,
      new RegExp(
        `^citego : asso\\.xlsx est déjà ouvert en écriture par un autre citego \\(processus ${process.pid}\\) : arrêtez-le d’abord, deux écritures à la fois perdraient des enregistrements\\.$`,
      ),
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    writeFileSync(lock, '999999999'); // a process that no longer runs
    const stale = run(['init', '--workbook', file]);
    expect(stale.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});
