/** Workbooks built in code, part by part (no binary blob): the raw XML a hostile file may hold. */
import { inflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { makeZip, storedEntries, type ZipInput } from '../helpers/zip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface RawSheet {
  readonly name: string;
  /** The whole worksheet part, or its `<sheetData>` content only. */
  readonly xml?: string;
  readonly rows?: string;
}

/** One inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A Journal header row (row 1) as inline strings. */
export const JOURNAL_HEADER = `<row r="1">${['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense']
  .map((h, i) => textCell(`${String.fromCharCode(65 + i)}1`, h))
  .join('')}</row>`;

/** An .xlsx whose parts are the given texts: the workbook, its relationships, the sheets, optional shared strings and extra entries. */
export function rawXlsx(
  sheets: readonly RawSheet[],
  opts: { sharedStrings?: string | Buffer; workbookPr?: string; extra?: ZipInput[]; workbookXml?: string; sheetOutside?: string } = {},
): Buffer {
  let list = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  if (opts.sheetOutside !== undefined) list += `<sheet name="Dehors" sheetId="99" r:id="rIdOut"/>`;
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (opts.sheetOutside !== undefined) rels.push(`<Relationship Id="rIdOut" Type="${REL}/worksheet" Target="${opts.sheetOutside}"/>`);
  if (opts.sharedStrings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  const types =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    `</Types>`;
  const entries: ZipInput[] = [
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        opts.workbookXml ?? `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${opts.workbookPr ?? ''}<sheets>${list}</sheets></workbook>`,
      ),
    },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(`<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`) },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(s.xml ?? `<worksheet xmlns="${MAIN}"><sheetData>${s.rows ?? ''}</sheetData></worksheet>`),
    })),
  ];
  if (opts.sharedStrings !== undefined)
    entries.push({
      name: 'xl/sharedStrings.xml',
      data: Buffer.isBuffer(opts.sharedStrings) ? opts.sharedStrings : Buffer.from(opts.sharedStrings),
    });
  return makeZip([...entries, ...(opts.extra ?? [])]);
}

/** Every entry of an archive, inflated (stored or deflated entries only, as our writers make). */
export function entriesOf(file: string): ZipInput[] {
  return [...storedEntries(readFileSync(file))].map(([name, e]) => ({
    name,
    data: e.method === 8 ? inflateRawSync(e.stored) : Buffer.from(e.stored),
  }));
}

/**
 * The same workbook with every SpreadsheetML part written with the prefix `x:` bound to the main
 * namespace instead of a default namespace: `<x:worksheet xmlns:x="…main"><x:sheetData><x:row><x:c>`.
 */
export function withPrefix(file: string): Buffer {
  return makeZip(
    entriesOf(file).map((e) => {
      const text = e.data.toString('utf8');
      if (!e.name.startsWith('xl/') || !e.name.endsWith('.xml') || !text.includes(`xmlns="${MAIN}"`)) return e;
      const prefixed = text
        .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
        .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (_m: string, slash: string, name: string) => `<${slash}x:${name}`);
      return { name: e.name, data: Buffer.from(prefixed) };
    }),
  );
}

/**
 * `size` characters of text deflate compresses about a hundred times (runs of `a` of random
 * length): large once inflated, yet no zip bomb by the archive's ratio rule.
 */
export function looseText(size: number): string {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const run = 'a'.repeat(1 + Math.floor(random() * 600)) + String.fromCharCode(98 + Math.floor(random() * 20));
    parts.push(run);
    length += run.length;
  }
  return parts.join('').slice(0, size);
}
