import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import { cashPlan, parseMonth } from '../../../shared/ledger/cash-plan';
import { cashPlanNotes, cashPlanTable } from '../../../shared/reports/cash-plan/blocks';
import { cellText } from '../../../shared/reports/cell-text';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { paint } from '../io';
import { parseToday } from '../options';

/**
 * `citego cashplan [--from AAAA-MM]`: the twelve-month cash plan (docs/domain.md, "Twelve-month
 * cash plan") printed as a table, the months below Paramètres › Trésorerie minimale in red.
 */
export const cashplanCommand: CliCommand<{ workbook?: string; sheet?: string; from?: string }> = {
  options: [WORKBOOK, SHEET, { flag: '--from', text: 'cashFrom' }],
  async run(io, opts) {
    const from = opts.from === undefined ? parseToday(undefined).slice(0, 7) : parseMonth(opts.from);
    if (from === null) throw refusal('cashPlanMonth', String(opts.from));
    const book = readWorkbook((await readSource(io, opts)).reader, io.lang);
    const plan = cashPlan(book, from);
    const t = catalogue(io.lang).cashplan;
    const table = cashPlanTable(plan, io.lang);
    const cells = [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map((c) => cellText(c, io.lang)))];
    const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
    const line = (r: string[]) =>
      r.map((c, i) => (table.columns[i].align === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
    const last = plan.months[plan.months.length - 1].month;
    io.out(paint(io, 'bold', `${book.settings.associationName} — ${t.title(t.month(from), t.month(last))}`));
    io.out(t.opening(plan.start, plan.openingCash));
    io.out('');
    io.out(paint(io, 'bold', line(cells[0]).trimEnd()));
    plan.months.forEach((m, i) => io.out(m.belowMinimum ? paint(io, 'red', line(cells[i + 1])) : line(cells[i + 1]).trimEnd()));
    io.out('');
    for (const note of cashPlanNotes(plan, io.lang)) io.out(`- ${note}`);
    return 0;
  },
};
