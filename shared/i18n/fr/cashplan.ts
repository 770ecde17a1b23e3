/**
 * The twelve-month cash plan (shared/ledger/cash-plan.ts, docs/domain.md "Twelve-month cash plan")
 * in French: the report's section, the sidebar « Trésorerie » and `citego cashplan`.
 */
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros } from '../../values/money';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export const cashplan = {
  /** `2026-01` → « janvier 2026 ». */
  month: (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`,
  /** `2026-01` → « janv. 2026 », the chart's axis label. */
  shortMonth: (m: string) => `${SHORT[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`,
  heading: 'Plan de trésorerie sur douze mois',
  title: (from: string, to: string) => `Plan de trésorerie de ${from} à ${to}`,
  opening: (d: IsoDate, cents: number) => `Banque et caisse au ${formatDateFr(d)} : ${formatEuros(cents)}.`,
  columns: { month: 'Mois', opening: 'Début du mois', in: 'Entrées', out: 'Sorties', closing: 'Fin du mois', flag: 'Alerte' },
  below: 'sous le seuil',
  chart: 'Trésorerie en fin de mois (€)',
  minimum: (cents: number) => `Trésorerie minimale (Paramètres) : ${formatEuros(cents)}.`,
  noMinimum: 'Aucune trésorerie minimale dans Paramètres : seuls les mois négatifs sont signalés.',
  belowMonths: (months: readonly string[], cents: number) => `Sous la trésorerie minimale de ${formatEuros(cents)} : ${months.join(', ')}.`,
  noneBelow: 'Aucun mois sous la trésorerie minimale.',
  lowest: (month: string, cents: number) => `Point bas : ${month}, ${formatEuros(cents)}.`,
  lowestAtStart: (d: IsoDate, cents: number) => `Point bas : au ${formatDateFr(d)} (début du plan), ${formatEuros(cents)}.`,
  openingBelow: (cents: number) => `La trésorerie de départ est déjà sous la trésorerie minimale de ${formatEuros(cents)}.`,
  uncertain: (convention: string, d: IsoDate, cents: number, side: 'in' | 'out', why: readonly string[]) =>
    `Versement incertain, non compté : ${convention}, ${formatEuros(cents)} ${side === 'in' ? 'à recevoir' : 'à payer'} le ${formatDateFr(d)} (${why.join(' ; ')}).`,
  why: { unsigned: 'convention non signée', ended: 'convention terminée avant le début du plan' },
  repayment: (convention: string, cents: number) =>
    `Remboursement probable, non compté faute de date : ${convention}, ${formatEuros(cents)} reçus au-delà des dépenses justifiées d’une convention terminée.`,
  overdue: (inCents: number, outCents: number) =>
    `Versements en retard, non marqués faits dans Échéances, comptés le premier mois : ${formatEuros(inCents)} à recevoir, ${formatEuros(outCents)} à payer.`,
  noBudget: (years: readonly number[]) =>
    `Pas de budget pour ${years.join(', ')} dans la feuille Budget : ces mois ne comptent que le Journal et les Échéances.`,
  method:
    'Chaque mois : les opérations du Journal datées du mois, les versements des Échéances non marqués faits (conventions en recette : entrées ; en dépense : sorties), et le budget de l’exercice réparti également sur ses mois, diminué de ce que le Journal et les Échéances couvrent déjà ; les contributions en nature ne sont pas de l’argent.',
  detail: { booked: 'Journal', scheduled: 'Échéances', budget: 'Budget' },
};

export type CashPlanMessages = typeof cashplan;
