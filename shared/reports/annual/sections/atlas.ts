/**
 * The annual report's atlas section (docs/domain.md, "Relational atlas", Coverage): the domains and
 * the published contents documenting them, what the site does not say yet, the terms most used in
 * the year, the Veille themes without a term. Nothing when the workbook has no atlas.
 */
import { atlasCoverage } from '../../../atlas/coverage';
import { catalogue } from '../../../i18n/catalogue';
import type { Lang } from '../../../i18n/lang';
import type { ParsedWorkbook } from '../../../sheets/parsed-workbook';
import type { ReportBlock } from '../../doc';
import { count, table, txt } from '../blocks';

export function atlasSection(book: ParsedWorkbook, year: number, lang: Lang): ReportBlock[] {
  const c = atlasCoverage(book, year);
  if (c.domains.length === 0) return [];
  const t = catalogue(lang).atlas;
  return [
    { kind: 'heading', level: 1, text: t.coverageTitle(year) },
    table(
      [t.domain, t.terms, t.contents, t.pending],
      c.domains.map((d) => [txt(d.domain), count(d.terms), count(d.contents), count(d.pending)]),
    ),
    { kind: 'paragraph', style: 'note', text: t.coverageNote },
    { kind: 'heading', level: 2, text: t.gapsHeading },
    c.gaps.length === 0
      ? { kind: 'paragraph', text: t.gapsNone }
      : { kind: 'bullets', items: c.gaps.map((g) => t.gap(g.domains[0], g.domains[1], g.relations, g.pending)) },
    { kind: 'heading', level: 2, text: t.topTermsHeading(year) },
    c.topTerms.length === 0
      ? { kind: 'paragraph', text: t.topTermsNone }
      : table(
          [t.term, t.domain, t.uses],
          c.topTerms.map((x) => [txt(x.term), txt(x.domain ?? ''), count(x.uses)]),
          2,
        ),
    { kind: 'heading', level: 2, text: t.watchHeading },
    c.watchWithoutTerm.length === 0
      ? { kind: 'paragraph', text: t.watchNone }
      : { kind: 'bullets', items: c.watchWithoutTerm.map((w) => t.watchItem(w.date, w.subject)) },
  ];
}
