import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

// The French refusals of every hostile file, for every command: tests/hostile/files.test.ts.
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

  it('a sheet claiming a row number in the millions: English digit grouping', async () => {
    const f = join(dir, 'millions-en.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Journal').getCell('A3000000').value = 'x';
    await wb.xlsx.writeFile(f);
    expectRefused(f, /the sheet "Journal" has a row no\. 3,000,000; beyond 200,000 rows the workbook is refused$/, 'en');
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
