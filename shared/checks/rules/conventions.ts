import { INELIGIBLE_FOR_SUBSIDY, isCvnAccount, isPublicSubsidy, isUnderAny } from '../../ledger/accounts';
import type { ParsedWorkbook } from '../../sheets/parsed-workbook';
import type { Finding } from '../../sheets/findings';
import { fiscalYearBounds, ledgerYears } from '../../ledger/fiscal-years';
import { yearEndProposals } from '../../ledger/year-end';
import type { RecordOf } from '../../sheets/schema/columns';
import type { conventions as conventionsTable } from '../../sheets/schema/tables';
import type { CheckContext, Rule } from '../context';
import { unknownFlows, unreadable } from '../unknown';
import { addDays } from '../../values/dates';

type Convention = RecordOf<typeof conventionsTable>;

function byId(book: ParsedWorkbook): Map<string, Convention> {
  return new Map(book.conventions.records.filter((c) => c.id).map((c) => [c.id as string, c]));
}

/** `convention.dates`: a convention ending before it starts. */
export const conventionDates: Rule = {
  id: 'convention.dates',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.conventions;
    const out: Finding[] = [];
    for (const c of t.records) {
      if (c.start === null || c.end === null || c.end >= c.start) continue;
      out.push(
        ctx.finding('convention.dates', 'error', t, c, 'end', ctx.msg.conventionEndsBeforeStart(c.id, c.end, c.start), c.id ? [c.id] : []),
      );
    }
    return out;
  },
};

/** `convention.period`: a Journal line charged to a convention outside its start–end period. */
export const conventionPeriod: Rule = {
  id: 'convention.period',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const conventions = byId(ctx.book);
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    for (const r of t.records) {
      if (!r.convention || r.date === null || !ctx.inScope(r.date)) continue;
      const c = conventions.get(r.convention);
      if (!c || c.start === null || c.end === null || c.end < c.start) continue;
      if (r.date >= c.start && r.date <= c.end) continue;
      const id = c.id as string;
      out.push(ctx.finding('convention.period', 'warning', t, r, 'date', ctx.msg.outsidePeriod(r.date, id, c.start, c.end), [id]));
    }
    return out;
  },
};

/** `convention.ineligible`: a subsidy charged with penalties, interest, bank fees, depreciation or 86x. */
export const conventionIneligible: Rule = {
  id: 'convention.ineligible',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const conventions = byId(ctx.book);
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    for (const r of t.records) {
      if (!r.convention || r.account === null || r.expense === null || !ctx.inScope(r.date)) continue;
      const c = conventions.get(r.convention);
      if (!c || c.type !== 'subvention') continue;
      const account = r.account;
      // A line on 86 is ledger.inkind's: it is not booked, so it charges no subsidy.
      if (!isUnderAny(account, INELIGIBLE_FOR_SUBSIDY) || isCvnAccount(account)) continue;
      const id = c.id as string;
      out.push(ctx.finding('convention.ineligible', 'warning', t, r, 'account', ctx.msg.ineligibleExpense(id, account), [id]));
    }
    return out;
  },
};

/** `convention.written`: a subsidy above 23 000 € needs a signed convention (loi 2000-321 art. 10, décret 2001-495). */
export const conventionWritten: Rule = {
  id: 'convention.written',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.conventions;
    const out: Finding[] = [];
    for (const c of t.records) {
      if (c.type !== 'subvention' || c.amount === null || c.amount <= 2_300_000 || c.signedOn !== null) continue;
      // An unreadable signature date is not a missing one.
      if (unreadable(t, c, 'signedOn')) continue;
      out.push(ctx.finding('convention.written', 'warning', t, c, 'signedOn', ctx.msg.unsignedSubsidy(c.id, c.amount), c.id ? [c.id] : []));
    }
    return out;
  },
};

/** `convention.report`: a reporting deadline passed, or within the alert window, with the report not done. */
export const conventionReport: Rule = {
  id: 'convention.report',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.schedule;
    const today = ctx.options.today;
    const days = ctx.book.settings.reportAlertDays;
    const horizon = addDays(today, days);
    const out: Finding[] = [];
    for (const s of t.records) {
      if (s.type !== 'rapport' || s.done || s.date === null || s.convention === null || s.date > horizon) continue;
      // An unreadable Fait is not a "no".
      if (unreadable(t, s, 'done')) continue;
      const message = s.date < today ? ctx.msg.reportLate(s.convention, s.date) : ctx.msg.reportSoon(s.convention, s.date, days);
      out.push(ctx.finding('convention.report', 'warning', t, s, 'done', message, [s.convention]));
    }
    return out;
  },
};

/**
 * `convention.unspent`: at a closed year's end, what the year-end computation says of a subsidy not
 * fully spent (`yearEndProposals`, docs/domain.md "Year end"): the fonds dédiés proposed for an
 * earmarked running convention, with the same amount; for one ended in the year, what was received
 * beyond its justified costs, likely owed back; nothing for a running-cost subsidy.
 */
export const conventionUnspent: Rule = {
  id: 'convention.unspent',
  severity: 'info',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.conventions;
    const unknown = unknownFlows(ctx);
    const out: Finding[] = [];
    const years = ledgerYears(ctx.book);
    for (const year of [...years].reverse()) {
      if (ctx.options.year !== null && year !== ctx.options.year) continue;
      // Only a closed year has a year end.
      if (fiscalYearBounds(year, ctx.book.settings.fiscalYearStart).last >= ctx.options.today) continue;
      // The year-end figures are cumulated from each convention's start: an unreadable line of any year up to this one may count.
      const known = (c: string) => !years.some((y) => y <= year && unknown.touches(y, c));
      const at = (c: string) => t.records.find((x) => x.id === c) ?? null;
      const finding = (c: string, message: string) =>
        ctx.finding('convention.unspent', 'info', t, at(c), 'amount', message, [c, String(year)]);
      const ye = yearEndProposals(ctx.book, year);
      for (const p of ye.proposals) {
        if (p.kind !== 'dedicated' || !known(p.convention)) continue;
        const f = p.figures;
        const message = ctx.msg.unspent({
          convention: p.convention,
          attributable: f.attributableInYear,
          spent: f.spentInYear,
          year,
          unspent: p.amount,
          id: p.id,
        });
        out.push(finding(p.convention, message));
      }
      for (const x of ye.findings) {
        if (x.owedBack <= 0 || !known(x.convention)) continue;
        const f = x.figures;
        const message = ctx.msg.owedBack({
          convention: x.convention,
          end: f.end,
          received: f.received,
          justified: f.attributable,
          owedBack: x.owedBack,
        });
        out.push(finding(x.convention, message));
      }
    }
    return out;
  },
};

/** `asso.threshold`: public subsidies of a year above 153 000 € (Code de commerce L612-4, D612-5). */
export const assoThreshold: Rule = {
  id: 'asso.threshold',
  severity: 'info',
  check(ctx: CheckContext): Finding[] {
    // A line left out for an unreadable cell can only add to a total found above the threshold.
    const byYear = new Map<number, number>();
    for (const r of ctx.book.ledger.records) {
      if (r.date === null || r.account === null || r.income === null || !isPublicSubsidy(r.account)) continue;
      const y = ctx.fiscalYear(r.date);
      byYear.set(y, (byYear.get(y) ?? 0) + r.income);
    }
    const out: Finding[] = [];
    for (const [year, total] of byYear) {
      if ((ctx.options.year !== null && year !== ctx.options.year) || total <= 15_300_000) continue;
      out.push(ctx.finding('asso.threshold', 'info', ctx.book.ledger, null, null, ctx.msg.publicThreshold(year, total), [String(year)]));
    }
    return out;
  },
};
