/**
 * The hostile corpus's runner: the real citego in a child process, its exit code, its one-line
 * message, its time and its peak memory (measured inside the child, see probe.js), and the
 * source file's bytes before and after. Every payload tried is counted and the count printed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli';

export { ROOT };
export const DEMO = join(ROOT, 'examples', 'demo.xlsx');

/** A fresh folder for this file's payloads. */
export function corpusDir(): string {
  return mkdtempSync(join(tmpdir(), 'citego-hostile-'));
}

let tried = 0;
/** Counts a payload tried (once per payload, whatever the number of commands run on it). */
export function tryPayload(): void {
  tried++;
}

/** Prints, after the file's tests, how many payloads they tried; tests/summary-reporter.js adds them up. */
export function printCount(file: string): void {
  afterAll(() => {
    console.log(`hostile payloads tried: ${tried} (${file})`);
    const tally = process.env.CITEGO_HOSTILE_TALLY;
    if (tally) appendFileSync(tally, `${tried}\n`);
  });
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident memory of the child, in MB (NaN if it died before reporting it). */
  readonly peakMb: number;
}

/** Runs `citego args` in a child process, as a user would, measuring its time and peak memory. */
export function run(args: readonly string[], opts: { cwd?: string; timeoutMs?: number } = {}): Run {
  const probeDir = mkdtempSync(join(tmpdir(), 'citego-probe-'));
  const report = join(probeDir, 'maxrss');
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(__dirname, 'probe.js'), report, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  let peakMb = NaN;
  try {
    peakMb = Number(readFileSync(report, 'utf8')) / 1024;
  } catch {
    // killed (timeout, out of memory) before its exit handler ran
  }
  rmSync(probeDir, { recursive: true, force: true });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms, peakMb };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A file's fingerprint, or null for a folder or a non-regular file (never read: a FIFO would block). */
export function fingerprint(file: string): string | null {
  try {
    return statSync(file).isFile() ? sha256(file) : null;
  } catch {
    return null;
  }
}

export interface Bounds {
  /** Time bound for one command, in ms. */
  readonly ms?: number;
  /** Memory bound for one command, in MB. */
  readonly mb?: number;
}

export const DEFAULT_BOUNDS = { ms: 20_000, mb: 300 };

/** What every run must show, whatever its outcome: bounded time and memory, no stack trace, no crash. */
export function expectTame(r: Run, bounds: Bounds = {}): void {
  const b = { ...DEFAULT_BOUNDS, ...bounds };
  expect(r.stderr).not.toMatch(/ {4}at |inattendue|unexpected|heap out of memory|Invalid time value/);
  expect(r.ms).toBeLessThan(b.ms);
  expect(r.peakMb).toBeLessThan(b.mb);
}

/** A refusal: exit code 2, nothing on stdout, one French line on stderr matching `message`. */
export function expectRefusal(r: Run, message: RegExp, bounds: Bounds = {}): void {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^citego : /);
  expect(lines[0]).toMatch(message);
  expectTame(r, bounds);
}
