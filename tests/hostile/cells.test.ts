/**
 * Hostile or ambiguous cells in an otherwise sound workbook (issue 10 #3, #7, and the classes that
 * already passed): each is a finding on its cell or read as written, never a crash, never a
 * silent misreading; the file is byte-identical after every read command.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, DEMO, expectTame, fingerprint, printCount, run, tryPayload, type Run } from './harness';
import { demoWithLine, expenseLine, JOURNAL } from './demo-copies';
import { entriesOf, withPrefix } from './payloads';

const dir = corpusDir();
const TODAY = ['--date', '2026-01-15'];
printCount('cells');

/** `citego args --workbook file`, tame, the file unchanged. */
function readOnly(file: string, args: readonly string[]): Run {
  const before = fingerprint(file);
  const r = run([...args, '--workbook', file]);
  expectTame(r);
  expect(fingerprint(file)).toBe(before);
  return r;
}

/** check finds `finding` on the line (exit code 1); overview reads the file (exit code 0). */
function foundByCheck(file: string, finding: RegExp): void {
  tryPayload();
  const check = readOnly(file, ['check', ...TODAY]);
  expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 1, stderr: '' });
  expect(check.stdout).toMatch(finding);
  const overview = readOnly(file, ['overview']);
  expect({ code: overview.code, stderr: overview.stderr }).toEqual({ code: 0, stderr: '' });
}

describe('a cell that cannot be what its column holds is a cell.invalid finding', () => {
  it('a date-styled number no calendar holds (serial 1e12): check exits 1 naming the cell; overview, report and export do not crash', async () => {
    const { file, row } = await demoWithLine(dir, 'serial.xlsx', (ws, r) => {
      expenseLine({ [JOURNAL.date]: 1e12 })(ws, r);
      ws.getCell(`A${r}`).numFmt = 'dd/mm/yyyy';
    });
    foundByCheck(
      file,
      new RegExp(`Journal!A${row}\\s+« 1000000000000 » n'est pas une date \\(ex\\. 15/03/2025\\)\\.\\s+\\[cell\\.invalid\\]`),
    );
    const out = mkdtempSync(join(dir, 'out-'));
    for (const args of [
      ['report', '--year', '2025', '--out', out],
      ['export', '--year', '2025', '--out', out],
    ]) {
      const o = readOnly(file, args);
      expect({ args, code: o.code, stderr: o.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
  });

  it('an account with a letter l typed for a 1 (74l) is not account 74', async () => {
    const { file, row } = await demoWithLine(dir, 'compte.xlsx', expenseLine({ [JOURNAL.account]: '74l' }));
    foundByCheck(file, new RegExp(`Journal!D${row}\\s+« 74l » n'est pas un numéro de compte \\(ex\\. 6226\\)\\.\\s+\\[cell\\.invalid\\]`));
  });

  it('an error cell (#DIV/0!) in an amount column', async () => {
    const { file, row } = await demoWithLine(dir, 'erreur.xlsx', expenseLine({ [JOURNAL.expense]: { error: '#DIV/0!' } }));
    foundByCheck(file, new RegExp(`Journal!I${row}\\s+« #DIV/0! » n'est pas un montant \\(ex\\. 1 234,56\\)\\.\\s+\\[cell\\.invalid\\]`));
  });
});

describe('an ambiguous cell is read one way, and the reading is said (issue 10 #7)', () => {
  it('12.345 (thousands dot or English decimal point) and 15/03/25 (a century guessed)', async () => {
    const { file, row } = await demoWithLine(dir, 'ambigu.xlsx', expenseLine({ [JOURNAL.date]: '15/03/25', [JOURNAL.expense]: '12.345' }));
    foundByCheck(
      file,
      new RegExp(
        `Journal!A${row}\\s+« 15/03/25 » est lu le 15/03/2025 : écrivez l'année en entier \\(quatre chiffres\\) pour lever le doute\\.\\s+\\[cell\\.ambiguous\\]`,
      ),
    );
    const check = run(['check', '--workbook', file, ...TODAY]);
    expect(check.stdout).toMatch(new RegExp(`Journal!I${row}\\s+« 12\\.345 » est lu 12\\s345,00\\s€ \\(le point sépare les milliers\\)`));
  });
});

describe('the same workbook written differently reads the same', () => {
  const demoCheck = () => run(['check', '--workbook', DEMO, ...TODAY]);

  it('every SpreadsheetML part written with a namespace prefix (<x:worksheet xmlns:x="…main">, <x:c>, <x:v>)', () => {
    tryPayload();
    const file = join(dir, 'prefixe.xlsx');
    writeFileSync(file, withPrefix(DEMO));
    const sheet = entriesOf(file).find((e) => e.name === 'xl/worksheets/sheet1.xml');
    expect(sheet?.data.toString()).toMatch(/^(<\?xml[^>]*\?>)?\s*<x:worksheet [^>]*xmlns:x="[^"]+main".*<x:row r="1".*<x:c r="A1"/s);
    const expected = demoCheck();
    const prefixed = readOnly(file, ['check', ...TODAY]);
    expect(prefixed.code).toBe(expected.code);
    expect(prefixed.stdout).toBe(expected.stdout);
    expect(readOnly(file, ['overview']).stdout).toBe(run(['overview', '--workbook', DEMO]).stdout.replace(/demo\.xlsx/g, 'prefixe.xlsx'));
    // init finds every sheet there (nothing to create) and writes nothing.
    const init = readOnly(file, ['init']);
    expect(init.code).toBe(0);
    expect(init.stdout).not.toMatch(/créées/);
  });

  it('dates counted from 1904 (workbookPr date1904, as old Mac Excel writes them)', async () => {
    tryPayload();
    const { file } = await demoWithLine(
      dir,
      'mac-1904.xlsx',
      () => undefined,
      (wb) => (wb.properties.date1904 = true),
    );
    expect(
      entriesOf(file)
        .find((e) => e.name === 'xl/workbook.xml')
        ?.data.toString(),
    ).toMatch(/<workbookPr[^>]* date1904="1"/);
    const expected = demoCheck();
    const r = readOnly(file, ['check', ...TODAY]);
    expect(r.code).toBe(expected.code);
    expect(r.stdout).toBe(expected.stdout);
  });
});
