/**
 * The AG pack (shared/reports/ag/, docs/domain.md "The AG pack") in French: the draft ordre du
 * jour, the allocation of the result and the budget as resolutions, the procès-verbal skeleton
 * with blanks for the votes. Figures come from shared/reports/ag/figures.ts.
 */
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros } from '../../values/money';

const eur = (c: number) => formatEuros(Math.abs(c));
const BLANK = '……………';
const signedChange = (c: number) => `${c < 0 ? '−' : '+'}${formatEuros(Math.abs(c))}`;

export const ag = {
  blank: BLANK,
  // the menu's one click
  generating: () => 'Préparation du dossier de l’assemblée générale…',
  ready: (year: number, url: string) => `Dossier de l’assemblée générale (comptes ${year}) prêt : ${url}`,
  failed: (why: string) => `Le dossier de l’assemblée générale n’a pas pu être préparé : ${why}`,
  day: (d: IsoDate) => formatDateFr(d),
  title: (name: string, label: string) => `${name} — Assemblée générale, comptes ${label}`,
  heading: (label: string) => `Assemblée générale — comptes ${label}`,
  draft: (today: IsoDate, reportTitle: string) =>
    `Projet préparé le ${formatDateFr(today)} à partir du classeur, à relire et compléter. Le rapport financier est le rapport annuel « ${reportTitle} ».`,
  agenda: 'Ordre du jour (projet)',
  meetingDate: (d: IsoDate | null) =>
    d ? `Assemblée générale du ${formatDateFr(d)}.` : `Date de l’assemblée générale : ${BLANK} (Paramètres › Date de l’AG).`,
  // docs/domain.md, "The AG pack": proposed year-end entries not accepted make the result provisional.
  provisional: (label: string, count: number, change: number) =>
    `Comptes non arrêtés : ${count} écriture${count > 1 ? 's' : ''} d’inventaire de l’exercice ${label} ${count > 1 ? 'sont proposées et restent' : 'est proposée et reste'} à examiner (citego close). Le résultat ci-dessous est provisoire : ${count > 1 ? 'acceptées, elles le modifieraient' : 'acceptée, elle le modifierait'} de ${signedChange(change)}.`,
  provisionalResolution: (change: number) =>
    ` Résultat provisoire : les écritures d’inventaire proposées, non encore examinées, le modifieraient de ${signedChange(change)}.`,
  items: {
    minutes: (d: IsoDate) => `Approbation du procès-verbal de l’assemblée générale du ${formatDateFr(d)}`,
    activity: (label: string) => `Rapport moral et rapport d’activité ${label}`,
    financial: (label: string) => `Rapport financier ${label} : présentation des comptes`,
    accounts: (label: string) => `Approbation des comptes ${label} et quitus aux administrateurs`,
    allocation: (label: string) => `Affectation du résultat ${label}`,
    budget: (label: string) => `Budget prévisionnel ${label}`,
    board: 'Renouvellement des instances (le cas échéant)',
    other: 'Questions diverses',
  },
  allocation: (label: string) => `Affectation du résultat ${label}`,
  figure: 'Rubrique',
  amount: 'Montant',
  surplus: (label: string) => `Excédent de l’exercice ${label}`,
  deficit: (label: string) => `Déficit de l’exercice ${label}`,
  retainedBefore: 'Report à nouveau avant affectation',
  retainedAfter: 'Report à nouveau après affectation',
  retainedDebit: ' (débiteur)',
  basis: (cash: boolean): string =>
    cash
      ? 'Comptes en comptabilité de trésorerie (sans écritures d’inventaire), ceux du rapport financier.'
      : 'Comptes après écritures d’inventaire, ceux du rapport financier.',
  resolutionAllocation: (label: string, result: number, before: number, after: number): string =>
    result >= 0
      ? `L’assemblée générale, après avoir entendu le rapport financier, décide d’affecter l’excédent de l’exercice ${label}, soit ${eur(result)}, au report à nouveau, qui passe de ${signed(before)} à ${signed(after)}.`
      : `L’assemblée générale, après avoir entendu le rapport financier, décide d’imputer le déficit de l’exercice ${label}, soit ${eur(result)}, au report à nouveau, qui passe de ${signed(before)} à ${signed(after)}.`,
  owedBack: (total: number, items: readonly { convention: string; funder: string; amount: number }[]) =>
    `À signaler : ${formatEuros(total)} sont probablement à reverser aux financeurs de conventions terminées (reçus au-delà des dépenses justifiées) : ${items.map((i) => `${i.convention}, ${i.funder} : ${formatEuros(i.amount)}`).join(' ; ')}.`,
  reserveOption: (result: number): string =>
    result >= 0
      ? `Variante : affecter ${BLANK} € aux réserves (compte 1068) et le solde au report à nouveau.`
      : `Variante : imputer ${BLANK} € du déficit sur les réserves (compte 1068) et le solde au report à nouveau.`,
  resolutionAccounts: (label: string, closedOn: IsoDate | null) =>
    `L’assemblée générale approuve les comptes de l’exercice ${label} ${closedOn ? `arrêtés le ${formatDateFr(closedOn)}` : `arrêtés le ${BLANK}`}, tels qu’ils lui ont été présentés, et donne quitus aux administrateurs pour leur gestion.`,
  budgetHeading: (label: string) => `Budget prévisionnel ${label}`,
  project: 'Projet',
  charges: 'Charges',
  income: 'Produits',
  gap: 'Écart (produits − charges)',
  total: 'Total',
  ofWhichCvn: 'dont contributions volontaires en nature',
  nature: 'Nature',
  budgetNote:
    'Tel que saisi dans la feuille Budget, contributions volontaires en nature comprises (emplois 86 = contributions 87), projet par projet.',
  unbalanced: (project: string, charges: number, income: number, gap: number) =>
    `Budget ${project} déséquilibré : charges ${formatEuros(charges)}, produits ${formatEuros(income)} (écart ${formatEuros(Math.abs(gap))}). Il est présenté tel quel : à équilibrer avant le vote.`,
  noBudget: (label: string) => `La feuille Budget n’a aucune ligne pour ${label} : budget prévisionnel à saisir avant l’assemblée.`,
  resolutionBudget: (label: string, total: number) =>
    `L’assemblée générale approuve le budget prévisionnel ${label}, arrêté en charges et en produits à ${formatEuros(total)}, contributions volontaires en nature comprises.`,
  resolutionBudgetUnbalanced: (label: string, charges: number, income: number) =>
    `L’assemblée générale approuve le budget prévisionnel ${label} : charges ${formatEuros(charges)}, produits ${formatEuros(income)}. Attention : ce budget n’est pas équilibré.`,
  resolution: (n: number) => `Résolution n° ${n}`,
  // the procès-verbal
  minutes: 'Procès-verbal (projet)',
  minutesTitle: (name: string) => `Procès-verbal de l’assemblée générale ordinaire de ${name}`,
  meeting: (d: IsoDate | null) => [
    `Date et heure : ${d ? `${formatDateFr(d)}, ${BLANK}` : BLANK}`,
    `Lieu : ${BLANK}`,
    `Membres présents : ${BLANK} ; représentés : ${BLANK} ; le quorum (${BLANK}) est atteint.`,
    `Présidence de séance : ${BLANK} ; secrétaire de séance : ${BLANK}.`,
  ],
  lastAg: (d: IsoDate, title: string) => `Dernière assemblée générale : ${title}, le ${formatDateFr(d)}.`,
  noLastAg: 'Mémoire ne mentionne aucune assemblée générale précédente.',
  decisions: (label: string) => `Décisions de l’exercice ${label} (Mémoire)`,
  noDecision: 'Mémoire ne mentionne aucune décision cette année.',
  debate: `Débats et observations : ${BLANK}`,
  vote: 'Vote',
  votesCast: 'Nombre de voix',
  footer: (name: string, label: string) => `${name} — Assemblée générale, comptes ${label}`,
  page: 'Page',
  votes: { for: 'Pour', against: 'Contre', abstain: 'Abstentions' },
  outcome: 'La résolution est adoptée / rejetée (rayer la mention inutile).',
  closing: `L’ordre du jour étant épuisé, la séance est levée à ${BLANK}.`,
  signatures: 'Signatures',
  signers: ['Présidence de séance', 'Secrétaire de séance'],
};

function signed(c: number): string {
  return c < 0 ? `${formatEuros(-c)} (débiteur)` : formatEuros(c);
}

export type AgMessages = typeof ag;
