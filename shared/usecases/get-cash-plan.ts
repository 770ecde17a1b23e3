/**
 * rpc getCashPlan (the sidebar « Trésorerie »): the twelve-month cash plan from a month (the current
 * one by default), its figures and sentences ready to show (docs/domain.md, "Twelve-month cash plan").
 */
import { catalogue } from '../i18n/catalogue';
import { refusal } from '../i18n/refusal';
import { cashPlan, monthFlow, parseMonth } from '../ledger/cash-plan';
import { cashPlanNotes } from '../reports/cash-plan/blocks';
import { budget, conventions, fundings, ledger, openingBalances, partners, schedule } from '../sheets/schema/tables';
import { readWorkbook } from '../sheets/parsed-workbook';
import { parseLang } from './args';
import type { Ports } from './ports';
import type { CashPlanView } from './rpc';

/** The sheets the plan reads (Financements and Partenaires for the year-end's probable repayments): nothing else is read (one batch read per sheet). */
const PLAN_TABLES = [ledger, openingBalances, schedule, conventions, budget, fundings, partners];

export function getCashPlan(p: Pick<Ports, 'workbook' | 'clock'>, from: unknown, lang: unknown): CashPlanView {
  const language = parseLang(lang);
  const month =
    from === null || from === undefined || from === '' ? p.clock.today().slice(0, 7) : typeof from === 'string' ? parseMonth(from) : null;
  if (month === null) throw refusal('cashPlanMonth', String(from).slice(0, 20));
  const book = readWorkbook(p.workbook, language, PLAN_TABLES);
  const plan = cashPlan(book, month);
  const t = catalogue(language).cashplan;
  const last = plan.months[plan.months.length - 1].month;
  return {
    from: plan.from,
    title: t.title(t.month(plan.from), t.month(last)),
    opening: t.opening(plan.start, plan.openingCash),
    minimum: plan.minimum,
    months: plan.months.map((m) => {
      const f = monthFlow(m);
      return {
        month: m.month,
        label: t.month(m.month),
        opening: m.opening,
        in: f.in,
        out: f.out,
        closing: m.closing,
        below: m.belowMinimum,
      };
    }),
    notes: cashPlanNotes(plan, language),
  };
}
