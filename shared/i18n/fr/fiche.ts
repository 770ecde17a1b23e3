/**
 * The one-page "fiche convention" placed in a convention's folder (shared/conventions/fiche.ts),
 * in French. The values are the workbook's own (type, sens, statut as typed in Conventions).
 */
export const fiche = {
  title: (id: string) => `Fiche convention ${id}`,
  heading: (id: string) => `Convention ${id}`,
  field: 'Champ',
  value: 'Valeur',
  rows: {
    title: 'Intitulé',
    partner: 'Partenaire',
    type: 'Type',
    action: 'Action',
    project: 'Projet',
    direction: 'Sens',
    status: 'Statut',
    signedOn: 'Signée le',
    start: 'Début',
    end: 'Fin',
    amount: 'Montant',
  },
  notSigned: 'non signée',
  schedule: 'Échéancier',
  date: 'Date',
  deadline: 'Échéance',
  instalment: 'versement',
  report: 'rapport',
  noSchedule: 'Aucune échéance saisie.',
  notes: 'Notes',
};

export type FicheMessages = typeof fiche;
