import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { localDispatch } from '../../scripts/preview/dispatch';
import { readXlsx } from '../../scripts/xlsx/read';
import { ROOT } from '../helpers/cli';
import { inflateRawSync } from 'node:zlib';
import { makeZip, storedEntries } from '../helpers/zip';
import { conventionPayload } from '../helpers/convention';

/** Made by LibreOffice Calc (tests/fixtures/README.md): the demo plus a sheet « Analyse » with a chart and a pivot table. */
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'chart-pivot.xlsx');
// The parts of the sheets a convention save writes to, in this file (workbook.xml -> rels).
const CONVENTIONS_PART = 'xl/worksheets/sheet3.xml';
const SCHEDULE_PART = 'xl/worksheets/sheet4.xml';
/** Paramètres: the first save with a Drive folder remembers the association's folder in « Dossier Drive », as on Google. */
const SETTINGS_PART = 'xl/worksheets/sheet1.xml';

const PAYLOAD = conventionPayload({ requestId: 'surgical-0001' });

function copyOfFixture(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'citego-surgical-')), 'asso.xlsx');
  copyFileSync(FIXTURE, file);
  return file;
}

/** The names of the entries whose stored bytes or CRC differ, and the entries present in only one file. */
function changedEntries(before: Buffer, after: Buffer): string[] {
  const a = storedEntries(before);
  const b = storedEntries(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => {
    const x = a.get(n);
    const y = b.get(n);
    return !x || !y || x.crc !== y.crc || x.method !== y.method || !x.stored.equals(y.stored);
  });
}

describe('a convention saved in the preview rewrites only the sheets it changes', () => {
  it('the chart, the pivot table and every other part of a LibreOffice workbook stay byte for byte', async () => {
    const file = copyOfFixture();
    const before = readFileSync(file);
    const entries = [...storedEntries(before).keys()];
    expect(entries).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/pivotTables/pivotTable1.xml',
        'xl/pivotCache/pivotCacheDefinition1.xml',
        'xl/pivotCache/pivotCacheRecords1.xml',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
      ]),
    );

    const saved = (await localDispatch(file)('saveConvention', [PAYLOAD])) as { ok: boolean; id: string; row: number };
    expect(saved).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-012', row: 14 }));

    const after = readFileSync(file);
    expect(changedEntries(before, after).sort()).toEqual([SETTINGS_PART, CONVENTIONS_PART, SCHEDULE_PART]);
    expect([...storedEntries(after).keys()]).toEqual(entries);

    // exceljs still opens it, and the row reads back with dates as dates and the amount as a number.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toContain('Analyse');
    const row = wb.getWorksheet('Conventions')!.getRow(14).values as unknown[];
    expect(row.slice(1, 13)).toEqual([
      'C-2025-012',
      'Atlas — volet sud-américain',
      'P-0007',
      'subvention',
      'atlas relationnel',
      'ATLAS',
      new Date('2025-12-02T00:00:00Z'),
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-12-31T00:00:00Z'),
      12500,
      'recette',
      'signée',
    ]);
    expect(wb.getWorksheet('Conventions')!.getCell('G14').numFmt).toBe(wb.getWorksheet('Conventions')!.getCell('G13').numFmt);

    const book = readWorkbook(await readXlsx(file));
    expect(book.findings).toEqual(readWorkbook(await readXlsx(FIXTURE)).findings);
    const c = book.conventions.records.find((x) => x.id === 'C-2025-012');
    expect(c).toEqual(expect.objectContaining({ partner: 'P-0007', amount: 1_250_000, start: '2026-01-01', end: '2026-12-31' }));
    expect(c?.folder).toMatch(/^file:\/\//);
    expect(book.schedule.records.filter((s) => s.convention === 'C-2025-012').map((s) => [s.date, s.type, s.amount])).toEqual([
      ['2026-01-15', 'versement', 625_000],
      ['2026-09-15', 'versement', 625_000],
      ['2027-06-30', 'rapport', null],
    ]);
    expect(book.ledger.records).toHaveLength(readWorkbook(await readXlsx(FIXTURE)).ledger.records.length);
  });

  it('editing a convention replaces its Échéances rows; the rows below move up and nothing else changes', async () => {
    const file = copyOfFixture();
    const before = readFileSync(file);
    const dispatch = localDispatch(file);
    const original = readWorkbook(await readXlsx(file));
    const form = (await dispatch('getConventionForm', ['C-2025-003'])) as { current: Record<string, unknown> };
    const r = (await dispatch('saveConvention', [
      {
        ...PAYLOAD,
        ...form.current,
        requestId: 'surgical-0002',
        amount: '20 000',
        instalments: [{ date: '01/03/2025', amount: '20 000' }],
        reports: [],
        createFolder: false,
      },
    ])) as { ok: boolean; id: string };
    expect(r).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-003' }));
    expect(changedEntries(before, readFileSync(file)).sort()).toEqual([CONVENTIONS_PART, SCHEDULE_PART]);

    const book = readWorkbook(await readXlsx(file));
    expect(book.conventions.records.find((x) => x.id === 'C-2025-003')?.amount).toBe(2_000_000);
    const others = (b: typeof book) =>
      b.schedule.records.filter((s) => s.convention !== 'C-2025-003').map((s) => [s.convention, s.date, s.amount]);
    expect(others(book)).toEqual(others(original));
    expect(book.schedule.records.filter((s) => s.convention === 'C-2025-003').map((s) => [s.date, s.amount])).toEqual([
      ['2025-03-01', 2_000_000],
    ]);
    // Rows 7 to 9 held C-2025-003: the four rows below moved up, the new one follows them.
    expect(book.schedule.records.slice(5).map((s) => [s.row, s.convention])).toEqual([
      [7, 'C-2025-009'],
      [8, 'C-2025-009'],
      [9, 'C-2024-003'],
      [10, 'C-2024-003'],
      [11, 'C-2025-003'],
    ]);
    expect(book.findings).toEqual(original.findings);
  });
});

/** The fixture with one part's text changed (the archive rewritten by the test's zip writer). */
function fixtureWith(edits: Record<string, (xml: string) => string>): string {
  const file = copyOfFixture();
  const parts = [...storedEntries(readFileSync(file))].map(([name, e]) => {
    const data = e.method === 8 ? inflateRawSync(e.stored) : e.stored;
    return { name, data: edits[name] ? Buffer.from(edits[name](data.toString('utf8'))) : data };
  });
  writeFileSync(file, makeZip(parts));
  return file;
}

/** Row 11 of Échéances (below C-2025-003's rows 7 to 9) given one more cell. */
const cellInRow11 = (cell: string) => (xml: string) => xml.replace(/(<row r="11"[^>]*>.*?)<\/row>/, `$1${cell}</row>`);
const afterSheetData = (markup: string) => (xml: string) => xml.replace('</sheetData>', `</sheetData>${markup}`);

describe('deleting Échéances rows the offline writer cannot shift around is refused, and nothing is written', () => {
  const save = async (file: string) => {
    const dispatch = localDispatch(file);
    const form = (await dispatch('getConventionForm', ['C-2025-003'])) as { current: Record<string, unknown> };
    return dispatch('saveConvention', [
      {
        ...PAYLOAD,
        ...form.current,
        requestId: 'surgical-0003',
        amount: '20 000',
        instalments: [{ date: '01/03/2025', amount: '20 000' }],
        reports: [],
        createFolder: false,
      },
    ]);
  };

  it.each([
    [
      'a formula below',
      { [SCHEDULE_PART]: cellInRow11('<c r="H11"><f>D11*2</f><v>0</v></c>') },
      /contient une formule à la ligne 11 ou plus bas/,
    ],
    [
      'merged cells below',
      { [SCHEDULE_PART]: afterSheetData('<mergeCells count="1"><mergeCell ref="H12:I13"/></mergeCells>') },
      /des cellules fusionnées à la ligne 12/,
    ],
    [
      'a hyperlink below',
      { [SCHEDULE_PART]: afterSheetData('<hyperlinks><hyperlink ref="A11" r:id="rIdX"/></hyperlinks>') },
      /un lien hypertexte à la ligne 11/,
    ],
    [
      'a validation over the column',
      {
        [SCHEDULE_PART]: afterSheetData(
          '<dataValidations count="1"><dataValidation type="list" sqref="E2:E500"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
        ),
      },
      /une validation des données à la ligne 7/,
    ],
    [
      'a named range into the rows',
      {
        'xl/workbook.xml': (xml: string) =>
          xml.replace(
            '</sheets>',
            '</sheets><definedNames><definedName name="Versements">\'Échéances\'!$C$2:$C$13</definedName></definedNames>',
          ),
      },
      /une plage nommée qui pointe à la ligne 7/,
    ],
  ])('%s', async (_, edits, message) => {
    const file = fixtureWith(edits as Record<string, (xml: string) => string>);
    const before = readFileSync(file);
    await expect(save(file)).rejects.toThrow(/^La feuille « Échéances » contient /);
    await expect(save(file)).rejects.toThrow(message);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a formula or merged cells above the deleted rows do not stop the save', async () => {
    const file = fixtureWith({
      [SCHEDULE_PART]: (xml) =>
        afterSheetData('<mergeCells count="1"><mergeCell ref="H2:I3"/></mergeCells>')(xml).replace(
          /(<row r="2"[^>]*>.*?)<\/row>/,
          '$1<c r="H2"><f>D2*2</f><v>0</v></c></row>',
        ),
    });
    await expect(save(file)).resolves.toEqual(expect.objectContaining({ ok: true, id: 'C-2025-003' }));
  });
});
