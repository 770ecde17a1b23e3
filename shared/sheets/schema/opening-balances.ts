import { account, amount, integer, required, requiredHeader, table, text } from './columns';

/**
 * Soldes d'ouverture: the accountant's opening balances of a fiscal year, one account a row
 * (docs/domain.md, "Opening balances"), booked as journal AN on the year's first day.
 */
export const openingBalances = table({
  key: 'openingBalances',
  sheet: "Soldes d'ouverture",
  sheetSynonyms: ['Soldes d’ouverture', 'Soldes ouverture', 'A nouveaux', 'À nouveaux', 'Bilan d’ouverture', "Bilan d'ouverture"],
  idColumn: null,
  idPrefix: null,
  columns: {
    year: required(integer('Exercice', ['Année', 'Annee', 'Exercice comptable', 'Année d’ouverture'])),
    account: required(account('Compte', ['N° compte', 'Compte comptable', 'Numéro de compte', 'CompteNum'])),
    label: text('Libellé', ['Intitulé', 'Intitulé du compte', 'CompteLib']),
    debit: requiredHeader(amount('Débit', ['Debit', 'Solde débiteur', 'Débit (€)', 'Montant débit'])),
    credit: requiredHeader(amount('Crédit', ['Credit', 'Solde créditeur', 'Crédit (€)', 'Montant crédit'])),
  },
});
