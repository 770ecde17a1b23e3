import { INELIGIBLE_FOR_SUBSIDY, isPublicSubsidy } from '../../ledger/accounts';
import type { Book } from '../../sheets/book';
import type { Finding } from '../../sheets/findings';
import { fiscalYearBounds, ledgerYears } from '../../ledger/fiscal-years';
import { subsidiesOfYear } from '../../ledger/subsidies';
import type { RecordOf } from '../../sheets/schema/columns';
import type { conventions as conventionsTable } from '../../sheets/schema/tables';
import type { CheckContext, Rule } from '../context';

type Convention = RecordOf<typeof conventionsTable>;

function byId(book: Book): Map<string, Convention> {
  return new Map(book.conventions.records.filter((c) => c.id).map((c) => [c.id as string, c]));
}

/** `convention.dates`: a convention ending before it starts. */
export const conventionDates: Rule = {
  id: 'convention.dates',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.conventions;
    return t.records
      .filter((c) => c.start !== null && c.end !== null && c.end < c.start)
      .map((c) =>
        ctx.finding(
          'convention.dates',
          'error',
          t,
          c,
          'end',
          ctx.say(
            `${c.id ?? 'Convention'} finit le ${ctx.date(c.end!)}, avant de commencer le ${ctx.date(c.start!)} : corrigez Début ou Fin.`,
            `${c.id ?? 'Agreement'} ends on ${c.end} before it starts on ${c.start}: fix Start or End.`,
          ),
          c.id ? [c.id] : [],
        ),
      );
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
      out.push(
        ctx.finding(
          'convention.period',
          'warning',
          t,
          r,
          'date',
          ctx.say(
            `Opération du ${ctx.date(r.date)} imputée à ${c.id}, qui court du ${ctx.date(c.start)} au ${ctx.date(c.end)} : hors période, le financeur peut la refuser.`,
            `Transaction of ${r.date} charged to ${c.id}, which runs from ${c.start} to ${c.end}: outside its period.`,
          ),
          [c.id as string],
        ),
      );
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
      if (!INELIGIBLE_FOR_SUBSIDY.some((p) => account.startsWith(p))) continue;
      out.push(
        ctx.finding(
          'convention.ineligible',
          'warning',
          t,
          r,
          'account',
          ctx.say(
            `Dépense inéligible imputée à la subvention ${c.id} : le compte ${account} (pénalités, intérêts, frais bancaires, amortissements, bénévolat) ne se finance pas sur une subvention. Retirez la convention de cette ligne.`,
            `Ineligible expense charged to subsidy ${c.id}: account ${account} cannot be paid by a subsidy.`,
          ),
          [c.id as string],
        ),
      );
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
    return t.records
      .filter(
        (c): c is typeof c & { amount: number } =>
          c.type === 'subvention' && c.amount !== null && c.amount > 2_300_000 && c.signedOn === null,
      )
      .map((c) =>
        ctx.finding(
          'convention.written',
          'warning',
          t,
          c,
          'signedOn',
          ctx.say(
            `Subvention ${c.id} de ${ctx.euros(c.amount)} sans date de signature : au-delà de 23 000 € une convention écrite signée est obligatoire (loi 2000-321, art. 10).`,
            `Subsidy ${c.id} of ${ctx.euros(c.amount)} has no signature date: above €23,000 a signed written agreement is mandatory.`,
          ),
          c.id ? [c.id] : [],
        ),
      );
  },
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `convention.report`: a reporting deadline passed, or within the alert window, with the report not done. */
export const conventionReport: Rule = {
  id: 'convention.report',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.schedule;
    const today = ctx.options.today;
    const horizon = addDays(today, ctx.book.settings.reportAlertDays);
    const out: Finding[] = [];
    for (const s of t.records) {
      if (s.type !== 'rapport' || s.done || s.date === null || s.convention === null || s.date > horizon) continue;
      const date = s.date;
      const late = date < today;
      out.push(
        ctx.finding(
          'convention.report',
          'warning',
          t,
          s,
          'done',
          late
            ? ctx.say(
                `Rapport de la convention ${s.convention} attendu le ${ctx.date(date)} : en retard et non marqué fait.`,
                `Report for ${s.convention} was due on ${s.date}: late and not marked done.`,
              )
            : ctx.say(
                `Rapport de la convention ${s.convention} à rendre le ${ctx.date(date)}, dans moins de ${ctx.book.settings.reportAlertDays} jours.`,
                `Report for ${s.convention} due on ${s.date}, within ${ctx.book.settings.reportAlertDays} days.`,
              ),
          [s.convention],
        ),
      );
    }
    return out;
  },
};

/** `convention.unspent`: at year end, a subsidy received and not fully spent: the candidate fonds dédiés. */
export const conventionUnspent: Rule = {
  id: 'convention.unspent',
  severity: 'info',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.conventions;
    const out: Finding[] = [];
    for (const year of ledgerYears(ctx.book).reverse()) {
      if (ctx.options.year !== null && year !== ctx.options.year) continue;
      // Only a closed year has a year end.
      if (fiscalYearBounds(year, ctx.book.settings.fiscalYearStart).last >= ctx.options.today) continue;
      for (const s of subsidiesOfYear(ctx.book, year)) {
        if (s.unspent <= 0) continue;
        const c = t.records.find((x) => x.id === s.convention) ?? null;
        out.push(
          ctx.finding(
            'convention.unspent',
            'info',
            t,
            c,
            'amount',
            ctx.say(
              `${s.convention} : ${ctx.euros(s.receivedInYear)} reçus et ${ctx.euros(s.spentInYear)} dépensés en ${year} ; ${ctx.euros(s.unspent)} non utilisés, à reporter en fonds dédiés (689/19) si la somme reste affectée au projet.`,
              `${s.convention}: ${ctx.euros(s.receivedInYear)} received and ${ctx.euros(s.spentInYear)} spent in ${year}; ${ctx.euros(s.unspent)} unspent, candidate dedicated funds (689/19).`,
            ),
            [s.convention, String(year)],
          ),
        );
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
    const byYear = new Map<number, number>();
    for (const r of ctx.book.ledger.records) {
      if (r.date === null || r.account === null || r.income === null || !isPublicSubsidy(r.account)) continue;
      const y = ctx.fiscalYear(r.date);
      byYear.set(y, (byYear.get(y) ?? 0) + r.income);
    }
    const out: Finding[] = [];
    for (const [year, total] of byYear) {
      if ((ctx.options.year !== null && year !== ctx.options.year) || total <= 15_300_000) continue;
      out.push(
        ctx.finding(
          'asso.threshold',
          'info',
          ctx.book.ledger,
          null,
          null,
          ctx.say(
            `Subventions publiques ${year} : ${ctx.euros(total)}, au-delà de 153 000 € : comptes annuels, commissaire aux comptes et publication au Journal officiel sont obligatoires (C. com. L612-4).`,
            `Public subsidies ${year}: ${ctx.euros(total)}, above €153,000: annual accounts, a statutory auditor and publication are mandatory.`,
          ),
          [String(year)],
        ),
      );
    }
    return out;
  },
};
