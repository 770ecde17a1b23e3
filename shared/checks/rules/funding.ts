import { projectBudgets } from '../../ledger/budget';
import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';

/** `funding.order`: reçu ≤ accordé ≤ demandé on each funding line. */
export const fundingOrder: Rule = {
  id: 'funding.order',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.fundings;
    const out: Finding[] = [];
    for (const f of t.records) {
      const id = f.id ?? '';
      if (f.received !== null && f.granted !== null && f.received > f.granted)
        out.push(
          ctx.finding(
            'funding.order',
            'error',
            t,
            f,
            'received',
            ctx.say(
              `${id} : reçu ${ctx.euros(f.received)}, plus que les ${ctx.euros(f.granted)} accordés. Vérifiez les montants ou la décision.`,
              `${id}: received ${ctx.euros(f.received)}, more than the ${ctx.euros(f.granted)} granted.`,
            ),
            [id],
          ),
        );
      if (f.granted !== null && f.requested !== null && f.granted > f.requested)
        out.push(
          ctx.finding(
            'funding.order',
            'error',
            t,
            f,
            'granted',
            ctx.say(
              `${id} : accordé ${ctx.euros(f.granted)}, plus que les ${ctx.euros(f.requested)} demandés.`,
              `${id}: granted ${ctx.euros(f.granted)}, more than the ${ctx.euros(f.requested)} requested.`,
            ),
            [id],
          ),
        );
    }
    return out;
  },
};

/** Granted funding per project and year (year of the decision, else of the filing). */
function grantedByProjectYear(ctx: CheckContext): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of ctx.book.fundings.records) {
    const when = f.decidedOn ?? f.filedOn;
    if (f.granted === null || !f.project || !when) continue;
    const key = `${ctx.fiscalYear(when)}|${f.project}`;
    out.set(key, (out.get(key) ?? 0) + f.granted);
  }
  return out;
}

/** `funding.cofinancing`: the funders' granted amounts plus own funds must equal the project's budgeted cost. */
export const fundingCofinancing: Rule = {
  id: 'funding.cofinancing',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const granted = grantedByProjectYear(ctx);
    const out: Finding[] = [];
    for (const b of projectBudgets(ctx.book)) {
      if (ctx.options.year !== null && b.year !== ctx.options.year) continue;
      const funders = granted.get(`${b.year}|${b.project}`);
      if (funders === undefined) continue; // no funding line for this project-year: nothing to compare
      const total = funders + b.ownFunds;
      if (total === b.charges) continue;
      out.push(
        ctx.finding(
          'funding.cofinancing',
          'error',
          ctx.book.budget,
          b.lines[0],
          'income',
          ctx.say(
            `Plan de financement ${b.year} du projet ${b.project} : financeurs ${ctx.euros(funders)} + fonds propres ${ctx.euros(b.ownFunds)} = ${ctx.euros(total)}, pour un coût de ${ctx.euros(b.charges)} (écart ${ctx.euros(Math.abs(total - b.charges))}).`,
            `${b.year} funding plan of project ${b.project}: funders ${ctx.euros(funders)} + own funds ${ctx.euros(b.ownFunds)} = ${ctx.euros(total)}, for a cost of ${ctx.euros(b.charges)}.`,
          ),
          [b.project, String(b.year)],
        ),
      );
    }
    return out;
  },
};

/** `funding.over`: a project funded above 100 % of its budgeted cost. */
export const fundingOver: Rule = {
  id: 'funding.over',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const granted = grantedByProjectYear(ctx);
    const out: Finding[] = [];
    for (const b of projectBudgets(ctx.book)) {
      if (ctx.options.year !== null && b.year !== ctx.options.year) continue;
      const funders = granted.get(`${b.year}|${b.project}`) ?? 0;
      if (b.charges <= 0 || funders <= b.charges) continue;
      out.push(
        ctx.finding(
          'funding.over',
          'warning',
          ctx.book.budget,
          b.lines[0],
          'income',
          ctx.say(
            `Projet ${b.project} en ${b.year} financé à ${Math.round((funders * 100) / b.charges)} % : ${ctx.euros(funders)} accordés pour un coût de ${ctx.euros(b.charges)}.`,
            `Project ${b.project} in ${b.year} funded at ${Math.round((funders * 100) / b.charges)} %: ${ctx.euros(funders)} granted for a cost of ${ctx.euros(b.charges)}.`,
          ),
          [b.project, String(b.year)],
        ),
      );
    }
    return out;
  },
};
