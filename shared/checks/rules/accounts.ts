import { isSubAccount, outsideChart } from '../../ledger/accounts';
import type { Finding } from '../../sheets/findings';
import type { ParsedTable } from '../../sheets/parse/table';
import type { TableDef } from '../../sheets/schema/columns';
import { normalizeLabel } from '../../values/text';
import type { CheckContext, Rule } from '../context';

/**
 * `ledger.unknown-account`: an account the chart does not have although it knows its prefix
 * (7545 under 754, which the chart divides into 7541, 7542, 7543): booked, but under a number the
 * accountant will not recognise. A number the chart leaves free (62261 under 6226) or one added in
 * Paramètres is fine; an account with no known prefix at all is `ref.unknown`'s.
 */
export const ledgerUnknownAccount: Rule = {
  id: 'ledger.unknown-account',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const { book } = ctx;
    const out: Finding[] = [];
    function scan<T extends TableDef>(table: ParsedTable<T>, inScope: (r: Record<string, unknown>) => boolean): void {
      for (const rec of table.records) {
        const r = rec as Record<string, unknown>;
        if (typeof r.account !== 'string' || !inScope(r)) continue;
        const gap = outsideChart(r.account, book.settings.extraAccounts);
        if (gap)
          out.push(
            ctx.finding(
              'ledger.unknown-account',
              'warning',
              table,
              rec,
              'account',
              ctx.msg.accountOutsideChart(r.account, gap.parent, gap.listed),
            ),
          );
      }
    }
    scan(book.ledger, (r) => ctx.inScope((r.date as never) ?? null));
    scan(book.budget, (r) => ctx.options.year === null || r.year === ctx.options.year);
    return out;
  },
};

/** The partner of a Journal line: its convention's, else the one whose Nom is the line's Tiers. */
function partnerOf(ctx: CheckContext): (r: { convention: string | null; party: string | null }) => { name: string; type: string } | null {
  const partners = ctx.book.partners.records;
  const byId = new Map(partners.map((p) => [p.id, p]));
  const byName = new Map(partners.filter((p) => p.name).map((p) => [normalizeLabel(p.name as string), p]));
  const conventionPartner = new Map(ctx.book.conventions.records.map((c) => [c.id, c.partner]));
  return (r) => {
    const viaConvention = r.convention ? byId.get(conventionPartner.get(r.convention) ?? null) : undefined;
    const p = viaConvention ?? (r.party ? byName.get(normalizeLabel(r.party)) : undefined);
    return p && p.type ? { name: p.name ?? p.id ?? '', type: p.type } : null;
  };
}

/**
 * `ledger.private-subsidy`: money from a foundation or a company booked as a subvention (74).
 * A subvention is public money (loi 2000-321, art. 9-1): a private grant is mécénat (7542) or a
 * contribution financière (7551), see the chart in docs/domain.md.
 */
export const ledgerPrivateSubsidy: Rule = {
  id: 'ledger.private-subsidy',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const partner = partnerOf(ctx);
    const out: Finding[] = [];
    for (const r of t.records) {
      if (!ctx.inScope(r.date) || r.account === null || !isSubAccount(r.account, '74') || r.income === null) continue;
      const p = partner(r);
      if (p && (p.type === 'fondation' || p.type === 'entreprise'))
        out.push(
          ctx.finding('ledger.private-subsidy', 'warning', t, r, 'account', ctx.msg.privateSubsidy(r.income, p.name, p.type, r.account)),
        );
    }
    return out;
  },
};
