/**
 * One process writes a workbook at a time: `citego preview` and `citego init` hold a lock file
 * next to it, created exclusively, holding their pid, removed on exit. A lock left by a process
 * that no longer runs (a crash, a kill -9) is stale and taken over; a live one is a refusal.
 */
import { openSync, readFileSync, realpathSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { refusal } from '../shared/i18n/refusal';

function lockFileOf(workbook: string): string {
  let real = workbook;
  try {
    real = realpathSync(workbook);
  } catch {
    // not there yet (init on a new file): its own name
  }
  return join(dirname(real), `.${basename(real)}.citego.lock`);
}

/** Whether a process runs (EPERM: it exists, it is someone else's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function create(file: string): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Takes the workbook's lock or refuses (`workbookInUse`); returns what releases it (also done at exit). */
export function lockWorkbook(workbook: string): () => void {
  const file = lockFileOf(workbook);
  for (let attempt = 0; attempt < 2 && !create(file); attempt++) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) throw refusal('workbookInUse', basename(workbook), pid);
    unlinkSync(file); // stale: its process is gone
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return release;
}
