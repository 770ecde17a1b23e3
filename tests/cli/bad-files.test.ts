import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { citego, ROOT } from '../helpers/cli';
import { makeZip } from '../helpers/zip';

const dir = mkdtempSync(join(tmpdir(), 'citego-bad-'));
const demo = join(ROOT, 'examples', 'demo.xlsx');

function expectRefused(file: string, message: RegExp, lang: 'fr' | 'en' = 'fr') {
  const r = citego(['overview', '--workbook', file, ...(lang === 'en' ? ['--lang', 'en'] : [])]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^citego : /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
}

describe('a workbook file that cannot be read is refused with one French line and exit code 2', () => {
  it('a missing file', () => {
    expectRefused(join(dir, 'absent.xlsx'), /Fichier introuvable : absent\.xlsx/);
  });

  it('a .csv renamed .xlsx', () => {
    const f = join(dir, 'export.xlsx');
    writeFileSync(f, 'Date;Libellé;Montant\n15/03/2025;Cotisation;30\n');
    expectRefused(f, /export\.xlsx n'est pas un classeur \.xlsx/);
  });

  it('a truncated .xlsx', () => {
    const f = join(dir, 'tronque.xlsx');
    const bytes = readFileSync(demo);
    writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefused(f, /tronque\.xlsx est tronqué ou endommagé/);
  });

  it('a zip bomb (a sheet that inflates a thousand times)', () => {
    const f = join(dir, 'bombe.xlsx');
    const zeros = Buffer.alloc(60 * 1024 * 1024, 0x20);
    writeFileSync(
      f,
      makeZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: zeros },
      ]),
    );
    expectRefused(f, /bombe\.xlsx est refusé : « xl\/worksheets\/sheet1\.xml » se décompresse \d+ fois/);
  });

  it('an archive that declares gigabytes once inflated', () => {
    const f = join(dir, 'enorme.xlsx');
    writeFileSync(
      f,
      makeZip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>'.repeat(200)), declaredSize: 4_000_000_000 },
      ]),
    );
    expectRefused(f, /enorme\.xlsx est refusé/);
  });

  it('a zip that is not a spreadsheet (a .docx renamed)', () => {
    const f = join(dir, 'lettre.xlsx');
    writeFileSync(f, makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]));
    expectRefused(f, /pas de xl\/workbook\.xml/);
  });

  it('a sheet claiming a row number in the millions', async () => {
    const f = join(dir, 'millions.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Journal');
    ws.addRow(['Date', 'Compte', 'Recette', 'Dépense']);
    ws.getCell('A3000000').value = 'x';
    await wb.xlsx.writeFile(f);
    expectRefused(f, /la feuille « Journal » a une ligne n° 3\s000\s000 ; au-delà de 200\s000 lignes le classeur est refusé/);
  });

  it('a folder given as workbook', () => {
    expectRefused(dir, /est un dossier/);
  });
});

describe('a workbook file that cannot be read, with --lang en: the same refusals in English', () => {
  it('a missing file', () => {
    const r = citego(['--lang', 'en', 'check', '--workbook', 'nope.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('citego : File not found: nope.xlsx\n');
    expectRefused(join(dir, 'absent.xlsx'), /^citego : Fichier introuvable : absent\.xlsx$/);
  });

  it('a .csv renamed .xlsx, a folder, a truncated file', () => {
    const csv = join(dir, 'export-en.xlsx');
    writeFileSync(csv, 'Date;Label;Amount\n15/03/2025;Fee;30\n');
    expectRefused(csv, /^citego : export-en\.xlsx is not an \.xlsx workbook \(not an Excel archive; a renamed \.csv\?\)$/, 'en');
    expectRefused(dir, /is a folder, not an \.xlsx workbook$/, 'en');
    const cut = join(dir, 'cut.xlsx');
    const bytes = readFileSync(demo);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefused(cut, /^citego : cut\.xlsx is truncated or damaged \(end of archive not found\)$/, 'en');
  });

  it("a broken XML part names the broken tag in the user's language", () => {
    const f = join(dir, 'broken.xlsx');
    writeFileSync(f, makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="Journal"/>') }]));
    expectRefused(f, /^citego : broken\.xlsx est endommagé ou n'est pas un classeur \.xlsx lisible \(<sheets> sans <\/sheets>\)$/);
    expectRefused(f, /^citego : broken\.xlsx is damaged or not a readable \.xlsx workbook \(<sheets> without <\/sheets>\)$/, 'en');
  });

  it('a tiny file whose sheets each claim a far cell and a far row: refused in one line, without filling the memory', async () => {
    const f = join(dir, 'far-cells.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const name of ['Journal', 'Budget', 'Partenaires', 'Conventions']) {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = 'Date';
      ws.getCell(1, 500).value = 'loin';
      ws.getCell('A199999').value = 'x';
    }
    await wb.xlsx.writeFile(f);
    // Each sheet is 199 999 rows × 500 columns once padded: 100 million cells, several gigabytes.
    // The real CLI in a child process, which reports its own peak memory (maxRSS, in KB) after the refusal.
    const probe = `require(${JSON.stringify(join(ROOT, 'build', 'citego.js'))}).main(['overview', '--workbook', ${JSON.stringify(f)}]).then((c) => { process.stderr.write(String(process.resourceUsage().maxRSS) + '\\n'); process.exitCode = c; })`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    const [message, peakKb] = r.stderr.trim().split('\n');
    expect(message).toMatch(
      /la feuille « Journal » s'étend sur 199\s999 lignes × 500 colonnes ; au-delà de 5\s000\s000 cellules par feuille le classeur est refusé/,
    );
    expect(Number(peakKb)).toBeLessThan(600 * 1024); // peak memory under 600 MB
  });
  it('a sheet claiming a row number in the millions: English digit grouping', async () => {
    const f = join(dir, 'millions-en.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Journal').getCell('A3000000').value = 'x';
    await wb.xlsx.writeFile(f);
    expectRefused(f, /the sheet "Journal" has a row no\. 3,000,000; beyond 200,000 rows the workbook is refused$/, 'en');
  });
});

describe('one writer per workbook', () => {
  it('init refuses a workbook another citego holds, and takes over the lock of a process that is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citego-lock-'));
    const file = join(dir, 'asso.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), file);
    const before = readFileSync(file);
    const lock = join(dir, '.asso.xlsx.citego.lock');
    writeFileSync(lock, String(process.pid)); // this test's own process: alive
    const held = citego(['init', '--workbook', file]);
    expect(held.code).toBe(2);
    expect(held.stderr.trim()).toBe(
      `citego : asso.xlsx est déjà ouvert en écriture par un autre citego (processus ${process.pid}) : arrêtez-le d’abord, deux écritures à la fois perdraient des enregistrements.`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    writeFileSync(lock, '999999999'); // a process that no longer runs
    const stale = citego(['init', '--workbook', file]);
    expect(stale.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});

describe('command-line usage', () => {
  it('an unknown option is one French line and exit code 2', () => {
    const r = citego(['overview', '--wrokbook', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('citego : option inconnue : --wrokbook');
  });

  it('an unknown command says so', () => {
    const r = citego(['rapport']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('citego : commande inconnue : rapport (voir citego --help)');
  });

  it('a bad --lang is refused', () => {
    const r = citego(['overview', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^citego : .*de/);
  });

  it('output piped into a reader that stops early (| head -1) ends quietly, without a stack trace', () => {
    const bin = join(ROOT, 'bin', 'citego.js');
    for (let i = 0; i < 3; i++) {
      const r = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${bin}" overview | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`],
        {
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        },
      );
      expect(r.stderr).not.toMatch(/EPIPE|at .*\(/);
      expect(r.stderr).toMatch(/status=0/);
    }
  });

  it('usage errors in English with --lang en', () => {
    expect(citego(['--lang', 'en', 'overview', '--wrokbook', 'x.xlsx']).stderr).toBe('citego : unknown option: --wrokbook\n');
    expect(citego(['--lang', 'en', 'rapport']).stderr).toBe('citego : unknown command: rapport (see citego --help)\n');
    expect(citego(['check', '--lang', 'en', '--year']).stderr).toBe('citego : missing value for --year\n');
    const lang = citego(['overview', '--lang', 'de']);
    expect([lang.code, lang.stderr]).toEqual([2, 'citego : --lang : « de » n’est pas permis (fr ou en)\n']);
  });

  it("--help is French throughout by default, commander's own lines too", () => {
    const root = citego(['--help']);
    expect(root.stdout).toMatch(/^Utilisation : citego \[options\] \[commande\]\n/);
    expect(root.stdout).toContain('\nCommandes :\n');
    expect(root.stdout).toMatch(/ {2}--lang <langue> +langue des messages : fr ou en \(par défaut : fr\)\n/);
    expect(root.stdout).toMatch(/ {2}-h, --help +affiche l’aide de la commande\n/);
    expect(root.stdout).toMatch(/ {2}help \[commande\] +affiche l’aide d’une commande\n/);
    const check = citego(['check', '--help']);
    expect(check.stdout).toMatch(/^Utilisation : citego check \[options\]\n/);
    expect(check.stdout).toMatch(/ {2}--date <aaaa-mm-jj> +date du jour pour les échéances/);
    expect(citego(['help', 'export']).stdout).toMatch(/ {2}--out <dossier> +dossier de sortie \(par défaut : out\)\n/);
    for (const out of [root.stdout, check.stdout]) expect(out).not.toMatch(/Usage:|Options:|Commands:|display help|choices:|default:/);
  });

  it('--help in English with --lang en, before or after the command', () => {
    const root = citego(['--lang', 'en', '--help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toMatch(/^Usage: citego \[options\] \[command\]\n\nThe association's console: reads, checks and reports/);
    // A longer command name (cerfa15059) widens the first column: the description may wrap.
    expect(root.stdout).toMatch(/ {2}check \[options\] +checks that the budget, cash book, funding and\s+agreements/);
    expect(root.stdout).toMatch(/ {2}help \[command\] +display help for a command\n/);
    const check = citego(['check', '--help', '--lang', 'en']);
    expect(check.stdout).toMatch(/^Usage: citego check \[options\]\n/);
    expect(check.stdout).toMatch(/ {2}--workbook <file> +\.xlsx workbook \(default: the embedded demo\)\n/);
    expect(check.stdout).toMatch(/ {2}--date <yyyy-mm-dd> +today's date for deadlines \(default: today\)\n/);
    expect(citego(['--lang=en', 'help', 'export']).stdout).toMatch(/ {2}--out <dir> +output folder \(default: out\)\n/);
    for (const out of [root.stdout, check.stdout]) expect(out).not.toMatch(/[éèàù’]|par défaut|exercice|classeur|\(default: "/);
  });

  it('--help lists the commands without loading the spreadsheet library', () => {
    const r = citego(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/overview/);
    expect(r.stdout).toMatch(/init/);
    const probe = citego([], {});
    expect(probe.code).toBe(0);
    const loaded = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(join(ROOT, 'build', 'citego.js'))}).main(['--help']).then(()=>{process.stderr.write(String(Object.keys(require.cache).some(k=>k.includes('exceljs'))))})`,
      ],
      { encoding: 'utf8' },
    );
    expect(loaded.stderr).toBe('false');
  });
});

describe('a FIFO (or any non-regular file) given as workbook is refused at once, never waited on', () => {
  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  const fifoIt = hasMkfifo ? it : it.skip; // skipped only where mkfifo is unavailable
  fifoIt('every command that opens it: one line, exit code 2, within seconds', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'citego-fifo-')), 'tube.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const command of ['overview', 'check', 'init', 'preview']) {
      const started = Date.now();
      const r = citego([command, '--workbook', fifo]);
      expect({ command, code: r.code, stderr: r.stderr, out: r.stdout }).toEqual({
        command,
        code: 2,
        stderr: "citego : tube.xlsx n'est pas un fichier ordinaire (un tube ou un périphérique ?), pas un classeur .xlsx\n",
        out: '',
      });
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    const en = citego(['check', '--workbook', fifo, '--lang', 'en']);
    expect(en.stderr).toBe('citego : tube.xlsx is not a regular file (a pipe or a device?), not an .xlsx workbook\n');
  });
});
