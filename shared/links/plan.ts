/**
 * Which links `citego links` checks (docs/domain.md, "Link check"): the URL of each dossier and the
 * Source of each watch entry, each address once with every cell that holds it; a cell that is not
 * an http(s) address is reported as it is, never fetched.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { columnLetter } from '../values/text';

export interface LinkCell {
  readonly sheet: string;
  readonly row: number;
  /** `F12`. */
  readonly cell: string;
}

export interface LinkTarget {
  readonly url: string;
  readonly cells: readonly LinkCell[];
}

export interface LinkPlan {
  /** In the order of the sheets: Dossiers, then Veille. */
  readonly targets: readonly LinkTarget[];
  /** Cells of a link column holding something other than an http(s) address. */
  readonly notWeb: readonly (LinkCell & { readonly text: string })[];
}

/** An absolute http(s) address without spaces, at most 2 000 characters (longer ones no browser keeps). */
export function isWebAddress(text: string): boolean {
  return text.length <= 2000 && /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text);
}

export function planLinks(book: ParsedWorkbook): LinkPlan {
  const byUrl = new Map<string, LinkCell[]>();
  const notWeb: (LinkCell & { text: string })[] = [];
  const visit = (sheet: string | null, column: number | undefined, row: number, value: string | null) => {
    const text = value?.trim() ?? '';
    if (!sheet || column === undefined || text === '') return;
    const at = { sheet, row, cell: `${columnLetter(column + 1)}${row}` };
    if (!isWebAddress(text)) notWeb.push({ ...at, text });
    else if (byUrl.has(text)) byUrl.get(text)?.push(at);
    else byUrl.set(text, [at]);
  };
  for (const r of book.dossiers.records) visit(book.dossiers.sheet, book.dossiers.header?.index.url, r.row, r.url);
  for (const r of book.watch.records) visit(book.watch.sheet, book.watch.header?.index.source, r.row, r.source);
  return { targets: [...byUrl].map(([url, cells]) => ({ url, cells })), notWeb };
}
