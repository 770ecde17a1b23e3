// npm start: the main job on the embedded demo workbook — the consistency check (more to come).
// The demo holds deliberate mistakes, so the check's exit code 1 is expected here.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => spawnSync(process.execPath, [join(root, 'bin/citego.js'), ...args], { stdio: 'inherit' }).status;

const check = run(['check', ...process.argv.slice(2)]);
if (check !== 0 && check !== 1) process.exit(check ?? 2);
