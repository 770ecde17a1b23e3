/**
 * Hostile or ambiguous cells in an otherwise sound workbook (issue 10 #3, #7, and the classes that
 * already passed): each is a finding on its cell or read as written, never a crash, never a
 * silent misreading; the file is byte-identical after every read command.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, DEMO, expectTame, fingerprint, printCount, run, tryPayload, type Run } from './harness';
import { demoWithLine, expenseLine, JOURNAL } from './demo-copies';
import { entriesOf, JOURNAL_HEADER, MAIN, rawXlsx, textCell, withPrefix } from './payloads';

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
    // init finds the same sheets there as in the plain demo: it adds exactly what it adds to a copy of the demo.
    const plain = join(dir, 'prefixe-temoin.xlsx');
    copyFileSync(DEMO, plain);
    const init = run(['init', '--workbook', file]);
    expectTame(init);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(run(['init', '--workbook', plain]).stdout);
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

describe('XML that points outside the file or multiplies itself is read as plain text', () => {
  const entities =
    '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    Array.from({ length: 7 }, (_, i) => `<!ENTITY lol${i + 3} "${`&lol${i + 2};`.repeat(10)}">`).join('') +
    ']>';
  const rows = `${JOURNAL_HEADER}<row r="2">${textCell('A2', '15/03/2025')}${textCell('C2', '&xxe;')}${textCell('D2', '6064')}${textCell('F2', '&lol9;')}</row>`;

  it.each([
    [
      'in a sheet (XXE and a billion laughs)',
      rawXlsx([
        { name: 'Journal', xml: `<?xml version="1.0"?>${entities}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>` },
      ]),
    ],
    [
      'in the shared strings',
      rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="2"><c r="C2" t="s"><v>0</v></c><c r="F2" t="s"><v>1</v></c></row>` }], {
        sharedStrings: `<?xml version="1.0"?>${entities.replace('worksheet', 'sst')}<sst xmlns="${MAIN}"><si><t>&xxe;</t></si><si><t>&lol9;</t></si></sst>`,
      }),
    ],
  ])('%s', (name, bytes) => {
    tryPayload();
    const file = join(dir, `entites-${name.length}.xlsx`);
    writeFileSync(file, bytes);
    for (const args of [['overview'], ['check', '--json', ...TODAY]]) {
      const r = readOnly(file, args);
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toMatch(/root:|lollol/);
    }
  });
});

describe('an archive whose names climb out of it (zip-slip) writes nowhere but the workbook', () => {
  it('entries named ../ and /, a relationship to ../../../etc/passwd', () => {
    tryPayload();
    const slip = join(dir, 'slip-sortie.txt');
    const zip = rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="2">${textCell('C2', 'Cotisation')}</row>` }], {
      extra: [
        { name: `../../../../../../..${slip}`, data: Buffer.from('sortie') },
        { name: slip, data: Buffer.from('sortie') },
        { name: 'xl/../../slip-sortie.txt', data: Buffer.from('sortie') },
      ],
      sheetOutside: '../../../../../../../etc/passwd',
    });
    const file = join(dir, 'zip-slip.xlsx');
    writeFileSync(file, zip);
    for (const args of [['overview'], ['check', ...TODAY]]) {
      const r = readOnly(file, args);
      expect([0, 1]).toContain(r.code);
      expect(r.stdout).not.toMatch(/root:|Dehors/);
    }
    const init = run(['init', '--workbook', file]);
    expectTame(init);
    expect(init.code).toBe(0);
    expect(existsSync(slip)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('slip'))).toEqual([]);
  });
});

describe('a shared-string index that points nowhere', () => {
  it('reads as an empty cell, never a crash', () => {
    tryPayload();
    const rows = `${JOURNAL_HEADER}<row r="2">${textCell('A2', '15/03/2025')}<c r="C2" t="s"><v>99999999</v></c><c r="D2" t="s"><v>-1</v></c><c r="F2" t="s"><v>abc</v></c></row>`;
    const file = join(dir, 'index.xlsx');
    writeFileSync(file, rawXlsx([{ name: 'Journal', rows }], { sharedStrings: `<sst xmlns="${MAIN}"><si><t>seul</t></si></sst>` }));
    for (const args of [['overview'], ['check', ...TODAY]]) {
      const r = readOnly(file, args);
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).toBe('');
    }
  });
});

describe('formula injection in the accountant’s files (issue 10 #12)', () => {
  it('a label, a pièce and a tiers starting with = + @ are inert in the FEC (18 columns kept) and in every CSV', async () => {
    const { file } = await demoWithLine(
      dir,
      'formules.xlsx',
      expenseLine({ [JOURNAL.label]: '=HYPERLINK("http://evil.example";"x")', [JOURNAL.piece]: '+B-1', [JOURNAL.party]: '@SUM(1)' }),
    );
    tryPayload();
    const out = mkdtempSync(join(dir, 'export-'));
    const r = readOnly(file, ['export', '--year', '2025', '--out', out]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const folder = join(out, '2025');
    const files = readdirSync(folder);
    const fec = files.find((f) => /FEC\d{8}\.txt$/.test(f));
    expect(fec).toBeDefined();
    const lines = readFileSync(join(folder, fec as string), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.includes('HYPERLINK'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const fields = line.split('\t');
      expect(fields).toHaveLength(18);
      expect(fields.filter((f) => /^[=+@-]/.test(f))).toEqual([]);
      expect(fields).toContain('\'=HYPERLINK("http://evil.example";"x")');
    }
    let seen = 0;
    for (const csv of files.filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(join(folder, csv), 'utf8');
      for (const cell of text.split(/[;\r\n]/)) {
        const bare = cell.replace(/^"|"$/g, '');
        if (/HYPERLINK|^\+B-1$|SUM\(1\)/.test(bare)) {
          seen++;
          expect(bare).toMatch(/^'/);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
