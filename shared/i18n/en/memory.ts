/** The association's memory and calendar, in English: same keys as the French file. */
import type { CalendarKind } from '../../calendar/calendar';
import { formatEurosEn } from '../../values/money';
import type { IsoDate } from '../../values/dates';
import type { MemoryMessages } from '../fr/memory';

const kinds: Record<CalendarKind, (subject: string, detail: string | null, amount: number | null) => string> = {
  instalment: (id, _d, amount) => `Instalment ${id}${amount === null ? '' : ` (${formatEurosEn(amount)})`}`,
  report: (id) => `Report on agreement ${id}`,
  cerfa: (id) => `Financial report (Cerfa 15059) on subsidy ${id}`,
  conventionStart: (id) => `Agreement ${id} starts`,
  conventionEnd: (id) => `Agreement ${id} ends`,
  followUp: (title, who) => `Follow-up of the decision “${title}”${who ? ` (${who})` : ''}`,
  opportunity: (title, next) => `Opportunity “${title}”${next ? `: ${next}` : ''}`,
  dossier: (title) => `Dossier “${title}” due`,
  committee: (title, group) => `Meeting: ${title}${group ? ` (${group})` : ''}`,
  ag: () => 'General assembly',
  accountantPack: (year) => `Year-end pack ${year} to the accountant`,
  accountsApproval: (year) => `Accounts ${year} approved by the general assembly (at the latest)`,
};

export const memory: MemoryMessages = {
  kinds,
  calendarName: (association) => `${association} — deadlines`,
  late: 'Late',
  upcoming: (days) => `In the next ${days} days`,
  toastTitle: 'Citego — this week',
  toast: (due, late) =>
    [due > 0 ? `${due} deadline${due > 1 ? 's' : ''} this week` : '', late > 0 ? `${late} late` : ''].filter(Boolean).join(', ') +
    ': Citego menu › Calendar.',
  digestSubject: (association, from: IsoDate) => `${association} — deadlines of the week of ${from}`,
  digestIntro: (association) => `The deadlines of ${association} (weekly e-mail from Citego, to stop in Citego › Calendar).`,
  digestLine: (date, text) => `${date} — ${text}`,
  digestNothing: 'Nothing due this week.',
  registerTitle: (association, year) => `Register of decisions ${year} — ${association}`,
  registerHeading: (year) => `Register of decisions ${year}`,
  registerIntro: (n) => `${n} decision${n > 1 ? 's' : ''} recorded in the Mémoire sheet, by date.`,
  registerColumns: { date: 'Date', title: 'Decision', text: 'Details', followUp: 'Follow-up' },
  registerFollowUp: (who, due, done) => [who ?? '', due ? `by ${due}` : '', done ? '(done)' : ''].filter(Boolean).join(' '),
  registerEmpty: (year) => `No decision recorded in ${year}.`,
  decisionsFolder: 'Registers of decisions',
  calendarFile: (association) => `${association} — deadlines.ics`,
  entry: {
    unknownRef: (what, id) => `${what} “${id}” not found: pick it from the list.`,
    refNames: { partner: 'Partner', convention: 'Agreement', project: 'Project', dossier: 'Dossier', group: 'Group' },
    unknownPerson: (id) => `Person “${id}” not found in the Personnes sheet.`,
    tooManyParticipants: (max) => `${max} participants at most.`,
    notALink: () => 'A link starts with https:// (a Drive document or folder, for instance).',
    followUpOnlyDecision: () => 'A follow-up goes with a decision.',
    followUpDueRequired: () => 'Say by when the follow-up is expected.',
    dateOutOfRange: () => 'Date outside the possible years (1990 to 2200).',
  },
  saved: (row) => `Recorded in the Mémoire sheet, row ${row}.`,
};
