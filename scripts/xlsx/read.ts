import { basename } from 'node:path';
import type { CellValue, WorkbookReader } from '../../shared/sheets/ports';
import { UserError } from './errors';
import { XLSX_TIME_ZONE } from './cells';
import { LIMITS } from './limits';
import { attributes, decodeXml, textRuns } from './xml';
import { XlsxArchive } from './zip';

/** A workbook read once, whole, into memory: the read-only port for check, report and export. */
export class XlsxSnapshot implements WorkbookReader {
  readonly timeZone = XLSX_TIME_ZONE;
  readonly reads: string[] = [];
  constructor(
    private readonly order: string[],
    private readonly sheets: Map<string, CellValue[][]>,
  ) {}
  sheetNames(): string[] {
    return [...this.order];
  }
  readSheet(name: string): CellValue[][] {
    this.reads.push(name);
    return this.sheets.get(name) ?? [];
  }
}

// Built-in number formats that show dates (ECMA-376 §18.8.30).
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,\s%E+-]*$/.test(bare);
}

function dateStyles(styles: string | null): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*\/?>/g)) {
    const a = attributes(m[0]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!xfs) return [];
  return [...xfs[1].matchAll(/<xf\b[^>]*?\/?>/g)].map((m) => {
    const id = Number(attributes(m[0]).numFmtId ?? 0);
    return BUILTIN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id) ?? ''));
  });
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(m[1] === undefined ? '' : textRuns(m[1]));
  return out;
}

function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** Excel serial day -> the instant at UTC (exceljs and our writer store calendar dates at UTC midnight). */
function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((days - 25569) * 86_400_000));
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW_RE = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/**
 * Reads an .xlsx into a snapshot, every sheet as `getValues()` would give it. The archive is
 * checked first (size, bombs), then rows and columns are capped and time is bounded:
 * a bad file is a one-line French message, never a crash.
 */
export async function readXlsx(path: string): Promise<XlsxSnapshot> {
  const shown = basename(path);
  const archive = await XlsxArchive.open(path, shown);
  const deadline = Date.now() + LIMITS.readSeconds * 1000;
  try {
    const workbookXml = archive.text('xl/workbook.xml');
    const date1904 = /<workbookPr\b[^>]*date1904\s*=\s*"(1|true)"/.test(workbookXml);
    const relsXml = archive.has('xl/_rels/workbook.xml.rels') ? archive.text('xl/_rels/workbook.xml.rels') : '';
    const rels = new Map<string, { target: string; type: string }>();
    for (const m of relsXml.matchAll(/<Relationship\b[^>]*\/?>/g)) {
      const a = attributes(m[0]);
      rels.set(a.Id, { target: resolveTarget(a.Target ?? ''), type: a.Type ?? '' });
    }
    const relOfType = (suffix: string, fallback: string) =>
      [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? (archive.has(fallback) ? fallback : null);
    const ssPath = relOfType('/sharedStrings', 'xl/sharedStrings.xml');
    const stylesPath = relOfType('/styles', 'xl/styles.xml');
    const strings = sharedStrings(ssPath && archive.has(ssPath) ? archive.text(ssPath) : null);
    const isDateStyle = dateStyles(stylesPath && archive.has(stylesPath) ? archive.text(stylesPath) : null);

    const order: string[] = [];
    const sheets = new Map<string, CellValue[][]>();
    for (const m of workbookXml.matchAll(/<sheet\b[^>]*\/?>/g)) {
      const a = attributes(m[0]);
      const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      const rel = rid ? rels.get(rid) : undefined;
      if (!a.name || !rel || !archive.has(rel.target)) continue;
      order.push(a.name);
      sheets.set(a.name, readSheetXml(archive.text(rel.target), a.name));
    }
    return new XlsxSnapshot(order, sheets);

    function readSheetXml(xml: string, name: string): CellValue[][] {
      const rows: CellValue[][] = [];
      const dataStart = xml.indexOf('<sheetData');
      ROW_RE.lastIndex = dataStart < 0 ? xml.length : dataStart;
      let m: RegExpExecArray | null;
      let next = 1;
      let width = 0;
      while ((m = ROW_RE.exec(xml))) {
        const rAttr = /\br="(\d+)"/.exec(m[1]);
        const n = rAttr ? Number(rAttr[1]) : next;
        next = n + 1;
        if (n > LIMITS.rowsPerSheet)
          throw new UserError(
            'file',
            `${shown} : la feuille « ${name} » a une ligne n° ${n.toLocaleString('fr-FR')} ; au-delà de ${LIMITS.rowsPerSheet.toLocaleString('fr-FR')} lignes le classeur est refusé`,
          );
        if ((n & 1023) === 0 && Date.now() > deadline)
          throw new UserError('file', `${shown} : lecture trop longue (plus de ${LIMITS.readSeconds} s), abandonnée`);
        const cells: CellValue[] = [];
        const body = m[2];
        if (body) {
          CELL_RE.lastIndex = 0;
          let c: RegExpExecArray | null;
          let col = 0;
          while ((c = CELL_RE.exec(body))) {
            const attrs = c[1];
            const ref = /\br="([A-Z]+)\d*"/.exec(attrs);
            col = ref ? columnNumber(ref[1]) : col + 1;
            if (col > LIMITS.columnsPerSheet)
              throw new UserError(
                'file',
                `${shown} : la feuille « ${name} » a plus de ${LIMITS.columnsPerSheet} colonnes ; le classeur est refusé`,
              );
            const value = cellValue(attrs, c[2] ?? '');
            if (value === '') continue;
            while (cells.length < col - 1) cells.push('');
            cells[col - 1] = value;
          }
        }
        while (rows.length < n - 1) rows.push([]);
        rows[n - 1] = cells;
        if (cells.length > width) width = cells.length;
      }
      // Like getValues(): a rectangle, '' for empty cells, no trailing empty rows.
      while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
      for (const r of rows) while (r.length < width) r.push('');
      return rows;
    }

    function cellValue(attrs: string, inner: string): CellValue {
      const t = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      if (t === 'inlineStr') return textRuns(inner);
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      if (v === undefined) return '';
      switch (t) {
        case 's':
          return strings[Number(v)] ?? '';
        case 'str':
          return decodeXml(v);
        case 'b':
          return v === '1' || v === 'true';
        case 'e':
          return decodeXml(v);
        case 'd': {
          const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
          return Number.isNaN(d.getTime()) ? decodeXml(v) : d;
        }
        default: {
          const num = Number(v);
          if (!Number.isFinite(num)) return decodeXml(v);
          const s = /\bs="(\d+)"/.exec(attrs);
          return s && isDateStyle[Number(s[1])] ? serialToDate(num, date1904) : num;
        }
      }
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      'file',
      `${shown} est endommagé ou n'est pas un classeur .xlsx lisible (${(e as Error).message.split('\n')[0].slice(0, 120)})`,
    );
  }
}
