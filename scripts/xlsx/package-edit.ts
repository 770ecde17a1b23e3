/**
 * The few package parts a change may need besides the sheets themselves: the workbook's sheet
 * list, its relationships and the content types (ECMA-376 Part 2 §10.1.2 [Content_Types].xml).
 * Each is changed by inserting or removing one element; the rest of its text is kept as written.
 */
import { attribute, attributes, elements, escapeXml, nextElement } from './xml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
};
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

/** `xml` with `child` inserted just before the closing tag of its first `<parent>`. */
function insertInto(xml: string, parent: string, child: string): string {
  const e = nextElement(xml, parent, 0);
  if (!e) throw new Error(`<${parent}> absent`);
  if (e.inner === e.end) {
    // <parent …/> becomes <parent …>child</parent>
    return `${xml.slice(0, e.start)}<${parent}${e.attrs}>${child}</${parent}>${xml.slice(e.end)}`;
  }
  return xml.slice(0, e.innerEnd) + child + xml.slice(e.innerEnd);
}

/** The prefix the workbook binds to the relationships namespace (usually `r`). */
function relationshipPrefix(workbookXml: string): string | null {
  const root = nextElement(workbookXml, 'workbook', 0);
  if (!root) return null;
  for (const [k, v] of Object.entries(attributes(root.attrs))) if (k.startsWith('xmlns:') && v === REL_NS) return k.slice(6);
  return null;
}

/** Adds sheets at the end of the workbook's tab list. */
export function addSheetsToWorkbook(workbookXml: string, sheets: readonly { name: string; relId: string }[]): string {
  const list = nextElement(workbookXml, 'sheets', 0);
  let maxId = 0;
  for (const s of list ? elements(workbookXml, 'sheet', list.inner, list.innerEnd) : [])
    maxId = Math.max(maxId, Number(attribute(s.attrs, 'sheetId')) || 0);
  const prefix = relationshipPrefix(workbookXml);
  const added = sheets.map((s, i) => {
    const id = prefix ? `${prefix}:id="${s.relId}"` : `xmlns:r="${REL_NS}" r:id="${s.relId}"`;
    return `<sheet name="${escapeXml(s.name)}" sheetId="${maxId + i + 1}" ${id}/>`;
  });
  return insertInto(workbookXml, 'sheets', added.join(''));
}

/** Relationship ids not used yet in a relationships part. */
export function freeRelationshipIds(relsXml: string, count: number): string[] {
  const used = new Set([...elements(relsXml, 'Relationship')].map((r) => attribute(r.attrs, 'Id')));
  const out: string[] = [];
  for (let n = used.size + 1; out.length < count; n++) if (!used.has(`rId${n}`)) out.push(`rId${n}`);
  return out;
}

export function addRelationships(relsXml: string, rels: readonly { id: string; type: string; target: string }[]): string {
  const added = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`);
  return insertInto(relsXml, 'Relationships', added.join(''));
}

export function addOverrides(typesXml: string, parts: readonly { part: string; type: string }[]): string {
  const added = parts.map((p) => `<Override PartName="/${escapeXml(p.part)}" ContentType="${p.type}"/>`);
  return insertInto(typesXml, 'Types', added.join(''));
}

/** `xml` without the elements `name` whose attributes satisfy `match`. */
export function removeElements(xml: string, name: string, match: (attrs: Record<string, string>) => boolean): string {
  let out = '';
  let p = 0;
  for (const e of elements(xml, name)) {
    if (!match(attributes(e.attrs))) continue;
    out += xml.slice(p, e.start);
    p = e.end;
  }
  return out + xml.slice(p);
}
