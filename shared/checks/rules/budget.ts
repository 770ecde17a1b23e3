import { isCvnAccount } from '../../ledger/accounts';
import { budgetLines, budgetVsActual, projectBudgets } from '../../ledger/budget';
import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';

/** `budget.unbalanced`: a budget prévisionnel balances, charges = produits (86/87 included). */
export const budgetUnbalanced: Rule = {
  id: 'budget.unbalanced',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.budget;
    return projectBudgets(ctx.book)
      .filter((b) => (ctx.options.year === null || b.year === ctx.options.year) && b.charges !== b.produits)
      .map((b) =>
        ctx.finding(
          'budget.unbalanced',
          'error',
          t,
          b.lines[0],
          'charge',
          ctx.say(
            `Budget ${b.year} du projet ${b.project || '(sans projet)'} déséquilibré : charges ${ctx.euros(b.charges)}, produits ${ctx.euros(b.produits)} (écart ${ctx.euros(Math.abs(b.charges - b.produits))}).`,
            `${b.year} budget of project ${b.project || '(no project)'} is unbalanced: charges ${ctx.euros(b.charges)}, income ${ctx.euros(b.produits)} (gap ${ctx.euros(Math.abs(b.charges - b.produits))}).`,
          ),
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
    const t = ctx.book.budget;
    return projectBudgets(ctx.book)
      .filter((b) => (ctx.options.year === null || b.year === ctx.options.year) && b.cvnUses !== b.cvnSources)
      .map((b) => {
        const at = b.lines.find((l) => isCvnAccount(l.account)) ?? b.lines[0];
        return ctx.finding(
          'budget.cvn',
          'error',
          t,
          at,
          'account',
          ctx.say(
            `Budget ${b.year} du projet ${b.project}: contributions volontaires déséquilibrées, emplois (86) ${ctx.euros(b.cvnUses)} et contributions (87) ${ctx.euros(b.cvnSources)} doivent être égaux.`,
            `${b.year} budget of project ${b.project}: volunteer contributions unbalanced, uses (86) ${ctx.euros(b.cvnUses)} vs sources (87) ${ctx.euros(b.cvnSources)}.`,
          ),
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
    const out: Finding[] = [];
    const years = [...new Set(budgetLines(ctx.book).map((l) => l.year))].filter((y) => ctx.options.year === null || y === ctx.options.year);
    for (const { line, plannedCharge: budgeted, actualCharge: actual } of years.flatMap((y) => budgetVsActual(ctx.book, y))) {
      // actual > budgeted × (1 + threshold / 100), in integers.
      if (budgeted <= 0 || actual * 100 <= budgeted * (100 + threshold)) continue;
      const pct = Math.round(((actual - budgeted) * 1000) / budgeted) / 10;
      out.push(
        ctx.finding(
          'budget.overrun',
          'warning',
          t,
          line,
          'charge',
          ctx.say(
            `Projet ${line.project}, compte ${line.account} (${line.label ?? ''}) en ${line.year} : ${ctx.euros(actual)} dépensés pour ${ctx.euros(budgeted)} prévus (+${String(pct).replace('.', ',')} %, seuil ${threshold} %).`,
            `Project ${line.project}, account ${line.account} (${line.label ?? ''}) in ${line.year}: ${ctx.euros(actual)} spent for ${ctx.euros(budgeted)} budgeted (+${pct} %, threshold ${threshold} %).`,
          ),
          [line.project ?? '', line.account],
        ),
      );
    }
    return out;
  },
};
