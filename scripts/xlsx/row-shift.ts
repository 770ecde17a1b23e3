/**
 * What a row deletion would leave behind: the writer moves rows up and renumbers their cells, but
 * it does not rewrite references — formulas, merged cells, hyperlinks, conditional formats, data
 * validations, tables and named ranges keep their old positions (ECMA-376 §18.3.1.55 mergeCell,
 * §18.3.1.47 hyperlink, §18.3.1.18 conditionalFormatting, §18.3.1.32 dataValidation,
 * §18.2.5 definedName). Rather than save a sheet whose formulas point at the wrong rows, a deletion
 * with such content at or below its first row is refused (see docs/architecture.md, refusals).
 */
import type { UnshiftedContent } from '../../shared/i18n/fr/refusals';
import { attribute, decodeXml, elements, nextElement, nextElementOf, nextTag } from './xml';

/** What the deletion cannot move and the first row where it lies. */
export interface Unshifted {
  readonly what: UnshiftedContent;
  readonly row: number;
}

/** Rows a reference list covers (`A1:B5 C3`, `$A$12`, `3:7`, `A:C` = every row). */
function rowSpans(refs: string): { top: number; bottom: number }[] {
  return refs
    .split(/[\s,]+/)
    .filter((r) => r !== '')
    .map((ref) => {
      const rows = ref.split(':').map((p) => Number(/\d+/.exec(p)?.[0] ?? NaN));
      if (rows.some((n) => !Number.isFinite(n))) return { top: 1, bottom: Infinity };
      return { top: Math.min(...rows), bottom: Math.max(...rows) };
    });
}

/** The first row at or below `first` that a reference list reaches, or null. */
function reaches(refs: string, first: number): number | null {
  let row: number | null = null;
  for (const s of rowSpans(refs)) if (s.bottom >= first) row = Math.min(row ?? Infinity, Math.max(s.top, first));
  return row;
}

const isDelimiter = (c: number) => c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;

/** Whether a formula (`<f>`) lies in [from, to). */
export function formulaIn(xml: string, from: number, to: number): boolean {
  for (let p = from; ;) {
    const lt = nextTag(xml, p, to);
    if (lt < 0) return false;
    if (xml.charCodeAt(lt + 1) === 102 && isDelimiter(xml.charCodeAt(lt + 2))) return true;
    p = lt + 1;
  }
}

const POSITIONAL: readonly [string, string, UnshiftedContent][] = [
  ['mergeCell', 'ref', 'merged'],
  ['hyperlink', 'ref', 'hyperlink'],
  ['conditionalFormatting', 'sqref', 'conditional'],
  ['dataValidation', 'sqref', 'validation'],
  ['tableParts', '', 'table'],
  // Excel 2010 extensions (extLst) state their ranges in a child element: taken as reaching every row.
  ['x14:conditionalFormatting', '', 'conditional'],
  ['x14:dataValidation', '', 'validation'],
];

/** Merged cells, links, conditional formats, validations or tables after sheetData reaching row `first`. */
export function positionalAfter(xml: string, from: number, first: number): Unshifted | null {
  const names = POSITIONAL.map(([n]) => n);
  for (let p = from; ;) {
    const e = nextElementOf(xml, names, p);
    if (!e) return null;
    p = e.end;
    const [, attr, what] = POSITIONAL[names.indexOf(e.name)];
    const row = attr ? reaches(attribute(e.attrs, attr) ?? '', first) : first;
    if (row !== null) return { what, row };
  }
}

/** A named range of the workbook (not Excel's own `_xlnm.` names) that reaches row `first` of `sheet`. */
export function namedRangeInto(workbookXml: string, sheet: string, first: number): Unshifted | null {
  const list = nextElement(workbookXml, 'definedNames', 0);
  if (!list) return null;
  const plain = `${sheet}!`;
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  for (const e of elements(workbookXml, 'definedName', list.inner, list.innerEnd)) {
    if ((attribute(e.attrs, 'name') ?? '').startsWith('_xlnm.')) continue;
    const text = decodeXml(workbookXml.slice(e.inner, e.innerEnd));
    for (const prefix of [plain, quoted]) {
      for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
        const ref = /^[$A-Z0-9:]+/.exec(text.slice(at + prefix.length))?.[0] ?? '';
        const row = reaches(ref, first);
        if (row !== null) return { what: 'name', row };
      }
    }
  }
  return null;
}
