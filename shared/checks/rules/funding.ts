import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';
import { knownBudgets, unknownGrants } from '../unknown';

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
        out.push(ctx.finding('funding.order', 'error', t, f, 'received', ctx.msg.receivedOverGranted(id, f.received, f.granted), [id]));
      if (f.granted !== null && f.requested !== null && f.granted > f.requested)
        out.push(ctx.finding('funding.order', 'error', t, f, 'granted', ctx.msg.grantedOverRequested(id, f.granted, f.requested), [id]));
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

/** The project budgets to compare with the funding granted: their totals and the amounts granted are known. */
function fundingPlans(ctx: CheckContext) {
  const granted = grantedByProjectYear(ctx);
  const unknown = unknownGrants(ctx);
  return knownBudgets(ctx)
    .filter((b) => !unknown.touches(b.year, b.project))
    .map((b) => ({ budget: b, funders: granted.get(`${b.year}|${b.project}`) }));
}

/** `funding.cofinancing`: the funders' granted amounts plus own funds must equal the project's budgeted cost. */
export const fundingCofinancing: Rule = {
  id: 'funding.cofinancing',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { budget: b, funders } of fundingPlans(ctx)) {
      if (funders === undefined) continue; // no funding line for this project-year: nothing to compare
      const total = funders + b.ownFunds;
      // One cause, one finding: when the budget itself is unbalanced (budget.unbalanced says so),
      // only a gap between the funders' grants and the budgeted produits is this rule's to report.
      if (total === b.charges || (b.produits !== b.charges && total === b.produits)) continue;
      const message = ctx.msg.cofinancing({
        year: b.year,
        project: b.project,
        funders,
        ownFunds: b.ownFunds,
        total,
        cost: b.charges,
        gap: Math.abs(total - b.charges),
      });
      out.push(ctx.finding('funding.cofinancing', 'error', ctx.book.budget, b.lines[0], 'income', message, [b.project, String(b.year)]));
    }
    return out;
  },
};

/** `funding.over`: a project funded above 100 % of its budgeted cost. */
export const fundingOver: Rule = {
  id: 'funding.over',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { budget: b, funders = 0 } of fundingPlans(ctx)) {
      if (b.charges <= 0 || funders <= b.charges) continue;
      const message = ctx.msg.fundedOver(b.project, b.year, Math.round((funders * 100) / b.charges), funders, b.charges);
      out.push(ctx.finding('funding.over', 'warning', ctx.book.budget, b.lines[0], 'income', message, [b.project, String(b.year)]));
    }
    return out;
  },
};
