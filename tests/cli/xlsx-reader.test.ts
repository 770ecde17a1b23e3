import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx, isDateFormat } from '../../scripts/xlsx/read';
import { makeZip } from '../helpers/zip';

const dir = mkdtempSync(join(tmpdir(), 'citego-reader-'));

/** A workbook as another program may write it: workbook.xml last, absolute targets, inline strings. */
function craft(opts: { date1904?: boolean } = {}): string {
  const file = join(dir, `crafted-${opts.date1904 ? '1904' : '1900'}.xlsx`);
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Recette</t></is></c><c r="E1" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" s="1"><v>45731</v></c><c r="B3" t="s"><v>3</v></c><c r="C3"><f>SUM(1,2)</f><v>1234.5</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#DIV/0!</v></c></row>
<row r="4"><c r="A4" s="2"><v>45731</v></c><c r="B4" t="str"><v>=texte &amp; co</v></c><c r="C4" s="3"><v>12.5</v></c></row>
</sheetData></worksheet>`;
  const strings = `<sst><si><t>Date</t></si><si><r><t>Libel</t></r><r><rPr><b/></rPr><t xml:space="preserve">lé</t></r><rPh><t>ri</t></rPh></si><si><t>Fait</t></si><si><t>Caf&#233; &lt;b&gt; _x000D_fin</t></si></sst>`;
  const styles = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;€&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
  const rels = `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="x/styles" Target="styles.xml"/></Relationships>`;
  const workbook = `<workbook xmlns:r="r"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="Journal &amp; co" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  writeFileSync(
    file,
    makeZip([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
      { name: 'xl/sharedStrings.xml', data: Buffer.from(strings) },
      { name: 'xl/styles.xml', data: Buffer.from(styles) },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
      { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    ]),
  );
  return file;
}

describe('the .xlsx reader', () => {
  it('gives every sheet as getValues() would: a rectangle, empty cells as "", dates as Date', async () => {
    const snap = await readXlsx(craft());
    expect(snap.sheetNames()).toEqual(['Journal & co']);
    expect(snap.readSheet('Journal & co')).toEqual([
      ['Date', 'Libellé', 'Recette', '', 'Fait'],
      ['', '', '', '', ''],
      [new Date('2025-03-15T00:00:00Z'), 'Café <b> \rfin', 1234.5, true, '#DIV/0!'],
      [new Date('2025-03-15T00:00:00Z'), '=texte & co', 12.5, '', ''],
    ]);
  });

  it('understands the 1904 date system of old Mac workbooks', async () => {
    const snap = await readXlsx(craft({ date1904: true }));
    expect(snap.readSheet('Journal & co')[2][0]).toEqual(new Date('2029-03-16T00:00:00Z'));
  });

  it('tells date formats from amount formats', () => {
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('[$-40C]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('#,##0.00 "€"')).toBe(false);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});
