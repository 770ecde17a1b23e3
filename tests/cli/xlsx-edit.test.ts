import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { XlsxEditable } from '../../scripts/xlsx/edit';
import { readXlsx } from '../../scripts/xlsx/read';
import { makeZip, storedEntries } from '../helpers/zip';

const dir = mkdtempSync(join(tmpdir(), 'citego-edit-'));

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** A workbook as a small program may write it: given sheets, optional styles and calculation chain. */
function craft(
  name: string,
  sheets: Record<string, string>,
  opts: { styles?: string; calcChain?: string; sharedStrings?: string; target?: (sheet: number) => string } = {},
): string {
  const names = Object.keys(sheets);
  const rels = names.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${opts.target?.(i + 1) ?? `worksheets/sheet${i + 1}.xml`}"/>`,
  );
  const types = names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${WS}"/>`);
  if (opts.styles) rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  if (opts.calcChain) {
    rels.push(`<Relationship Id="rIdC" Type="${REL}/calcChain" Target="calcChain.xml"/>`);
    types.push(
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
    );
  }
  const parts = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types.join('')}</Types>`),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<workbook ${MAIN} xmlns:r="${REL}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
      ),
    },
    ...names.map((n, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(`<worksheet ${MAIN}><sheetData>${sheets[n]}</sheetData></worksheet>`),
    })),
    ...(opts.styles ? [{ name: 'xl/styles.xml', data: Buffer.from(opts.styles) }] : []),
    ...(opts.calcChain ? [{ name: 'xl/calcChain.xml', data: Buffer.from(opts.calcChain) }] : []),
    ...(opts.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: Buffer.from(`<sst ${MAIN}>${opts.sharedStrings}</sst>`) }] : []),
  ];
  const file = join(dir, name);
  writeFileSync(file, makeZip(parts));
  return file;
}

function part(file: string, name: string): string {
  const e = storedEntries(readFileSync(file)).get(name);
  if (!e) throw new Error(`${name} absent`);
  return (e.method === 8 ? inflateRawSync(e.stored) : e.stored).toString('utf8');
}

describe('the editable workbook writes only what changed', () => {
  it('a cell written in a row keeps the row’s other cells, formulas and formats; the other sheet is untouched', async () => {
    const file = join(dir, 'treasurer.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Journal');
    ws.addRow(['Date', 'Libellé', 'Recette', 'Dépense', 'Solde']);
    ws.addRow([new Date(Date.UTC(2025, 0, 2)), 'Cotisation', 30, null, { formula: 'C2-D2', result: 30 }]);
    ws.getCell('C2').numFmt = '#,##0.00 "€"';
    ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    wb.addWorksheet('Notes').addRow(['Ne pas effacer']);
    await wb.xlsx.writeFile(file);
    const before = storedEntries(readFileSync(file));

    const book = await XlsxEditable.open(file);
    book.writeBlock('Journal', 2, 2, [['Cotisation annuelle']]);
    const row = book.appendRows('Journal', [[new Date(Date.UTC(2025, 1, 3)), 'Papeterie', '', 42.1]]);
    await book.save();

    const after = storedEntries(readFileSync(file));
    const changed = [...after.keys()].filter((n) => !after.get(n)?.stored.equals(before.get(n)?.stored ?? Buffer.alloc(0)));
    expect(changed).toEqual(['xl/worksheets/sheet1.xml']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const j = back.getWorksheet('Journal')!;
    expect(j.getCell('B2').value).toBe('Cotisation annuelle');
    expect((j.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFFF00');
    expect(j.getCell('E2').formula).toBe('C2-D2');
    expect(j.getCell('C2').numFmt).toBe('#,##0.00 "€"');
    expect(row).toBe(3);
    // The new row takes the formats of the row above: a date shows as a date, an amount as before.
    expect(j.getCell('A3').value).toEqual(new Date('2025-02-03T00:00:00Z'));
    expect(j.getCell('A3').numFmt).toBe('dd/mm/yyyy');
    expect(j.getCell('D3').value).toBe(42.1);
    expect(back.getWorksheet('Notes')!.getCell('A1').value).toBe('Ne pas effacer');
  });

  it('rows written into the gaps of a sheet and appended below land in order, each at its number', async () => {
    const row = (n: number, v: string) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>${v}</t></is></c></row>`;
    const file = craft('gaps.xlsx', { Feuille: [row(1, 'un'), row(3, 'trois'), row(6, 'six')].join('') });
    const book = await XlsxEditable.open(file);
    book.writeBlock('Feuille', 2, 1, [['deux']]);
    book.writeBlock('Feuille', 4, 1, [['quatre'], ['cinq']]);
    expect(book.appendRows('Feuille', [['sept'], ['huit']])).toBe(7);
    await book.save();
    expect((await readXlsx(file)).readSheet('Feuille').map((r) => r[0])).toEqual([
      'un',
      'deux',
      'trois',
      'quatre',
      'cinq',
      'six',
      'sept',
      'huit',
    ]);
    expect([...part(file, 'xl/worksheets/sheet1.xml').matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('any text comes back as written: markup, line breaks, control characters, Excel escapes, formulas as text', async () => {
    const file = craft('texts.xlsx', { Feuille: '<row r="1"><c r="A1" t="inlineStr"><is><t>Texte</t></is></c></row>' });
    const texts = [
      '  espaces  ',
      'a & b <c> "d"',
      'ligne 1\r\nligne 2',
      '_x0041_ reste tel quel',
      '=SUM(A1)',
      'tab\tfin',
      'ctrl\u0001\u001f',
      'émoji 🎉',
    ];
    const book = await XlsxEditable.open(file);
    book.appendRows('Feuille', [texts]);
    expect(book.readRow('Feuille', 2, texts.length)).toEqual(texts);
    await book.save();
    expect((await readXlsx(file)).readSheet('Feuille')[1]).toEqual(texts);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('Feuille')!.getCell('E2').value).toBe('=SUM(A1)');
    expect(back.getWorksheet('Feuille')!.getCell('E2').formula).toBeUndefined();
  });

  it('a date where the workbook has no date style gets one added to the styles, the others keep their numbers', async () => {
    const styles = `<styleSheet ${MAIN}><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`;
    const file = craft(
      'dates.xlsx',
      { Échéances: '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" s="1"><v>12.5</v></c></row>' },
      { styles },
    );
    const book = await XlsxEditable.open(file);
    book.writeBlock('Échéances', 2, 1, [[new Date('2026-03-15T00:00:00Z'), 7]]);
    await book.save();
    expect((await readXlsx(file)).readSheet('Échéances')).toEqual([
      ['Date', 12.5],
      [new Date('2026-03-15T00:00:00Z'), 7],
    ]);
    const xml = part(file, 'xl/styles.xml');
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
    expect(xml).toContain('<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="4"');
  });

  it('overwriting a formula drops the calculation chain (Excel rebuilds it); other writes keep it', async () => {
    const sheet = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row>';
    const calcChain = '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="1"/></calcChain>';
    const kept = craft('chain-kept.xlsx', { Calcul: sheet }, { calcChain });
    const a = await XlsxEditable.open(kept);
    a.writeBlock('Calcul', 1, 1, [[5]]);
    await a.save();
    expect(storedEntries(readFileSync(kept)).has('xl/calcChain.xml')).toBe(true);

    const dropped = craft('chain-dropped.xlsx', { Calcul: sheet }, { calcChain });
    const b = await XlsxEditable.open(dropped);
    b.writeBlock('Calcul', 1, 2, [[10]]);
    await b.save();
    expect(storedEntries(readFileSync(dropped)).has('xl/calcChain.xml')).toBe(false);
    expect(part(dropped, '[Content_Types].xml')).not.toContain('calcChain');
    expect(part(dropped, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect((await readXlsx(dropped)).readSheet('Calcul')).toEqual([[1, 10]]);
  });

  it('init on a workbook without a styles part adds the sheets, the styles, their relationships and content types', async () => {
    const file = craft('bare.xlsx', { Journal: '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>' });
    const book = await XlsxEditable.open(file);
    book.addSheet({
      name: 'Projets',
      columns: [
        { header: 'Code', kind: 'text' },
        { header: 'Début', kind: 'date' },
      ],
    });
    await book.save();
    expect((await readXlsx(file)).sheetNames()).toEqual(['Journal', 'Projets']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const p = back.getWorksheet('Projets')!;
    expect(p.getRow(1).values).toEqual([undefined, 'Code', 'Début']);
    expect(p.getCell('A1').font?.bold).toBe(true);
    expect(p.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(part(file, '[Content_Types].xml')).toContain('/xl/styles.xml');
  });
});

describe('reading stays linear on hostile sheets', () => {
  it('a sheet of 200 000 cells that never close is refused at once, not after minutes', async () => {
    const file = craft('unclosed.xlsx', { Journal: `<row r="1">${'<c r="A1"><v>1</v>'.repeat(200_000)}</row>` });
    const start = Date.now();
    await expect(readXlsx(file)).rejects.toThrow(/unclosed\.xlsx est endommagé/);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('a shared string never closed is refused once, not rescanned for every cell that points past it', async () => {
    const cells = '<c t="s"><v>50</v></c>'.repeat(100);
    const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}">${cells}</row>`).join('');
    const file = craft('sst-unclosed.xlsx', { Journal: rows }, { sharedStrings: `<si><t>Banque</t></si><si><t>${'a'.repeat(2_000_000)}` });
    const start = Date.now();
    await expect(readXlsx(file)).rejects.toThrow(/sst-unclosed\.xlsx est endommagé .*<si> sans <\/si>/);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe('comments, CDATA and instructions are read as an XML parser reads them', () => {
  it('a comment in the shared strings shifts no string; CDATA is text', async () => {
    const file = craft(
      'sst-comment.xlsx',
      { Journal: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' },
      {
        sharedStrings:
          '<si><t>Banque</t></si><!-- <si><t>fantôme</t></si> --><?pi <si>?><si><t>Caisse</t></si><si><t><![CDATA[a<b & </si> c]]></t></si>',
      },
    );
    expect((await readXlsx(file)).readSheet('Journal')).toEqual([['Banque', 'Caisse', 'a<b & </si> c']]);
  });

  it('a commented-out row is not read, and a save does not make it real data', async () => {
    const ghost = '<!-- <row r="2"><c r="A2"><v>99</v></c></row> -->';
    const file = craft('ghost-row.xlsx', {
      Conventions: `<row r="1"><c r="A1" t="inlineStr"><is><t>N°</t></is></c><!-- <c r="B1"><v>7</v></c> --></row>${ghost}`,
    });
    expect((await readXlsx(file)).readSheet('Conventions')).toEqual([['N°']]);
    const wb = await XlsxEditable.open(file);
    wb.writeBlock('Conventions', 1, 3, [['Objet']]);
    await wb.save();
    expect((await readXlsx(file)).readSheet('Conventions')).toEqual([['N°', '', 'Objet']]);
    expect(part(file, 'xl/worksheets/sheet1.xml')).not.toMatch(/<row r="2"><c r="A2"><v>99/);
  });
});

describe('sheets are found as Excel finds them', () => {
  it('two tabs with the same name (whatever the case) are refused at open, naming the sheet', async () => {
    const file = craft('same-name.xlsx', { Conventions: '<row r="1"><c r="A1"><v>1</v></c></row>', CONVENTIONS: '' });
    await expect(readXlsx(file)).rejects.toThrow('same-name.xlsx : deux feuilles portent le nom « CONVENTIONS »');
    await expect(XlsxEditable.open(file)).rejects.toThrow(/deux feuilles portent le nom « CONVENTIONS »/);
  });

  it('a relationship target spelled with other capitals finds its part, and a save writes that part', async () => {
    const file = craft(
      'capitals.xlsx',
      { Journal: '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>' },
      { target: (k) => `Worksheets/Sheet${k}.XML` },
    );
    expect((await readXlsx(file)).readSheet('Journal')).toEqual([['Date']]);
    const wb = await XlsxEditable.open(file);
    wb.writeBlock('Journal', 1, 2, [['Libellé']]);
    await wb.save();
    expect((await readXlsx(file)).readSheet('Journal')).toEqual([['Date', 'Libellé']]);
    expect([...storedEntries(readFileSync(file)).keys()].filter((k) => /sheet/i.test(k))).toEqual(['xl/worksheets/sheet1.xml']);
  });
});

describe('a save replaces the real workbook, and only one the user may write', () => {
  const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>';

  it('through a symbolic link: the real file gets the change, the link stays a link', async () => {
    const real = craft('linked.xlsx', { Journal: sheet });
    const folder = join(dir, 'raccourci');
    mkdirSync(folder);
    const link = join(folder, 'asso.xlsx');
    symlinkSync(real, link);
    const wb = await XlsxEditable.open(link);
    wb.writeBlock('Journal', 1, 2, [['Libellé']]);
    await wb.save();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((await readXlsx(real)).readSheet('Journal')).toEqual([['Date', 'Libellé']]);
    expect(readdirSync(folder)).toEqual(['asso.xlsx']);
  });

  it('a read-only file is refused before anything is written, and stays as it was', async () => {
    const file = craft('lecture-seule.xlsx', { Journal: sheet });
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const wb = await XlsxEditable.open(file);
    wb.writeBlock('Journal', 1, 2, [['Libellé']]);
    await expect(wb.save()).rejects.toThrow("lecture-seule.xlsx est en lecture seule : rien n'a été enregistré");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(lstatSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
