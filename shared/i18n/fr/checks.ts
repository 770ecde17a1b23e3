/**
 * The consistency check's sentences in French: one function per finding, taking the values it
 * shows (amounts in cents, dates `YYYY-MM-DD`) and formatting them the French way (`1 234,56 €`,
 * `15/03/2025`). The English file has the same keys and signatures.
 */
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros, type Cents } from '../../values/money';

const eur = formatEuros;
const day = formatDateFr;

/** What a `ref.unknown` finding names: a project, a partner or a convention. */
export type RefKind = 'project' | 'partner' | 'convention';

const REF_KIND: Record<RefKind, string> = { project: 'Projet', partner: 'Partenaire', convention: 'Convention' };

export const checks = {
  /** The runner: a rule that crashed. */
  internal: (rule: string, error: string) => `La règle ${rule} n'a pas pu s'exécuter (${error}) : signalez-le.`,

  refUnknown: (kind: RefKind, value: string, sheet: string) =>
    `${REF_KIND[kind]} « ${value} » inconnu : il n'existe pas dans la feuille ${sheet}. Corrigez le code ou ajoutez-le.`,
  accountUnknown: (account: string) => `Compte ${account} absent du plan comptable des associations : vérifiez le numéro.`,
  idDuplicate: (id: string, rows: readonly number[]) =>
    `L'identifiant ${id} figure ${rows.length} fois (lignes ${rows.join(', ')}) : donnez à cette ligne un identifiant libre.`,

  amountBoth: (income: Cents, expense: Cents) =>
    `Ligne avec une recette (${eur(income)}) et une dépense (${eur(expense)}) : une opération est l'une ou l'autre ; videz la mauvaise colonne.`,
  amountMissing: () => 'Ligne sans montant : remplissez Recette ou Dépense.',
  amountNegative: (amount: Cents) =>
    `Montant négatif (${eur(amount)}) : inscrivez une recette en Recette et une dépense en Dépense, en positif.`,
  inKindInJournal: (account: string) =>
    `Compte ${account} (contribution volontaire en nature) dans le Journal : ce n’est pas un mouvement de banque ou de caisse, la ligne n’est pas comptée. Saisissez les heures dans la feuille Bénévolat (valorisées en 864/875) et supprimez cette ligne.`,
  expenseOnIncomeAccount: (expense: Cents, account: string) =>
    `Dépense de ${eur(expense)} sur le compte de produit ${account} : un compte 7 reçoit des recettes. Vérifiez le compte ou la colonne.`,
  accountOutsideChart: (account: string, parent: string, listed: readonly { readonly account: string; readonly label: string }[]) =>
    `Compte ${account} absent du plan comptable des associations, qui divise ${parent} en ${listed.map((l) => `${l.account} (${l.label})`).join(', ')} : choisissez l'un d'eux, ou ajoutez ${account} dans Paramètres › Comptes supplémentaires s'il est voulu.`,
  privateSubsidy: (income: Cents, partner: string, type: string, account: string) =>
    `Recette de ${eur(income)} de ${partner} (${type}) au compte ${account} : une subvention (74) est de l'argent public (loi 2000-321, art. 9-1) ; le don d'une fondation ou d'une entreprise se passe en 7542 (mécénat) ou 7551 (contributions financières).`,
  incomeOnChargeAccount: (income: Cents, account: string) =>
    `Recette de ${eur(income)} sur le compte de charge ${account} : un compte 6 reçoit des dépenses (un avoir se passe en moins de la charge, avec votre expert-comptable).`,
  voucherMissing: () => 'Pièce non numérotée : donnez un numéro à chaque justificatif (l’expert-comptable en a besoin).',
  voucherReused: (voucher: string, firstRow: number) =>
    `Pièce ${voucher} déjà utilisée ligne ${firstRow} : un numéro de pièce ne sert qu'une fois par exercice.`,
  lineDuplicate: (firstRow: number) => `Même date, même compte, même montant et même libellé que la ligne ${firstRow} : saisie en double ?`,

  budgetUnbalanced: (year: number, project: string, charges: Cents, income: Cents, gap: Cents) =>
    `Budget ${year} du projet ${project || '(sans projet)'} déséquilibré : charges ${eur(charges)}, produits ${eur(income)} (écart ${eur(gap)}).`,
  budgetCvn: (year: number, project: string, uses: Cents, sources: Cents) =>
    `Budget ${year} du projet ${project} : contributions volontaires déséquilibrées, emplois (86) ${eur(uses)} et contributions (87) ${eur(sources)} doivent être égaux.`,
  budgetOverrun: (o: {
    project: string;
    account: string;
    label: string;
    year: number;
    actual: Cents;
    budgeted: Cents;
    percent: number;
    threshold: number;
  }) =>
    `Projet ${o.project || '(sans projet)'}, compte ${o.account} (${o.label}) en ${o.year} : ${eur(o.actual)} dépensés pour ${eur(o.budgeted)} prévus (+${String(o.percent).replace('.', ',')} %, seuil ${o.threshold} %).`,

  receivedOverGranted: (id: string, received: Cents, granted: Cents) =>
    `${id} : reçu ${eur(received)}, plus que les ${eur(granted)} accordés. Vérifiez les montants ou la décision.`,
  grantedOverRequested: (id: string, granted: Cents, requested: Cents) =>
    `${id} : accordé ${eur(granted)}, plus que les ${eur(requested)} demandés.`,
  cofinancing: (o: { year: number; project: string; funders: Cents; ownFunds: Cents; total: Cents; cost: Cents; gap: Cents }) =>
    `Plan de financement ${o.year} du projet ${o.project} : financeurs ${eur(o.funders)} + fonds propres ${eur(o.ownFunds)} = ${eur(o.total)}, pour un coût de ${eur(o.cost)} (écart ${eur(o.gap)}).`,
  fundedOver: (project: string, year: number, percent: number, funders: Cents, cost: Cents) =>
    `Projet ${project} en ${year} financé à ${percent} % : ${eur(funders)} accordés pour un coût de ${eur(cost)}.`,

  conventionEndsBeforeStart: (id: string | null, end: IsoDate, start: IsoDate) =>
    `${id ?? 'Convention'} finit le ${day(end)}, avant de commencer le ${day(start)} : corrigez Début ou Fin.`,
  outsidePeriod: (date: IsoDate, convention: string, start: IsoDate, end: IsoDate) =>
    `Opération du ${day(date)} imputée à ${convention}, qui court du ${day(start)} au ${day(end)} : hors période, le financeur peut la refuser.`,
  ineligibleExpense: (convention: string, account: string) =>
    `Dépense inéligible imputée à la subvention ${convention} : le compte ${account} (pénalités, intérêts, frais bancaires, amortissements, bénévolat) ne se finance pas sur une subvention. Retirez la convention de cette ligne.`,
  unsignedSubsidy: (id: string | null, amount: Cents) =>
    `Subvention${id ? ` ${id}` : ''} de ${eur(amount)} sans date de signature : au-delà de 23 000 € une convention écrite signée est obligatoire (loi 2000-321, art. 10).`,
  reportLate: (convention: string, due: IsoDate) =>
    `Rapport de la convention ${convention} attendu le ${day(due)} : en retard et non marqué fait.`,
  reportSoon: (convention: string, due: IsoDate, days: number) =>
    `Rapport de la convention ${convention} à rendre le ${day(due)}, dans moins de ${days} jours.`,
  // convention.unspent, from the year-end computation (docs/domain.md, "Year end").
  unspent: (o: { convention: string; attributable: Cents; spent: Cents; year: number; unspent: Cents; id: string }) =>
    `${o.convention} : ${eur(o.attributable)} attribuables à ${o.year} et ${eur(o.spent)} dépensés ; ${eur(o.unspent)} non utilisés d’une ressource affectée, à reporter en fonds dédiés (689/19) : écriture d’inventaire ${o.id} proposée à la clôture.`,
  owedBack: (o: { convention: string; end: IsoDate; received: Cents; justified: Cents; owedBack: Cents }) =>
    `${o.convention} a pris fin le ${day(o.end)} : ${eur(o.received)} reçus pour ${eur(o.justified)} de dépenses justifiées ; les ${eur(o.owedBack)} reçus au-delà sont probablement à reverser au financeur (une dette), pas des fonds dédiés.`,
  publicThreshold: (year: number, total: Cents) =>
    `Subventions publiques ${year} : ${eur(total)}, au-delà de 153 000 € : comptes annuels, commissaire aux comptes et publication au Journal officiel sont obligatoires (C. com. L612-4).`,

  // books: opening balances (Soldes d'ouverture, journal AN)
  // accepted year-end entries edited by hand (yearend.entry)
  yearEndNegative: (id: string) =>
    `Écriture d’inventaire ${id} : un montant négatif ; écrivez-le positif dans l’autre colonne (Débit ou Crédit).`,
  yearEndTwice: (id: string) => `Écriture d’inventaire ${id} : cette ligne est en double ; elle serait comptée deux fois.`,
  yearEndDate: (id: string, year: number, expected: IsoDate | string) =>
    `Écriture d’inventaire ${id} (exercice ${year}) : la date doit être le ${day(expected as IsoDate)} ; une autre date la ferait compter dans un autre exercice.`,
  yearEndUnbalanced: (id: string, debit: Cents, credit: Cents) =>
    `Écriture d’inventaire ${id} déséquilibrée : débit ${eur(debit)}, crédit ${eur(credit)}.`,
  openingUnbalanced: (year: number, debit: Cents, credit: Cents) =>
    `Soldes d'ouverture ${year} déséquilibrés : débits ${eur(debit)}, crédits ${eur(credit)} (écart ${eur(Math.abs(debit - credit))}). Le journal AN et le FEC ne peuvent pas l'être : reprenez les soldes du bilan de clôture de l'expert-comptable.`,
  openingAccount: (year: number, account: string) =>
    `Compte ${account} dans les soldes d'ouverture ${year} : seuls les comptes de bilan (classes 1 à 5) s'ouvrent, la ligne n'est pas reprise. Portez ce montant sur le compte de bilan qui convient (110/119 pour un résultat).`,
  openingCarried: (o: { year: number; account: string; typed: Cents; carried: Cents }) =>
    `Soldes d'ouverture ${o.year}, compte ${o.account} : ${eur(o.typed)} saisis, la clôture calculée de ${o.year - 1} donne ${eur(o.carried)} (écart ${eur(Math.abs(o.typed - o.carried))}). Vérifiez le Journal ${o.year - 1} (opération manquante ou en double ?) ou le solde saisi, avec le relevé de banque ou le comptage de caisse.`,
};

export type CheckMessages = typeof checks;
