import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock } from '../../doc';
import { amount, table, txt } from '../blocks';
import type { AnnualFigures } from '../figures';

/** Subsidies and patronage: asked, granted, received and spent in the year, what remains. */
export function subsidiesSection(f: AnnualFigures, m: ReportMessages): ReportBlock[] {
  return [
    { kind: 'heading', level: 2, text: m.subsidies },
    table(
      [m.agreement, m.funder, m.requested, m.granted, m.received, m.spent, m.remaining, m.dedicatedProposed],
      f.subsidies.map((s) => [
        txt(s.convention),
        txt(s.funder),
        s.requested === null ? null : amount(s.requested),
        amount(s.granted),
        amount(s.receivedInYear),
        amount(s.spentInYear),
        amount(s.unspent),
        amount(s.dedicated),
      ]),
      2,
    ),
    { kind: 'paragraph', style: 'note', text: m.subsidiesNote },
  ];
}
