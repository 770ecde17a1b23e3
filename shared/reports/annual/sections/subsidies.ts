import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock, ReportCell } from '../../doc';
import { amount, commentaryBlock, table, txt } from '../blocks';
import type { Commentary } from '../commentary';
import type { AnnualFigures } from '../figures';

/**
 * Subsidies and patronage: asked, granted, received and spent in the year, what remains, the fonds dédiés proposed
 * and what is probably owed back (the year-end's findings); their total when there are several.
 */
export function subsidiesSection(f: AnnualFigures, m: ReportMessages, c: Commentary): ReportBlock[] {
  const rows: ReportCell[][] = f.subsidies.map((s) => [
    txt(s.convention),
    txt(s.funder),
    s.requested === null ? null : amount(s.requested),
    amount(s.granted),
    amount(s.receivedInYear),
    amount(s.spentInYear),
    amount(s.unspent),
    amount(s.dedicated),
    amount(s.owedBack),
  ]);
  const t = f.subsidiesTotal;
  if (f.subsidies.length > 1)
    rows.push([
      txt(m.total, true),
      null,
      ...[t.requested, t.granted, t.receivedInYear, t.spentInYear, t.unspent, t.dedicated, t.owedBack].map((x) => amount(x, true)),
    ]);
  return [
    { kind: 'heading', level: 2, text: m.subsidies },
    ...commentaryBlock(c.subsidies),
    table([m.agreement, m.funder, m.requested, m.granted, m.received, m.spent, m.remaining, m.dedicatedProposed, m.owedBack], rows, 2),
    { kind: 'paragraph', style: 'note', text: m.subsidiesNote },
  ];
}
