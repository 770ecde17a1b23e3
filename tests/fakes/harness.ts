/**
 * The bundle harness: the real built dist/Code.js in a `vm` context that holds only the
 * ECMAScript built-ins and our fakes of Google's services — no require, process, Buffer,
 * setTimeout or DOM, as in Apps Script's V8 runtime. Every fake is reached through a counting
 * proxy (tests/fakes/calls.ts).
 *
 * Two users: `runAs(email, name, …)` runs one execution as another member of the bureau. They
 * share the spreadsheet, its document properties, document cache and lock; each has their own
 * Drive grants under drive.file (tests/fakes/drive.ts), user properties and user cache.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { makeGoogleFakes, type GoogleFakes } from './services';
import type { FakeSpreadsheet } from './spreadsheet';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export interface Bundle extends GoogleFakes {
  context: vm.Context;
  code: string;
  /** Calls a top-level function as Apps Script would (one execution: locks end with it). */
  run(name: string, ...args: unknown[]): unknown;
  /** The same, as another user of the spreadsheet; the following runs stay with that user. */
  runAs(email: string, name: string, ...args: unknown[]): unknown;
  /** Names of the top-level function declarations in the bundle. */
  topLevelFunctions(): string[];
}

/** A Date whose "now" is fixed, for tests that depend on today. */
function fixedDate(now: string): DateConstructor {
  const fixed = new Date(now).getTime();
  class FixedDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static now(): number {
      return fixed;
    }
  }
  return FixedDate as unknown as DateConstructor;
}

export function loadBundle(opts: { spreadsheet?: FakeSpreadsheet; userEmail?: string; distDir?: string; now?: string } = {}): Bundle {
  const distDir = opts.distDir ?? DIST;
  const code = readFileSync(join(distDir, 'Code.js'), 'utf8');
  const fakes = makeGoogleFakes({ distDir, spreadsheet: opts.spreadsheet, userEmail: opts.userEmail });
  const context = vm.createContext({ ...fakes.globals, ...(opts.now ? { Date: fixedDate(opts.now) } : {}) });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return {
    ...fakes,
    context,
    code,
    run(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      try {
        return (fn as (...a: unknown[]) => unknown)(...args);
      } finally {
        fakes.documentLock.endExecution();
      }
    },
    runAs(email, name, ...args) {
      fakes.switchUser(email);
      return this.run(name, ...args);
    },
    topLevelFunctions() {
      return [...code.matchAll(/^function ([A-Za-z0-9_$]+)\s*\(/gm)].map((m) => m[1]);
    },
  };
}

/**
 * Runs `work` and says, for each upload of a document's content to Drive (create or update with a
 * blob), whether the document lock was held then.
 */
export function lockHeldOnUploads(b: Bundle, work: () => void): boolean[] {
  const held: boolean[] = [];
  const { create, update } = b.drive.Files;
  b.drive.Files.create = (r, blob, o) => (blob && held.push(b.documentLock.hasLock()), create(r, blob, o));
  b.drive.Files.update = (r, id, blob, o) => (blob && held.push(b.documentLock.hasLock()), update(r, id, blob, o));
  work();
  return held;
}
