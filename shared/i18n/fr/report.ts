/**
 * The annual report's wording in French: headings, column headers, row labels and notes.
 * Figures come from shared/reports/annual/figures.ts; this file only says them.
 */
import type { ExclusionReason } from '../../ledger/booking';
import type { ChargeGroupKey, IncomeGroupKey } from '../../ledger/statement';
import type { Basis } from '../../ledger/books';
import type { BalanceRowKey } from '../../ledger/balance-sheet';
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatNumber } from '../../values/numbers';
import { formatEuros, type Cents } from '../../values/money';

const hours = (n: number) => formatNumber(n, Number.isInteger(n) ? 0 : 1);

export const report = {
  date: (d: IsoDate): string => formatDateFr(d),
  period: (start: IsoDate, end: IsoDate): string => `${formatDateFr(start)} – ${formatDateFr(end)}`,
  defaultName: 'Association',
  title: (name: string, label: string) => `${name} — Rapport annuel ${label}`,
  subtitle: (label: string) => `Rapport annuel ${label}`,
  coverPeriod: (first: IsoDate, last: IsoDate) => `Exercice du ${formatDateFr(first)} au ${formatDateFr(last)}`,
  // The cover (docs/domain.md, "Annual report"): a blank Paramètres key is said plainly, never replaced by a date.
  coverAg: (d: IsoDate | null) =>
    d ? `Présenté à l’assemblée générale du ${formatDateFr(d)}` : 'Date de l’assemblée générale non renseignée (Paramètres › Date de l’AG)',
  coverClosed: (d: IsoDate | null) =>
    d
      ? `Comptes arrêtés le ${formatDateFr(d)} par le conseil d’administration`
      : 'Comptes non encore arrêtés : la date d’arrêté n’est pas renseignée (Paramètres › Comptes arrêtés le)',
  footer: (name: string, label: string) => `${name} — Rapport annuel ${label}`,
  page: 'Page',
  contents: 'Sommaire',
  /** A result said as a word and a positive amount: « Déficit 25 559,42 € », never « Déficit -… ». */
  result: (c: Cents) => `${c < 0 ? 'Déficit' : 'Excédent'} ${formatEuros(Math.abs(c))}`,

  keyFigures: 'Chiffres clés',
  /** Under the key figures: the basis of their totals and result, in the words of the statement's title. */
  keyFiguresBasis: (statementTitle: string) => `Produits, charges et résultat : ${statementTitle}.`,
  indicator: 'Indicateur',
  totalIncome: 'Total des produits',
  totalCharges: 'Total des charges',
  surplus: 'Excédent',
  deficit: 'Déficit',
  activePartners: 'Partenaires actifs',
  conventionsOfYear: 'Conventions en cours ou signées',
  volunteerHours: 'Heures de bénévolat',
  volunteerValue: 'Valorisation du bénévolat',

  activity: "Rapport d'activité",
  agreementsOfYear: 'Conventions de l’année',
  action: 'Action',
  agreements: 'Conventions',
  amountIn: 'Montants en recette',
  amountOut: 'Montants en dépense',
  amount: 'Montant',
  noAction: '(sans action)',
  partnerType: 'Type de partenaire',
  otherType: 'autre',
  newPartners: 'Nouveaux partenaires',
  projects: 'Projets',
  project: 'Projet',
  plannedCosts: 'Charges prévues',
  actual: 'Réalisé',
  progress: 'Consommation du budget',
  unassignedProject: 'Sans projet ou projet inconnu',
  projectsNote:
    'Réalisé : toutes les charges du Journal imputées au projet dans l’année, hors budget compris ; le total égale celui du compte de résultat.',
  published: 'Dossiers publiés',
  nonePublished: 'Aucun dossier publié cette année.',
  groups: 'Groupes de travail et comités',
  chronology: "Chronologie de l'année",
  dateHeader: 'Date',
  type: 'Type',
  event: 'Événement',

  financial: 'Rapport financier',
  statement: 'Compte de résultat',
  // books: the basis the statement and the bilan are on, the tiers financeurs, the résultat courant, the bilan
  statementTitle: (basis: Basis): string =>
    basis === 'cash' ? 'Compte de résultat — comptabilité de trésorerie' : 'Compte de résultat — après écritures d’inventaire',
  basisNote: (basis: Basis): string =>
    basis === 'cash'
      ? 'Comptabilité de trésorerie : les opérations du Journal de l’année, encaissées ou payées ; sans produits à recevoir, charges à payer ni fonds dédiés.'
      : 'Après écritures d’inventaire : le Journal de l’année et les écritures de fin d’exercice acceptées (produits à recevoir, produits constatés d’avance, fonds dédiés).',
  thirdPartyFunders: 'Produits de tiers financeurs',
  currentResult: 'Résultat courant avant impôts',
  balanceSheet: (basis: Basis): string =>
    basis === 'cash' ? 'Bilan simplifié — comptabilité de trésorerie' : 'Bilan simplifié — après écritures d’inventaire',
  balanceSheetAt: (d: IsoDate) => `Au ${formatDateFr(d)}`,
  assets: 'Actif',
  liabilities: 'Passif',
  balanceRows: {
    fixedAssets: 'Immobilisations nettes',
    stocks: 'Stocks',
    receivables: 'Créances',
    bank: 'Banque',
    cash: 'Caisse',
    totalAssets: 'Total de l’actif',
    funds: 'Fonds propres (fonds associatifs, réserves)',
    retained: 'Report à nouveau',
    result: 'Résultat de l’exercice',
    totalFunds: 'Total des fonds propres',
    dedicated: 'Fonds reportés et dédiés',
    provisions: 'Provisions',
    debts: 'Dettes',
    totalLiabilities: 'Total du passif',
  } satisfies Record<BalanceRowKey, string>,
  openingNote: (source: 'typed' | 'carried', year: number): string =>
    source === 'typed'
      ? `Soldes d’ouverture ${year} saisis dans la feuille « Soldes d’ouverture » (journal AN).`
      : `Soldes d’ouverture ${year} reportés de la clôture calculée de ${year - 1} (journal AN), résultat ${year - 1} en report à nouveau.`,
  item: 'Rubrique',
  incomeGroups: {
    cotisations: 'Cotisations',
    ventes: 'Ventes de biens et de services',
    subventions: "Concours publics et subventions d'exploitation",
    generosite: 'Ressources liées à la générosité du public',
    contributions: 'Contributions financières',
    reprises: 'Reprises sur amortissements, dépréciations, provisions et transferts de charges',
    fondsDedies: 'Utilisations des fonds dédiés',
    autres: 'Autres produits',
  } satisfies Record<IncomeGroupKey, string>,
  chargeGroups: {
    achats: 'Achats',
    services: 'Services extérieurs et autres services extérieurs',
    impots: 'Impôts, taxes et versements assimilés',
    salaires: 'Salaires et traitements',
    chargesSociales: 'Charges sociales',
    aides: 'Aides financières',
    autres: 'Autres charges',
    dotations: 'Dotations aux amortissements et provisions',
    fondsDedies: 'Reports en fonds dédiés',
  } satisfies Record<ChargeGroupKey, string>,
  operatingIncomeSection: "Produits d'exploitation",
  operatingIncome: "Total des produits d'exploitation",
  operatingChargesSection: "Charges d'exploitation",
  operatingCharges: "Total des charges d'exploitation",
  operatingResult: "Résultat d'exploitation",
  financialIncome: 'Produits financiers',
  financialCharges: 'Charges financières',
  financialResult: 'Résultat financier',
  exceptionalIncome: 'Produits exceptionnels',
  exceptionalCharges: 'Charges exceptionnelles',
  exceptionalResult: 'Résultat exceptionnel',
  tax: 'Impôts sur les bénéfices',
  netResult: 'Résultat de l’exercice',
  cvnSection: 'Contributions volontaires en nature',
  cvnUses: '   Emplois : travail des bénévoles',
  cvnSources: '   Ressources : bénévolat reçu',
  volunteerNote: (n: number, rate: Cents) =>
    `Contributions volontaires en nature : ${hours(n)} heures de bénévolat valorisées à ${formatEuros(rate)} de l’heure, inscrites à la fois en emplois et en ressources ; elles ne changent pas le résultat.`,
  exclusionReasons: {
    dateMissing: 'date manquante',
    dateUnreadable: 'date illisible',
    accountMissing: 'compte manquant',
    accountUnreadable: 'compte illisible',
    inKind: 'contribution en nature : saisissez les heures dans Bénévolat',
    amountUnreadable: 'montant illisible',
    meansUnreadable: 'moyen de paiement illisible : banque ou caisse ?',
    bothAmounts: 'recette et dépense sur la même ligne',
    noAmount: 'ni recette ni dépense',
    negativeAmount: 'montant négatif',
  } satisfies Record<ExclusionReason, string>,
  excludedNote: (lines: readonly { row: number; reason: string }[]) =>
    `${lines.length === 1 ? '1 ligne du Journal n’est comptée' : `${lines.length} lignes du Journal ne sont comptées`} dans aucun tableau de ce rapport ni dans le FEC : ${lines.map((l) => `ligne ${l.row} (${l.reason})`).join(', ')}. ${lines.length === 1 ? 'Corrigez-la' : 'Corrigez-les'} dans le Journal puis régénérez le rapport.`,
  incomeChart: 'Produits par origine',
  chargeChart: 'Charges par nature',
  financialExceptionalIncome: 'Produits financiers et exceptionnels',
  financialExceptionalCharges: 'Charges financières et exceptionnelles',

  budget: 'Budget et réalisé par projet',
  actualCosts: 'Charges réalisées',
  gap: 'Écart',
  gapPercent: 'Écart %',
  plannedIncome: 'Produits prévus',
  actualIncome: 'Produits réalisés',
  noProject: '(sans projet)',
  offBudget: (project: string) => `${project} — hors budget`,
  total: 'Total',
  budgetCvn: 'Contributions volontaires en nature (bénévolat), hors total',
  budgetNote:
    'Le total est hors contributions volontaires en nature, données à part sur la dernière ligne : leur réalisé est la valeur des heures de bénévolat. « Hors budget » : charges et produits qu’aucune ligne du budget de l’année ne prévoyait ; le total égale celui du compte de résultat.',

  subsidies: 'Subventions et fonds dédiés',
  agreement: 'Convention',
  funder: 'Financeur',
  requested: 'Demandé',
  granted: 'Accordé',
  received: 'Reçu',
  spent: 'Dépensé',
  remaining: 'Reste',
  dedicatedProposed: 'Fonds dédiés proposés',
  owedBack: 'À reverser (probable)',
  subsidiesNote:
    '« Reste » : reçu dans l’année et non dépensé. « Fonds dédiés proposés » : la part attribuable à l’exercice et non dépensée d’une ressource affectée à un projet, ni subvention de fonctionnement ni convention terminée. « À reverser (probable) » : reçu au-delà des dépenses justifiées d’une convention terminée, une dette envers le financeur plutôt qu’un fonds dédié ; voir « Clôture de l’exercice ».',

  annex: 'Annexe : conventions de l’année',
  id: 'ID',
  agreementTitle: 'Intitulé',
  partner: 'Partenaire',
  periodHeader: 'Période',
};

export type ReportMessages = typeof report;
