/** What `citego reconcile` prints of a bank reconciliation (docs/domain.md, "Bank reconciliation"), in French. */
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros } from '../../values/money';
import { formatNumber } from '../../values/numbers';

const s = (n: number) => (n > 1 ? 's' : '');
const eur = (cents: number) => formatEuros(cents);
const day = (d: string) => formatDateFr(d as IsoDate);

export const bank = {
  title: (year: number, account: string) => `Rapprochement bancaire ${year} — compte ${account}`,
  imported: (file: string, read: number, added: number, already: number) =>
    `${file} : ${formatNumber(read)} ligne${s(read)} lue${s(read)}, ${formatNumber(added)} ajoutée${s(added)} à Relevés, ${formatNumber(already)} déjà présente${s(already)}.`,
  matched: (matched: number, count: number, ticked: number) =>
    `${formatNumber(matched)} ligne${s(matched)} du relevé rapprochée${s(matched)} sur ${formatNumber(count)} (${formatNumber(ticked)} pointée${s(ticked)} maintenant dans Relevés › Pointé).`,
  unreadable: (rows: readonly number[]) => `Lignes de Relevés sans date ou sans montant lisible, laissées de côté : ${rows.join(', ')}.`,
  balanceTitle: () => 'Soldes',
  statementClosing: (date: string, cents: number) => `  Solde du relevé au ${day(date)}          ${eur(cents)}`,
  bookClosing: (date: string, cents: number) => `  Solde des comptes (512) au ${day(date)}  ${eur(cents)}`,
  noBalance: () => '  Le relevé n’a pas de colonne Solde : l’écart ne peut pas être calculé.',
  gap: (cents: number) => `  Écart                                 ${eur(cents)}`,
  openingMissing: (cents: number) => `    dont solde d’ouverture absent des comptes (à saisir dans Soldes d’ouverture)   ${eur(cents)}`,
  openingDifference: (statement: number, books: number, cents: number) =>
    `    dont départ différent : le relevé part de ${eur(statement)}, les comptes de ${eur(books)}   ${eur(cents)}`,
  unmatchedBankSum: (cents: number) => `    dont lignes du relevé absentes du Journal              ${eur(cents)}`,
  unmatchedBookSum: (cents: number) => `    dont lignes du Journal pas encore au relevé            ${eur(-cents)}`,
  explained: () => '  Écart entièrement expliqué.',
  unexplained: (cents: number, fromOpening: boolean) =>
    fromOpening
      ? `  Reste inexpliqué : ${eur(cents)} (le relevé ne part pas du même solde que les comptes : vérifiez le solde d’ouverture du 512 dans Soldes d’ouverture, ou le relevé précédent).`
      : `  Reste inexpliqué : ${eur(cents)} (une ligne manque à l’export, ou le Solde de départ n’est pas connu).`,
  unmatchedBankTitle: (n: number) => `Au relevé, pas au Journal (${formatNumber(n)})`,
  unmatchedBookTitle: (n: number) => `Au Journal, pas au relevé (${formatNumber(n)})`,
  bankLine: (row: number, date: string, label: string, cents: number) =>
    `  Relevés!${row}  ${day(date)}  ${eur(cents).padStart(14)}  ${label}`,
  bookLine: (row: number, date: string, voucher: string, label: string, cents: number) =>
    `  Journal!${row}  ${day(date)}  ${eur(cents).padStart(14)}  ${voucher ? `${voucher} · ` : ''}${label}`,
  proposalsTitle: (n: number) => `Écritures proposées (${formatNumber(n)})`,
  proposal: (row: number, date: string, label: string, cents: number, account: string, accountLabel: string, voucher: string) =>
    `  [${row}] ${day(date)}  ${eur(cents).padStart(14)}  ${label} → compte ${account} (${accountLabel}), pièce ${voucher}`,
  acceptHint: () => 'Pour les ajouter au Journal : citego reconcile --workbook FICHIER --accept <ligne>… (le numéro entre crochets).',
  accepted: (row: number) => `Relevés!${row} : ligne ajoutée au Journal et pointée.`,
  totalRowAbove: (row: number) => `Les lignes ajoutées sont sous la ligne Total (ligne ${row}) : étendez sa formule.`,
  notProposed: (row: number) => `Relevés!${row} : aucune proposition pour cette ligne (déjà rapprochée ?) ; rien n’a été ajouté.`,
  none: () => '  Aucune.',
  noStatement: (year: number) =>
    `Aucune ligne de relevé pour ${year} dans Relevés : importez le relevé de la banque (--import relevé.csv).`,
  demoNotWritten: () => 'Démonstration : rien n’est écrit dans la démo (donnez --workbook pour votre classeur).',
};

export type BankMessages = typeof bank;
