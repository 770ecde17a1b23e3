/**
 * The association's memory and calendar, in French (shared/memory/, shared/calendar/): the calendar's
 * items, the register of decisions, the reminders (toast and weekly e-mail) and the quick entry's answers.
 */
import type { CalendarKind } from '../../calendar/calendar';
import { formatEuros } from '../../values/money';
import { formatDateFr, type IsoDate } from '../../values/dates';

const kinds: Record<CalendarKind, (subject: string, detail: string | null, amount: number | null) => string> = {
  instalment: (id, _d, amount) => `Versement ${id}${amount === null ? '' : ` (${formatEuros(amount)})`}`,
  report: (id) => `Rapport de la convention ${id}`,
  cerfa: (id) => `Compte rendu financier (Cerfa 15059) de la subvention ${id}`,
  conventionStart: (id) => `Début de la convention ${id}`,
  conventionEnd: (id) => `Fin de la convention ${id}`,
  followUp: (title, who) => `Suivi de la décision « ${title} »${who ? ` (${who})` : ''}`,
  opportunity: (title, next) => `Opportunité « ${title} »${next ? ` : ${next}` : ''}`,
  dossier: (title) => `Dossier « ${title} » à rendre`,
  committee: (title, group) => `Réunion : ${title}${group ? ` (${group})` : ''}`,
  ag: () => 'Assemblée générale',
  accountantPack: (year) => `Dossier de fin d’exercice ${year} à l’expert-comptable`,
  accountsApproval: (year) => `Approbation des comptes ${year} par l’AG (au plus tard)`,
};

export const memory = {
  kinds,
  calendarName: (association: string) => `${association} — échéances`,
  late: 'En retard',
  upcoming: (days: number) => `Dans les ${days} prochains jours`,
  // the toast of onOpen and the weekly digest
  toastTitle: 'Citego — cette semaine',
  toast: (due: number, late: number) =>
    [due > 0 ? `${due} échéance${due > 1 ? 's' : ''} cette semaine` : '', late > 0 ? `${late} en retard` : ''].filter(Boolean).join(', ') +
    ' : menu Citego › Calendrier.',
  digestSubject: (association: string, from: IsoDate) => `${association} — échéances de la semaine du ${formatDateFr(from)}`,
  digestIntro: (association: string) =>
    `Les échéances de ${association} (envoi hebdomadaire de Citego, à arrêter dans Citego › Calendrier).`,
  digestLine: (date: IsoDate, text: string) => `${formatDateFr(date)} — ${text}`,
  digestNothing: 'Rien d’échu cette semaine.',
  // the register of decisions
  registerTitle: (association: string, year: number) => `Registre des décisions ${year} — ${association}`,
  registerHeading: (year: number) => `Registre des décisions ${year}`,
  registerIntro: (n: number) => `${n} décision${n > 1 ? 's' : ''} notée${n > 1 ? 's' : ''} dans la feuille Mémoire, par date.`,
  registerColumns: { date: 'Date', title: 'Décision', text: 'Détail', followUp: 'Suivi' },
  registerFollowUp: (who: string | null, due: IsoDate | null, done: boolean) =>
    [who ?? '', due ? `pour le ${formatDateFr(due)}` : '', done ? '(fait)' : ''].filter(Boolean).join(' '),
  registerEmpty: (year: number) => `Aucune décision notée en ${year}.`,
  decisionsFolder: 'Registres des décisions',
  calendarFile: (association: string) => `${association} — échéances.ics`,
  // the quick entry's field messages (shared/memory/entry.ts)
  entry: {
    unknownRef: (what: string, id: string) => `${what} « ${id} » introuvable : choisissez-le dans la liste.`,
    refNames: { partner: 'Partenaire', convention: 'Convention', project: 'Projet', dossier: 'Dossier', group: 'Groupe' },
    unknownPerson: (id: string) => `Personne « ${id} » introuvable dans la feuille Personnes.`,
    tooManyParticipants: (max: number) => `${max} participants au plus.`,
    notALink: () => 'Un lien commence par https:// (un document ou un dossier Drive, par exemple).',
    followUpOnlyDecision: () => 'Un suivi se note sur une décision.',
    followUpDueRequired: () => 'Indiquez pour quand le suivi est attendu.',
    dateOutOfRange: () => 'Date hors des années possibles (1990 à 2200).',
  },
  saved: (row: number) => `Noté dans la feuille Mémoire, ligne ${row}.`,
};

export type MemoryMessages = typeof memory;
