/**
 * (issue 10 #11) A save killed with `kill -9` leaves its temporary file: the next call of the preview removes
 * this workbook's abandoned ones (scripts/preview/stale-temps.ts) and nothing of the user's.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDispatch } from '../../scripts/preview/dispatch';
import { printCount, ROOT, tryPayload } from './harness';

printCount('stale-temps');

/** The pid of a process that has ended, as a save killed with `kill -9` leaves it. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the preview removes what a killed save left beside the workbook', () => {
  it('before a call: the abandoned temporary files of this workbook go; a live save’s and the user’s own files stay', async () => {
    tryPayload();
    const dir = mkdtempSync(join(tmpdir(), 'citego-stale-'));
    const workbook = join(dir, 'asso.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), workbook);
    const drive = join(dir, 'asso — Drive', 'Citego', 'Rapports annuels');
    mkdirSync(drive, { recursive: true });
    const dead = deadPid();
    const put = (path: string, ageMinutes = 0): string => {
      writeFileSync(path, 'PK half a file');
      const t = new Date(Date.now() - ageMinutes * 60_000);
      utimesSync(path, t, t);
      return path;
    };
    const gone = [
      put(join(dir, `.asso.xlsx.${dead}.tmp`)),
      put(join(dir, `.asso.xlsx.citego.json.${dead}.tmp`)),
      put(join(dir, `.asso.xlsx.citego-cache.json.${dead}.tmp`)),
      put(join(drive, `Rapport annuel 2025.docx.${dead}.tmp`)),
      // A running pid (ours) but an hour old: no save takes that long.
      put(join(dir, `.asso.xlsx.${process.pid}.tmp`), 60),
    ];
    const kept = [
      put(join(dir, 'notes.tmp')),
      put(join(dir, `notes.${dead}.tmp`)),
      put(join(dir, `.autre.xlsx.${dead}.tmp`)),
      put(join(dir, `.asso.xlsx.${dead}.tmp.bak`)),
      // A save under way in another process (its pid is running, the file is fresh).
      put(join(drive, `Rapport annuel 2024.docx.${process.pid}.tmp`)),
    ];
    await localDispatch(workbook)('getOverview', ['fr']);
    expect(gone.filter((p) => existsSync(p))).toEqual([]);
    expect(kept.filter((p) => !existsSync(p))).toEqual([]);
  });
});
