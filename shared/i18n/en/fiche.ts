/** The one-page agreement sheet in a convention's folder, in English: same keys as the French file. */
import type { FicheMessages } from '../fr/fiche';

export const fiche: FicheMessages = {
  title: (id) => `Agreement sheet ${id}`,
  heading: (id) => `Agreement ${id}`,
  field: 'Field',
  value: 'Value',
  rows: {
    title: 'Title',
    partner: 'Partner',
    type: 'Type',
    action: 'Action',
    project: 'Project',
    direction: 'Direction',
    status: 'Status',
    signedOn: 'Signed on',
    start: 'Start',
    end: 'End',
    amount: 'Amount',
  },
  notSigned: 'not signed',
  schedule: 'Schedule',
  date: 'Date',
  deadline: 'Deadline',
  instalment: 'instalment',
  report: 'report',
  noSchedule: 'No deadline entered.',
  notes: 'Notes',
};
