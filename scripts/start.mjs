// npm start: the main jobs on the embedded demo workbook — the consistency check, then the
// annual report of the demo's year (2025) written to out/. The demo holds deliberate mistakes,
// so the check's exit code 1 is expected here.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => spawnSync(process.execPath, [join(root, 'bin/citego.js'), ...args], { stdio: 'inherit' }).status;

const check = run(['check']);
if (check !== 0 && check !== 1) process.exit(check ?? 2);
process.stdout.write('\nRapport annuel de démonstration : ');
const report = run(['report', '--year', '2025', '--out', 'out']);
process.exit(report ?? 2);
