/**
 * The atlas as a picture in the annual report (docs/domain.md, "Pictures of the network and the
 * atlas"): terms sized by their contents, coloured by domain, relations by type. Nothing when the
 * Atlas sheet holds no term.
 */
import { catalogue } from '../../../i18n/catalogue';
import type { Lang } from '../../../i18n/lang';
import type { ParsedWorkbook } from '../../../sheets/parsed-workbook';
import { atlasPicture } from '../../../graph/picture';
import type { ReportBlock } from '../../doc';

export function atlasPictureSection(book: ParsedWorkbook, lang: Lang): ReportBlock[] {
  if (!book.atlas.records.some((r) => r.term)) return [];
  return [
    { kind: 'heading', level: 2, text: catalogue(lang).graph.atlasTitle },
    { kind: 'picture', picture: atlasPicture(book, lang) },
  ];
}
