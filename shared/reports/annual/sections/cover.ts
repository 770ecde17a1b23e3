import type { ReportMessages } from '../../../i18n/fr/report';
import type { ReportBlock } from '../../doc';
import type { AnnualFigures } from '../figures';

/** The association's name, the year and when the report was made. */
export function coverSection(f: AnnualFigures, m: ReportMessages): ReportBlock[] {
  return [
    { kind: 'paragraph', style: 'title', text: f.associationName || m.defaultName },
    { kind: 'paragraph', style: 'subtitle', text: m.subtitle(f.label) },
    { kind: 'paragraph', style: 'note', text: m.coverNote(f.first, f.last, f.generatedOn) },
  ];
}
