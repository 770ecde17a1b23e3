/**
 * The few package parts a change may need besides the sheets themselves: the workbook's sheet
 * list, its relationships and the content types (ECMA-376 Part 2 §10.1.2 [Content_Types].xml).
 * Each is changed by inserting or removing one element; the rest of its text is kept as written.
 */
import { refusal } from '../../shared/i18n/refusal';
import { WORKBOOK_PART, WORKBOOK_RELS } from './package';
import { attribute, attributes, elements, escapeXml, nextElement, XmlError } from './xml';
import type { ArchiveChanges } from './zip-write';

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
  if (!e) throw new XmlError({ tag: parent, kind: 'absent' });
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

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * The parts a save writes, gathered step by step: changed parts, new parts registered in the
 * workbook's relationships and the content types, parts removed from both.
 */
export class PackageEdit {
  private readonly replaced = new Map<string, Buffer>();
  private readonly added = new Map<string, Buffer>();
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();
  private readonly edited = new Set<string>();

  constructor(
    private readonly read: (part: string) => string | null,
    private readonly shown: string,
  ) {}

  /** A package part's text as it is now in this edit. */
  private text(part: string): string {
    const known = this.texts.get(part);
    if (known !== undefined) return known;
    const text = this.read(part);
    if (text === null) throw refusal('xlsxSavePartMissing', this.shown, part);
    this.texts.set(part, text);
    return text;
  }

  private edit(part: string, change: (text: string) => string): void {
    this.texts.set(part, change(this.text(part)));
    this.edited.add(part);
  }

  replace(part: string, text: string): void {
    this.replaced.set(part, Buffer.from(text, 'utf8'));
  }

  /** Adds a part related to the workbook; returns its relationship id. */
  add(part: string, text: string, relType: string, contentType: string): string {
    const [id] = freeRelationshipIds(this.text(WORKBOOK_RELS), 1);
    this.edit(WORKBOOK_RELS, (rels) => addRelationships(rels, [{ id, type: relType, target: part.replace(/^xl\//, '') }]));
    this.edit(CONTENT_TYPES, (types) => addOverrides(types, [{ part, type: contentType }]));
    this.added.set(part, Buffer.from(text, 'utf8'));
    return id;
  }

  /** Adds worksheets at the end of the workbook's tabs. */
  addSheets(sheets: readonly { name: string; part: string; text: string }[]): void {
    const ids = sheets.map((s) => ({ name: s.name, relId: this.add(s.part, s.text, REL_TYPE.worksheet, CONTENT_TYPE.worksheet) }));
    if (ids.length > 0) this.edit(WORKBOOK_PART, (wb) => addSheetsToWorkbook(wb, ids));
  }

  /** Removes a part, its relationship from the workbook and its content type. */
  remove(part: string, relTypeSuffix: string): void {
    this.removed.add(part);
    if (this.read(WORKBOOK_RELS) !== null)
      this.edit(WORKBOOK_RELS, (rels) => removeElements(rels, 'Relationship', (a) => (a.Type ?? '').endsWith(relTypeSuffix)));
    this.edit(CONTENT_TYPES, (types) => removeElements(types, 'Override', (a) => a.PartName === `/${part}`));
  }

  result(): ArchiveChanges {
    for (const part of this.edited) this.replace(part, this.texts.get(part) as string);
    return { replaced: this.replaced, added: this.added, removed: this.removed };
  }
}
