import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import type { ReportCell, ReportDoc } from '../reports/doc';
import type { ValidConvention } from './validate';

/**
 * The one-page "fiche convention" placed in the convention's folder, in the language of
 * Paramètres (shared/i18n/<lang>/fiche.ts); the values are the convention's, as typed.
 */
export function conventionSheet(id: string, c: ValidConvention, partnerName: string, association: string, lang: Lang = 'fr'): ReportDoc {
  const t = catalogue(lang).fiche;
  const label = (key: keyof typeof t.rows): ReportCell => ({ text: t.rows[key], bold: true });
  const text = (key: 'title' | 'type' | 'action' | 'project' | 'direction' | 'status'): ReportCell[] => [
    label(key),
    { text: c[key] ?? '' },
  ];
  return {
    title: t.title(id),
    lang,
    blocks: [
      { kind: 'paragraph', style: 'subtitle', text: association },
      { kind: 'heading', level: 1, text: t.heading(id) },
      {
        kind: 'table',
        columns: [
          { header: t.field, align: 'left' },
          { header: t.value, align: 'left' },
        ],
        rows: [
          text('title'),
          [label('partner'), { text: partnerName }],
          text('type'),
          text('action'),
          text('project'),
          text('direction'),
          text('status'),
          [label('signedOn'), c.signedOn ? { date: c.signedOn } : { text: t.notSigned }],
          [label('start'), { date: c.start }],
          [label('end'), { date: c.end }],
          [label('amount'), { amount: c.amount }],
        ],
      },
      { kind: 'heading', level: 2, text: t.schedule },
      c.instalments.length > 0 || c.reports.length > 0
        ? {
            kind: 'table',
            columns: [
              { header: t.date, align: 'left' },
              { header: t.deadline, align: 'left' },
              { header: t.rows.amount, align: 'right' },
            ],
            rows: [
              ...c.instalments.map((i) => [{ date: i.date }, { text: t.instalment }, { amount: i.amount }]),
              ...c.reports.map((d) => [{ date: d }, { text: t.report }, null]),
            ],
          }
        : { kind: 'paragraph', text: t.noSchedule },
      ...(c.notes
        ? [
            { kind: 'heading' as const, level: 2 as const, text: t.notes },
            { kind: 'paragraph' as const, text: c.notes },
          ]
        : []),
    ],
  };
}
