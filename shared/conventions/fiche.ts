import type { ReportDoc } from '../reports/doc';
import type { ValidConvention } from './validate';

/** The one-page "fiche convention" placed in the convention's folder. */
export function conventionSheet(id: string, c: ValidConvention, partnerName: string, association: string): ReportDoc {
  const rows = [
    ['Intitulé', c.title],
    ['Partenaire', partnerName],
    ['Type', c.type],
    ['Action', c.action ?? ''],
    ['Projet', c.project ?? ''],
    ['Sens', c.direction],
    ['Statut', c.status],
  ].map(([k, v]) => [{ text: k, bold: true }, { text: v }]);
  return {
    title: `Fiche convention ${id}`,
    lang: 'fr',
    blocks: [
      { kind: 'paragraph', style: 'subtitle', text: association },
      { kind: 'heading', level: 1, text: `Convention ${id}` },
      {
        kind: 'table',
        columns: [
          { header: 'Champ', align: 'left' },
          { header: 'Valeur', align: 'left' },
        ],
        rows: [
          ...rows,
          [{ text: 'Signée le', bold: true }, c.signedOn ? { date: c.signedOn } : { text: 'non signée' }],
          [{ text: 'Début', bold: true }, { date: c.start }],
          [{ text: 'Fin', bold: true }, { date: c.end }],
          [{ text: 'Montant', bold: true }, { amount: c.amount }],
        ],
      },
      { kind: 'heading', level: 2, text: 'Échéancier' },
      c.instalments.length > 0 || c.reports.length > 0
        ? {
            kind: 'table',
            columns: [
              { header: 'Date', align: 'left' },
              { header: 'Échéance', align: 'left' },
              { header: 'Montant', align: 'right' },
            ],
            rows: [
              ...c.instalments.map((i) => [{ date: i.date }, { text: 'versement' }, { amount: i.amount }]),
              ...c.reports.map((d) => [{ date: d }, { text: 'rapport' }, null]),
            ],
          }
        : { kind: 'paragraph', text: 'Aucune échéance saisie.' },
      ...(c.notes
        ? [
            { kind: 'heading' as const, level: 2 as const, text: 'Notes' },
            { kind: 'paragraph' as const, text: c.notes },
          ]
        : []),
    ],
  };
}
