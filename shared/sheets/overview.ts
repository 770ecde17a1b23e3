import { TABLE_KEYS, type ParsedWorkbook } from './parsed-workbook';
import { countBySeverity, type Finding, type Severity } from './findings';

/** What "Aperçu du classeur" and `citego overview` show: each table, its rows, its problems. */
export interface Overview {
  readonly associationName: string;
  readonly tables: readonly {
    readonly sheet: string;
    readonly found: string | null;
    readonly records: number;
    readonly problems: number;
  }[];
  readonly counts: Record<Severity, number>;
  readonly findings: readonly Finding[];
}

export function buildOverview(book: ParsedWorkbook): Overview {
  const tables = TABLE_KEYS.map((key) => {
    const t = book[key];
    const problems = t.sheet ? book.findings.filter((f) => f.sheet === t.sheet && f.severity === 'error').length : 0;
    return { sheet: t.def.sheet, found: t.sheet, records: t.records.length, problems };
  });
  return {
    associationName: book.settings.associationName,
    tables,
    counts: countBySeverity(book.findings),
    findings: book.findings,
  };
}
