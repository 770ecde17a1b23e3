import { isKnownAccount } from '../../ledger/accounts';
import type { Finding } from '../../sheets/findings';
import type { ParsedTable } from '../../sheets/parse/table';
import type { TableDef } from '../../sheets/schema/columns';
import type { RefKind } from '../../i18n/fr/checks';
import type { CheckContext, Rule } from '../context';

/** The codes a reference may name, and the sheet that lists them; null when the workbook has no such sheet. */
function knownCodes(ctx: CheckContext): Record<RefKind, { readonly known: ReadonlySet<string>; readonly sheet: string } | null> {
  const { book } = ctx;
  const ids = (values: (string | null)[]) => new Set(values.filter((x): x is string => !!x));
  return {
    project: book.projects.sheet === null ? null : { known: ids(book.projects.records.map((p) => p.code)), sheet: 'Projets' },
    partner: book.partners.sheet === null ? null : { known: ids(book.partners.records.map((p) => p.id)), sheet: 'Partenaires' },
    convention: book.conventions.sheet === null ? null : { known: ids(book.conventions.records.map((c) => c.id)), sheet: 'Conventions' },
  };
}

/** `ref.unknown`: a project, partner, convention or account that does not exist. */
export const refUnknown: Rule = {
  id: 'ref.unknown',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const { book } = ctx;
    const out: Finding[] = [];
    const codes = knownCodes(ctx);

    function refs<T extends TableDef>(table: ParsedTable<T>, key: string, kind: RefKind): void {
      const k = codes[kind];
      if (!k) return;
      for (const rec of table.records) {
        const value = (rec as Record<string, unknown>)[key];
        if (typeof value !== 'string' || value === '' || k.known.has(value)) continue;
        out.push(ctx.finding('ref.unknown', 'error', table, rec, key, ctx.msg.refUnknown(kind, value, k.sheet), [value]));
      }
    }
    refs(book.ledger, 'project', 'project');
    refs(book.ledger, 'convention', 'convention');
    refs(book.conventions, 'partner', 'partner');
    refs(book.conventions, 'project', 'project');
    refs(book.budget, 'project', 'project');
    refs(book.fundings, 'project', 'project');
    refs(book.fundings, 'convention', 'convention');
    refs(book.volunteering, 'project', 'project');
    refs(book.schedule, 'convention', 'convention');
    refs(book.groups, 'project', 'project');

    function accounts<T extends TableDef>(table: ParsedTable<T>): void {
      for (const rec of table.records) {
        const account = (rec as Record<string, unknown>).account;
        if (typeof account !== 'string' || isKnownAccount(account, book.settings.extraAccounts)) continue;
        out.push(ctx.finding('ref.unknown', 'error', table, rec, 'account', ctx.msg.accountUnknown(account), [account]));
      }
    }
    accounts(book.ledger);
    accounts(book.budget);
    return out;
  },
};
