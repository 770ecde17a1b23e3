import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock } from '../../doc';
import { amount, table, txt } from '../blocks';
import type { AnnualFigures } from '../figures';

/** The conventions of the year, one row each. */
export function annexSection(f: AnnualFigures, m: ReportMessages): ReportBlock[] {
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: m.annex },
    table(
      [m.id, m.agreementTitle, m.partner, m.type, m.periodHeader, m.amount],
      f.conventions.map((c) => [
        txt(c.id),
        txt(c.title),
        txt(c.partner),
        txt(c.type),
        txt(c.start && c.end ? m.period(c.start, c.end) : ''),
        c.amount === null ? null : amount(c.amount),
      ]),
      5,
    ),
  ];
}
