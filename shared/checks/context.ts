import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import { fiscalYearOf } from '../ledger/fiscal-years';
import type { Finding, Severity } from '../sheets/findings';
import { catalogue } from '../i18n/catalogue';
import type { CheckMessages } from '../i18n/fr/checks';
import type { Lang } from '../i18n/lang';
import type { ParsedTable } from '../sheets/parse/table';
import type { RecordOf, TableDef } from '../sheets/schema/columns';

export interface CheckOptions {
  /** Only this fiscal year for the rules that look at a period; every year when null. */
  readonly year: number | null;
  /** Today, for deadlines. */
  readonly today: IsoDate;
  readonly lang: Lang;
}

/** What a rule sees: the parsed workbook, the options, the findings' sentences and a helper to point at cells. */
export class CheckContext {
  /** The sentences of the findings, in the user's language (shared/i18n/fr/checks.ts). */
  readonly msg: CheckMessages;

  constructor(
    readonly book: ParsedWorkbook,
    readonly options: CheckOptions,
  ) {
    this.msg = catalogue(options.lang).checks;
  }

  fiscalYear(d: IsoDate): number {
    return fiscalYearOf(d, this.book.settings.fiscalYearStart);
  }

  /** True when a dated row belongs to the period being checked. */
  inScope(d: IsoDate | null): boolean {
    return this.options.year === null || (d !== null && this.fiscalYear(d) === this.options.year);
  }

  /** A finding on a record's cell; `key` is the column (its header as the user wrote it). */
  finding<T extends TableDef>(
    rule: string,
    severity: Severity,
    table: ParsedTable<T>,
    record: RecordOf<T> | null,
    key: string | null,
    message: string,
    ids: string[] = [],
  ): Finding {
    const header = table.header;
    const index = key && header ? header.index[key] : undefined;
    return {
      rule,
      severity,
      message,
      sheet: table.sheet ?? table.def.sheet,
      row: record ? record.row : (header?.headerRow ?? null),
      column: key && header ? (header.headerText[key] ?? table.def.columns[key]?.header ?? null) : null,
      ...(index !== undefined ? { columnIndex: index + 1 } : {}),
      ...(ids.length > 0 ? { ids } : {}),
    };
  }
}

/** A consistency rule: a small pure function from the workbook to findings (docs/domain.md, "Consistency rules"). */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  check(ctx: CheckContext): Finding[];
}
