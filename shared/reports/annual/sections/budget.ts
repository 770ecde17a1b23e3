import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock, ReportCell } from '../../doc';
import { amount, commentaryBlock, pct, table, txt } from '../blocks';
import type { Commentary } from '../commentary';
import type { AnnualFigures, BudgetFigure } from '../figures';

function row(b: BudgetFigure, label: string, bold = false): ReportCell[] {
  // A « hors budget » row has nothing planned: its planned cells stay empty.
  const planned = (c: number) => (b.offBudget ? null : amount(c, bold));
  return [
    txt(label, bold),
    planned(b.plannedCharge),
    amount(b.actualCharge, bold),
    b.offBudget ? null : amount(b.gap, bold),
    pct(b.gapPercent),
    planned(b.plannedIncome),
    amount(b.actualIncome, bold),
  ];
}

/** Budget vs actual by project, with « hors budget » rows, to a total equal to the compte de résultat's. */
export function budgetSection(f: AnnualFigures, m: ReportMessages, c: Commentary): ReportBlock[] {
  const name = (b: BudgetFigure) => (b.offBudget ? m.offBudget(b.project || m.noProject) : b.project || m.noProject);
  return [
    { kind: 'heading', level: 2, text: m.budget },
    ...commentaryBlock(c.budget),
    table(
      [m.project, m.plannedCosts, m.actualCosts, m.gap, m.gapPercent, m.plannedIncome, m.actualIncome],
      [...f.budget.map((b) => row(b, name(b))), row(f.budgetTotal, m.total, true), row(f.budgetCvn, m.budgetCvn)],
    ),
    { kind: 'paragraph', style: 'note', text: m.budgetNote },
  ];
}
