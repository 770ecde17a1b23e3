import { catalogue } from '../../../shared/i18n/catalogue';
import type { Lang } from '../../../shared/i18n/lang';
import type { PartnerCard, Place } from '../../../shared/network/partner-card';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { partnerCardOf } from '../../../shared/usecases/get-partner-card';
import { WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { paint, type Io } from '../io';
import { parseToday } from '../options';

/** The card as lines of text: each item with the sheet and row it comes from (computed in shared/, only said here). */
export function partnerCardText(c: PartnerCard, lang: Lang, io?: Io): string[] {
  const m = catalogue(lang).partner;
  const where = (p: Place) => (io ? paint(io, 'dim', `[${m.at(p.sheet, p.row)}]`) : `[${m.at(p.sheet, p.row)}]`);
  const head = (s: string) => (io ? paint(io, 'bold', s) : s);
  const day = (d: string | null) => (d ? m.day(d as Parameters<typeof m.day>[0]) : '');
  const list = (title: string, items: string[], none: string) => ['', head(title), ...(items.length ? items : [`  ${none}`])];
  const width = Math.max(12, ...c.money.map((x) => m.eur(Math.max(x.received, x.paid)).length), m.eur(c.totals.received).length);
  const money = (y: string, r: string, p: string) => `  ${y.padEnd(9)} ${r.padStart(width)}  ${p.padStart(width)}`;
  return [
    head(`${c.id} — ${c.name}`),
    `${[c.type, c.country, c.status, c.contact, c.email].filter((x) => x).join(' · ')}  ${where(c.place)}`,
    ...list(
      m.conventions,
      c.conventions.map(
        (x) =>
          `  ${x.year ?? '—'}  ${x.id}  ${x.amount === null ? '' : m.eur(x.amount)} ${m.direction[x.direction ?? 'recette']}, ${m.toDate[x.direction ?? 'recette'](x.toDate)}  ${x.ended ? m.ended : x.status}  ${x.title}  ${where(x.place)}`,
      ),
      m.noConvention,
    ),
    ...list(
      m.money,
      c.money.length
        ? [
            money(m.year, m.received, m.paid),
            ...c.money.map((x) => money(String(x.year), m.eur(x.received), m.eur(x.paid))),
            money(m.total, m.eur(c.totals.received), m.eur(c.totals.paid)),
          ]
        : [],
      m.noMoney,
    ),
    ...list(
      m.people,
      c.people.flatMap((p) => [
        `  ${p.id} ${p.name}${p.role ? ` — ${p.role}` : ''}  ${where(p.place)}`,
        ...p.seats.map((s) => `    ${m.seat(s.group, s.groupName, s.role ?? '', day(s.since), day(s.until), s.active)}  ${where(s.place)}`),
      ]),
      m.noPeople,
    ),
    ...list(
      m.dossiers,
      c.dossiers.map((d) => `  ${d.id} ${d.title} (${d.status ?? '—'}, ${m.via(d.via)})  ${where(d.place)}`),
      m.noDossier,
    ),
    ...list(
      m.memory,
      c.memory.map((x) => `  ${day(x.date)}  ${x.title} (${m.memoryVia[x.via]})  ${where(x.place)}`),
      m.noMemory,
    ),
    ...list(
      m.opportunities,
      c.opportunities.map(
        (o) =>
          `  ${o.id} ${o.title} — ${o.stage ?? '—'}${o.amount ? `, ${m.eur(o.amount)}` : ''}${o.nextAction ? ` — ${o.nextAction}` : ''}  ${where(o.place)}`,
      ),
      m.noOpportunity,
    ),
    ...list(
      m.deadlines,
      c.deadlines.map(
        (d) =>
          `  ${day(d.date)}${d.late ? ` (${m.late})` : ''}  ${m.kinds[d.kind]} ${d.ref}${d.label !== d.ref ? ` ${d.label}` : ''}${d.amount ? ` ${m.eur(d.amount)}` : ''}  ${where(d.place)}`,
      ),
      m.noDeadline,
    ),
  ];
}

/** `citego partner P-0003`: everything about one partner, each item with its sheet and row. */
export const partnerCommand: CliCommand<{ partner?: string; workbook?: string; sheet?: string; date?: string }> = {
  argument: 'partner',
  options: [WORKBOOK, SHEET, { flag: '--date', text: 'date' }],
  async run(io, opts) {
    const book = readWorkbook((await readSource(io, opts)).reader, io.lang);
    const card = partnerCardOf(book, opts.partner ?? null, parseToday(opts.date));
    for (const line of partnerCardText(card, io.lang, io)) io.out(line);
    return 0;
  },
};
