/**
 * A save killed mid-way (`kill -9`, a power cut) leaves its temporary file behind: the workbook's
 * `.<classeur>.xlsx.<pid>.tmp` (scripts/xlsx/edit.ts), the request log's
 * `.<classeur>.xlsx.citego.json.<pid>.tmp` (and the request cache's `…citego-cache.json.<pid>.tmp`) and any `<fichier>.<pid>.tmp` inside the "Drive" folder
 * (scripts/preview/local-ports.ts, scripts/files.ts). Before the preview starts and before each call,
 * those of this workbook whose writer is gone (or that are older than any save) are removed;
 * nothing else is touched — a user's `notes.tmp` stays (docs/architecture.md, Preview).
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { driveFolder } from './local-ports';
import { isRunning } from '../workbook-lock';

/** A save takes seconds: a temporary file older than this is abandoned whoever wrote it. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The writer's pid when `name` is `<one of finals>.<pid>.tmp`, else null. */
function writerPid(name: string, finals: RegExp): number | null {
  const m = /^(.+)\.(\d{1,10})\.tmp$/.exec(name);
  return m && finals.test(m[1]) ? Number(m[2]) : null;
}

async function removeIfStale(path: string, pid: number, now: number): Promise<boolean> {
  try {
    const age = now - (await stat(path)).mtimeMs;
    if (isRunning(pid) && age < ABANDONED_AFTER_MS) return false;
    await unlink(path);
    return true;
  } catch {
    return false; // gone meanwhile, or a folder we may not write: left as it is
  }
}

async function entries(dir: string): Promise<Dirent[]> {
  return readdir(dir, { withFileTypes: true }).catch(() => []);
}

/** Every `<fichier>.<pid>.tmp` under the "Drive" folder (our writers make no other temporary names there). */
async function driveTemps(dir: string, found: { path: string; pid: number }[]): Promise<void> {
  for (const e of await entries(dir)) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await driveTemps(path, found);
    const pid = e.isFile() ? writerPid(e.name, /./) : null;
    if (pid !== null) found.push({ path, pid });
  }
}

/** Removes this workbook's abandoned temporary files; returns the paths removed. */
export async function removeStaleTemps(workbook: string, now = Date.now()): Promise<string[]> {
  const found: { path: string; pid: number }[] = [];
  const real = await realpath(workbook).catch(() => workbook);
  const places = new Map<string, string[]>([[dirname(real), [basename(real)]]]);
  places.set(dirname(workbook), [...(places.get(dirname(workbook)) ?? []), basename(workbook)]);
  for (const [dir, names] of places) {
    const finals = new RegExp(`^\\.(?:${names.map(escapeRegExp).join('|')})(?:\\.citego(?:-cache)?\\.json)?$`);
    for (const e of await entries(dir)) {
      const pid = e.isFile() ? writerPid(e.name, finals) : null;
      if (pid !== null) found.push({ path: join(dir, e.name), pid });
    }
  }
  await driveTemps(driveFolder(workbook), found);
  const removed: string[] = [];
  for (const t of found) if (await removeIfStale(t.path, t.pid, now)) removed.push(t.path);
  return removed;
}
