import { isKnownAccount } from '../../ledger/accounts';
import type { Finding } from '../../sheets/findings';
import type { ParsedTable } from '../../sheets/parse/table';
import type { TableDef } from '../../sheets/schema/columns';
import type { CheckContext, Rule } from '../context';

/** `ref.unknown`: a project, partner, convention or account that does not exist. */
export const refUnknown: Rule = {
  id: 'ref.unknown',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const { book } = ctx;
    const out: Finding[] = [];
    const projects = new Set(book.projects.records.map((p) => p.code));
    const partners = new Set(book.partners.records.map((p) => p.id).filter((x): x is string => !!x));
    const conventions = new Set(book.conventions.records.map((c) => c.id).filter((x): x is string => !!x));
    const kinds = {
      project: { known: projects, present: book.projects.sheet !== null, fr: 'Projet', en: 'Project', sheet: 'Projets' },
      partner: { known: partners, present: book.partners.sheet !== null, fr: 'Partenaire', en: 'Partner', sheet: 'Partenaires' },
      convention: { known: conventions, present: book.conventions.sheet !== null, fr: 'Convention', en: 'Agreement', sheet: 'Conventions' },
    };

    function refs<T extends TableDef>(table: ParsedTable<T>, key: string, kind: keyof typeof kinds): void {
      const k = kinds[kind];
      if (!k.present) return;
      for (const rec of table.records) {
        const value = (rec as Record<string, unknown>)[key];
        if (typeof value !== 'string' || value === '' || k.known.has(value)) continue;
        out.push(
          ctx.finding(
            'ref.unknown',
            'error',
            table,
            rec,
            key,
            ctx.say(
              `${k.fr} « ${value} » inconnu : il n'existe pas dans la feuille ${k.sheet}. Corrigez le code ou ajoutez-le.`,
              `${k.en} "${value}" unknown: it is not in sheet ${k.sheet}. Fix the code or add it.`,
            ),
            [value],
          ),
        );
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
        out.push(
          ctx.finding(
            'ref.unknown',
            'error',
            table,
            rec,
            'account',
            ctx.say(
              `Compte ${account} absent du plan comptable des associations : vérifiez le numéro.`,
              `Account ${account} is not in the associations' chart of accounts: check the number.`,
            ),
            [account],
          ),
        );
      }
    }
    accounts(book.ledger);
    accounts(book.budget);
    return out;
  },
};
