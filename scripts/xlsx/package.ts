/**
 * An .xlsx package opened for reading: the workbook part, its relationships, its sheets in tab
 * order, and — only when a sheet needs them — the shared strings and the date styles
 * (ECMA-376 Part 1 §18.2 workbook, Part 2 §9 relationships).
 */
import { basename } from 'node:path';
import type { CellValue } from '../../shared/sheets/ports';
import { LIMITS } from './limits';
import { readSheetRows, type RowSpan, type SheetContext } from './sheet-xml';
import { dateStyles } from './styles';
import { SharedStrings } from './shared-strings';
import { attribute, attributes, elements, nextElement, XmlError } from './xml';
import { refusal, Refusal } from '../../shared/i18n/refusal';
import { XlsxArchive } from './zip';

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part's name in the archive (resolved from `xl/`). */
  readonly part: string;
}

export interface SheetEntry {
  readonly name: string;
  readonly part: string;
}

/** A relationship target -> the part's name in the archive. */
export function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const p of `xl/${target}`.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

export function parseRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const e of elements(xml, 'Relationship')) {
    const a = attributes(e.attrs);
    if (a.TargetMode === 'External') continue;
    out.push({ id: a.Id ?? '', type: a.Type ?? '', part: resolveTarget(a.Target ?? '') });
  }
  return out;
}

/** Any error while reading the package -> a refusal naming the file (and the broken tag, if any). */
export function damaged(shown: string, e: unknown): Refusal {
  if (e instanceof Refusal) return e;
  return refusal(
    'xlsxDamaged',
    shown,
    e instanceof XmlError
      ? e.fault
      : String((e as Error).message)
          .split('\n')[0]
          .slice(0, 120),
  );
}

/**
 * Two tabs named alike (Excel compares sheet names without regard to case): Excel and Google
 * Sheets forbid it, and a sheet is found by its name, so a save could not tell them apart.
 */
function refuseNamedTwice(shown: string, sheets: readonly SheetEntry[]): void {
  const seen = new Set<string>();
  for (const s of sheets) {
    const key = s.name.toLocaleLowerCase('fr');
    if (seen.has(key)) throw refusal('xlsxSheetNamedTwice', shown, s.name);
    seen.add(key);
  }
}

export class XlsxPackage {
  readonly context: SheetContext;

  private constructor(
    readonly archive: XlsxArchive,
    readonly shown: string,
    readonly workbookXml: string,
    readonly relationships: readonly Relationship[],
    readonly sheets: readonly SheetEntry[],
  ) {
    const strings = new SharedStrings(() => {
      const part = this.partName('/sharedStrings', 'xl/sharedStrings.xml');
      return part ? this.archive.text(part) : null;
    });
    let styles: boolean[] | null = null;
    const wbPr = nextElement(workbookXml, 'workbookPr', 0);
    const date1904 = wbPr !== null && ['1', 'true'].includes(attribute(wbPr.attrs, 'date1904') ?? '');
    this.context = {
      shown,
      deadline: Date.now() + LIMITS.readSeconds * 1000,
      date1904,
      sharedString: (i) => strings.get(i),
      isDateStyle: (s) => (styles ??= dateStyles(this.partOfType('/styles', 'xl/styles.xml')))[s] === true,
    };
  }

  /** Opens and checks the archive, reads the workbook part: a bad file is a refusal (one line in the user's language). */
  static async open(path: string): Promise<XlsxPackage> {
    const shown = basename(path);
    const archive = await XlsxArchive.open(path, shown);
    try {
      const workbookXml = archive.text(WORKBOOK_PART);
      const relationships = (archive.has(WORKBOOK_RELS) ? parseRelationships(archive.text(WORKBOOK_RELS)) : []).map((r) => ({
        ...r,
        part: archive.entryName(r.part) ?? r.part,
      }));
      const byId = new Map(relationships.map((r) => [r.id, r]));
      const sheets: SheetEntry[] = [];
      const list = nextElement(workbookXml, 'sheets', 0);
      for (const e of list ? elements(workbookXml, 'sheet', list.inner, list.innerEnd) : []) {
        const a = attributes(e.attrs);
        const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
        const rel = rid ? byId.get(rid) : undefined;
        if (!a.name || !rel || !archive.has(rel.part)) continue;
        sheets.push({ name: a.name, part: rel.part });
      }
      refuseNamedTwice(shown, sheets);
      return new XlsxPackage(archive, shown, workbookXml, relationships, sheets);
    } catch (e) {
      throw damaged(shown, e);
    }
  }

  /** The part a workbook relationship of this type points at (or the usual name), if present. */
  partName(typeSuffix: string, fallback: string): string | null {
    const part = this.relationships.find((r) => r.type.endsWith(typeSuffix))?.part;
    if (part && this.archive.has(part)) return part;
    return this.archive.has(fallback) ? fallback : null;
  }

  private partOfType(typeSuffix: string, fallback: string): string | null {
    const part = this.partName(typeSuffix, fallback);
    return part ? this.archive.text(part) : null;
  }

  /** One sheet's rows (see readSheetRows); errors become a refusal. */
  readSheet(sheet: SheetEntry, xml = this.archive.text(sheet.part), onRow?: (row: RowSpan) => void): CellValue[][] {
    try {
      return readSheetRows(xml, sheet.name, this.context, onRow);
    } catch (e) {
      throw damaged(this.shown, e);
    }
  }
}
