/** rpc runCheck, `citego check`: every consistency rule on the workbook (each sheet read once). */
import { runChecks } from '../checks/run-checks';
import { readWorkbook } from '../sheets/parsed-workbook';
import type { WorkbookReader } from '../sheets/ports';
import { parseLang } from './args';
import type { Clock } from './ports';
import type { CheckReport } from './rpc';

/** Every year by default; the CLI may pick one (`--year`). */
export function runCheck(
  p: { readonly workbook: WorkbookReader; readonly clock: Clock },
  lang: unknown,
  year: number | null = null,
): CheckReport {
  const language = parseLang(lang);
  const book = readWorkbook(p.workbook, language);
  const result = runChecks(book, { year, today: p.clock.today(), lang: language });
  return { associationName: book.settings.associationName, counts: result.counts, findings: result.findings };
}
