import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock } from '../../doc';
import type { AnnualFigures } from '../figures';

/**
 * The cover as a board presents it (docs/domain.md, "Annual report"): the association, the year, the
 * AG's date and the day the accounts were closed — a blank key said plainly, never a made-up date.
 */
export function coverSection(f: AnnualFigures, m: ReportMessages): ReportBlock[] {
  return [
    { kind: 'paragraph', style: 'title', text: f.associationName || m.defaultName },
    { kind: 'paragraph', style: 'subtitle', text: m.subtitle(f.label) },
    { kind: 'paragraph', style: 'cover', text: m.coverAg(f.agDate) },
    { kind: 'paragraph', style: 'cover', text: m.coverClosed(f.accountsClosedOn) },
    { kind: 'paragraph', style: 'note', text: m.coverPeriod(f.first, f.last) },
  ];
}
