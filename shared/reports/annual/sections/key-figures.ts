import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock } from '../../doc';
import { amount, commentaryBlock, count, table, txt } from '../blocks';
import type { Commentary } from '../commentary';
import type { AnnualFigures } from '../figures';

/**
 * Totals, result, partners, conventions and volunteering on one small table, the result said as
 * « Excédent » or « Déficit » with a positive amount (docs/domain.md, "Annual report"); its note
 * says the statement's basis (docs/domain.md, "Year end").
 */
export function keyFiguresSection(f: AnnualFigures, m: ReportMessages, c: Commentary): ReportBlock[] {
  const st = f.statement;
  return [
    { kind: 'heading', level: 1, text: m.keyFigures },
    ...commentaryBlock(c.keyFigures),
    table(
      [m.indicator, f.label],
      [
        [txt(m.totalIncome), amount(st.totalIncome)],
        [txt(m.totalCharges), amount(st.totalCharges)],
        [txt(st.netResult >= 0 ? m.surplus : m.deficit, true), amount(Math.abs(st.netResult), true)],
        [txt(m.activePartners), count(f.activePartners)],
        [txt(m.conventionsOfYear), count(f.conventions.length)],
        [txt(m.volunteerHours), count(st.volunteerHours)],
        [txt(m.volunteerValue), amount(st.cvnSources)],
      ],
    ),
    { kind: 'paragraph', style: 'note', text: m.keyFiguresBasis(m.statementTitle(st.basis)) },
  ];
}
