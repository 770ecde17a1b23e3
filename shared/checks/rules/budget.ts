import { isCvnAccount } from '../../ledger/accounts';
import { budgetLines, budgetVsActual } from '../../ledger/budget';
import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';
import { knownBudgets, unknownActuals, unknownBudgets } from '../unknown';

/** `budget.unbalanced`: a budget prévisionnel balances, charges = produits (86/87 included). */
export const budgetUnbalanced: Rule = {
  id: 'budget.unbalanced',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.budget;
    return knownBudgets(ctx)
      .filter((b) => b.charges !== b.produits)
      .map((b) =>
        ctx.finding(
          'budget.unbalanced',
          'error',
          t,
          b.lines[0],
          'charge',
          ctx.msg.budgetUnbalanced(b.year, b.project, b.charges, b.produits, Math.abs(b.charges - b.produits)),
          [b.project, String(b.year)],
        ),
      );
  },
};

/** `budget.cvn`: contributions volontaires en nature, 86 (emplois) must equal 87 (contributions). */
export const budgetCvn: Rule = {
  id: 'budget.cvn',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    return knownBudgets(ctx)
      .filter((b) => b.cvnUses !== b.cvnSources)
      .map((b) => {
        const at = b.lines.find((l) => isCvnAccount(l.account)) ?? b.lines[0];
        return ctx.finding(
          'budget.cvn',
          'error',
          ctx.book.budget,
          at,
          'account',
          ctx.msg.budgetCvn(b.year, b.project, b.cvnUses, b.cvnSources),
          [b.project, String(b.year)],
        );
      });
  },
};

/** `budget.overrun`: actual spending on a budget line above budget by more than the threshold (Paramètres, default 10 %). */
export const budgetOverrun: Rule = {
  id: 'budget.overrun',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.budget;
    const threshold = ctx.book.settings.overrunThresholdPercent;
    const [budgets, actuals] = [unknownBudgets(ctx), unknownActuals(ctx)];
    const out: Finding[] = [];
    const years = [...new Set(budgetLines(ctx.book).map((l) => l.year))].filter((y) => ctx.options.year === null || y === ctx.options.year);
    for (const { line, plannedCharge: budgeted, actualCharge: actual } of years.flatMap((y) => budgetVsActual(ctx.book, y))) {
      // actual > budgeted × (1 + threshold / 100), in integers.
      // More volunteer hours than planned (864, valued from Bénévolat) is no spending: not an overrun.
      if (budgeted <= 0 || actual * 100 <= budgeted * (100 + threshold) || isCvnAccount(line.account)) continue;
      const project = line.project ?? '';
      if (budgets.touches(line.year, project) || actuals.touches(line.year, project, line.account)) continue;
      const percent = Math.round(((actual - budgeted) * 1000) / budgeted) / 10;
      const message = ctx.msg.budgetOverrun({
        project,
        account: line.account,
        label: line.label ?? '',
        year: line.year,
        actual,
        budgeted,
        percent,
        threshold,
      });
      out.push(ctx.finding('budget.overrun', 'warning', t, line, 'charge', message, [project, line.account]));
    }
    return out;
  },
};
