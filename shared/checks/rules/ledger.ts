import { isChargeAccount, isIncomeAccount } from '../../ledger/accounts';
import type { Finding } from '../../sheets/findings';
import type { CheckContext, Rule } from '../context';

/** `ledger.amount`: a Journal line needs exactly one of Recette / Dépense, and no negative amount. */
export const ledgerAmount: Rule = {
  id: 'ledger.amount',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    for (const r of t.records) {
      if (!ctx.inScope(r.date)) continue;
      if (r.income !== null && r.expense !== null) {
        out.push(
          ctx.finding(
            'ledger.amount',
            'error',
            t,
            r,
            'expense',
            ctx.say(
              `Ligne avec une recette (${ctx.euros(r.income)}) et une dépense (${ctx.euros(r.expense)}) : une opération est l'une ou l'autre ; videz la mauvaise colonne.`,
              `Line with both an income (${ctx.euros(r.income)}) and an expense (${ctx.euros(r.expense)}): keep only one.`,
            ),
          ),
        );
      } else if (r.income === null && r.expense === null) {
        out.push(
          ctx.finding(
            'ledger.amount',
            'error',
            t,
            r,
            'income',
            ctx.say('Ligne sans montant : remplissez Recette ou Dépense.', 'Line without an amount: fill in Income or Expense.'),
          ),
        );
      } else {
        const [key, value] = r.income !== null ? (['income', r.income] as const) : (['expense', r.expense as number] as const);
        if (value < 0)
          out.push(
            ctx.finding(
              'ledger.amount',
              'error',
              t,
              r,
              key,
              ctx.say(
                `Montant négatif (${ctx.euros(value)}) : inscrivez une recette en Recette et une dépense en Dépense, en positif.`,
                `Negative amount (${ctx.euros(value)}): enter it as a positive amount in the right column.`,
              ),
            ),
          );
      }
    }
    return out;
  },
};

/** `ledger.side`: an expense on a class 7 account or an income on a class 6 account. */
export const ledgerSide: Rule = {
  id: 'ledger.side',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    for (const r of t.records) {
      if (!ctx.inScope(r.date) || r.account === null || (r.income !== null && r.expense !== null)) continue;
      if (r.expense !== null && isIncomeAccount(r.account))
        out.push(
          ctx.finding(
            'ledger.side',
            'warning',
            t,
            r,
            'account',
            ctx.say(
              `Dépense de ${ctx.euros(r.expense)} sur le compte de produit ${r.account} : un compte 7 reçoit des recettes. Vérifiez le compte ou la colonne.`,
              `Expense of ${ctx.euros(r.expense)} on income account ${r.account}: check the account or the column.`,
            ),
          ),
        );
      if (r.income !== null && isChargeAccount(r.account))
        out.push(
          ctx.finding(
            'ledger.side',
            'warning',
            t,
            r,
            'account',
            ctx.say(
              `Recette de ${ctx.euros(r.income)} sur le compte de charge ${r.account} : un compte 6 reçoit des dépenses (un avoir se passe en moins de la charge, avec votre expert-comptable).`,
              `Income of ${ctx.euros(r.income)} on charge account ${r.account}: check the account or the column.`,
            ),
          ),
        );
    }
    return out;
  },
};

/** `ledger.voucher`: a missing voucher number, or a number used twice in a fiscal year. */
export const ledgerVoucher: Rule = {
  id: 'ledger.voucher',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    for (const r of t.records) {
      if (!ctx.inScope(r.date) || r.date === null) continue;
      if (!r.voucher) {
        out.push(
          ctx.finding(
            'ledger.voucher',
            'warning',
            t,
            r,
            'voucher',
            ctx.say(
              'Pièce non numérotée : donnez un numéro à chaque justificatif (l’expert-comptable en a besoin).',
              'No voucher number: number every receipt.',
            ),
          ),
        );
        continue;
      }
      const key = `${ctx.fiscalYear(r.date)}|${r.voucher}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r.row);
      else
        out.push(
          ctx.finding(
            'ledger.voucher',
            'warning',
            t,
            r,
            'voucher',
            ctx.say(
              `Pièce ${r.voucher} déjà utilisée ligne ${first} : un numéro de pièce ne sert qu'une fois par exercice.`,
              `Voucher ${r.voucher} already used on row ${first}: a voucher number is used once per year.`,
            ),
            [r.voucher],
          ),
        );
    }
    return out;
  },
};

/** `ledger.duplicate`: two lines with the same date, amount, account and label. */
export const ledgerDuplicate: Rule = {
  id: 'ledger.duplicate',
  severity: 'warning',
  check(ctx: CheckContext): Finding[] {
    const t = ctx.book.ledger;
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    for (const r of t.records) {
      if (!ctx.inScope(r.date) || r.date === null) continue;
      const key = [r.date, r.account, r.income, r.expense, (r.label ?? '').toLowerCase()].join('|');
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r.row);
      else
        out.push(
          ctx.finding(
            'ledger.duplicate',
            'warning',
            t,
            r,
            'label',
            ctx.say(
              `Même date, même compte, même montant et même libellé que la ligne ${first} : saisie en double ?`,
              `Same date, account, amount and label as row ${first}: entered twice?`,
            ),
          ),
        );
    }
    return out;
  },
};
