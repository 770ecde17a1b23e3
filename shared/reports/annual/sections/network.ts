/**
 * « Le réseau en 2025 » (docs/domain.md, "Pictures of the network and the atlas"): the picture of
 * the network of the fiscal year, then its activity — new partners by type and country, groups and
 * committees with their members and meetings of the year, opportunities won and lost. Nothing when
 * the workbook keeps no network (no person, membership or opportunity).
 */
import { catalogue } from '../../../i18n/catalogue';
import type { GraphMessages } from '../../../i18n/fr/graph';
import type { Lang } from '../../../i18n/lang';
import type { ParsedWorkbook } from '../../../sheets/parsed-workbook';
import { networkPicture } from '../../../graph/picture';
import type { ReportBlock } from '../../doc';
import { count, table, txt } from '../blocks';
import type { AnnualFigures } from '../figures';
import { networkFigures, type NetworkFigures } from '../network-figures';

function newPartners(n: NetworkFigures, m: GraphMessages): ReportBlock[] {
  const rows = n.newPartners.map((r) => [txt(r.type), txt(r.country || m.unknownCountry), txt(r.names.join(', ')), count(r.names.length)]);
  return [
    { kind: 'heading', level: 3, text: m.newPartners },
    rows.length === 0 ? { kind: 'paragraph', text: m.noNewPartner } : table([m.type, m.country, m.names, m.count], rows, 3),
  ];
}

function groups(n: NetworkFigures, m: GraphMessages): ReportBlock[] {
  if (n.groups.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: m.groupsAndCommittees },
    table(
      [m.group, m.groupType, m.members, m.meetings],
      n.groups.map((g) => [txt(g.name), txt(g.type), count(g.members), count(g.meetings)]),
      2,
    ),
  ];
}

function opportunities(n: NetworkFigures, m: GraphMessages): ReportBlock[] {
  if (n.opportunities.length === 0) return [];
  const won = n.opportunities.filter((o) => o.won).length;
  return [
    { kind: 'heading', level: 3, text: m.opportunities },
    table(
      [m.opportunity, m.partner, m.project, m.stage, m.amount],
      n.opportunities.map((o) => [
        txt(o.title),
        txt(o.partner),
        txt(o.project),
        txt(o.won ? m.won : m.lost),
        o.amount === null ? null : { amount: o.amount },
      ]),
      4,
    ),
    { kind: 'paragraph', style: 'note', text: m.opportunitiesNote(won, n.opportunities.length - won) },
  ];
}

export function networkSection(book: ParsedWorkbook, f: AnnualFigures, lang: Lang): ReportBlock[] {
  if (book.persons.records.length + book.memberships.records.length + book.opportunities.records.length === 0) return [];
  const m = catalogue(lang).graph;
  const n = networkFigures(book, f);
  const picture = networkPicture(book, { first: f.first, last: f.last, label: f.label }, lang);
  return [
    { kind: 'heading', level: 2, text: m.networkTitle(f.label) },
    { kind: 'picture', picture },
    ...newPartners(n, m),
    ...groups(n, m),
    ...opportunities(n, m),
  ];
}
