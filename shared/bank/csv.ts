/**
 * A bank's CSV export read into rows of fields, in linear time (one pass, no regular expression
 * over the file: docs/domain.md, "Bank reconciliation"). The separator is `;` (French banks),
 * a tab or `,`, detected from the file; fields may be quoted (`"a;b"`, `""` for a quote) and a
 * quoted field may hold a line break. Each row keeps the file line it starts on, for messages.
 */

export type Separator = ';' | '\t' | ',';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvResult = { ok: true; separator: Separator; rows: CsvRow[] } | { ok: false; unclosedQuoteAt: number };

/** Candidates in order of preference when two split the file equally well. */
const SEPARATORS: readonly Separator[] = [';', '\t', ','];
/** Lines looked at to choose the separator. */
const SAMPLE_LINES = 60;

/** Splits the text with one separator; null when a quote is never closed (its line in `unclosed`). */
function split(text: string, sep: Separator, maxRows = Infinity): CsvResult {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let atFieldStart = true;
  for (let i = 0; i < text.length && rows.length < maxRows; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (c === sep) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      atFieldStart = true;
      line++;
      rowLine = line;
    } else {
      field += c;
      if (c !== ' ') atFieldStart = false;
    }
  }
  if (quoted && rows.length < maxRows) return { ok: false, unclosedQuoteAt: quoteLine };
  if (rows.length < maxRows && (field !== '' || fields.length > 0)) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return { ok: true, separator: sep, rows };
}

/** The separator that gives the most rows of three fields or more among the first lines. */
export function detectSeparator(text: string): Separator {
  let best: Separator = ';';
  let bestScore = -1;
  for (const sep of SEPARATORS) {
    const sample = split(text, sep, SAMPLE_LINES);
    const score = sample.ok ? sample.rows.filter((r) => r.fields.length >= 3).length : 0;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/** The file's rows, fields trimmed; a byte-order mark at the start is dropped. */
export function parseCsv(text: string): CsvResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = split(body, detectSeparator(body));
  if (!result.ok) return result;
  return { ...result, rows: result.rows.map((r) => ({ line: r.line, fields: r.fields.map((f) => f.trim()) })) };
}
