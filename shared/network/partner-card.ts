/**
 * The partner card (docs/domain.md, "Partner card"): everything about one partner on one screen,
 * each item with the sheet and row it comes from, so that a shell can jump to it. Money comes
 * from the booked lines of every fiscal year (shared/ledger/booking.ts), the same as the FEC's.
 */
import { isChargeAccount, isIncomeAccount } from '../ledger/accounts';
import { bookYear, type BookedLine } from '../ledger/booking';
import { fiscalYearOf, ledgerYears } from '../ledger/fiscal-years';
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { ParsedTable } from '../sheets/parse/table';
import type { TableDef } from '../sheets/schema/columns';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import { normalizeLabel } from '../values/text';
import { isActive, network, type MemberRole } from './members';
import { partnerDeadlines, type Deadline } from './partner-deadlines';

/** Where an item lives: the sheet as the workbook names it and the 1-based row. */
export interface Place {
  readonly sheet: string;
  readonly row: number;
}

export interface CardConvention {
  readonly id: string;
  readonly title: string;
  readonly type: string | null;
  /** recette: money the association receives; dépense: money it pays. */
  readonly direction: 'recette' | 'dépense' | null;
  /** The fiscal year it starts in (else signed, else ends). */
  readonly year: number | null;
  readonly status: string;
  /** Its Fin is before today (and it was not cancelled): the card says « terminée », whatever Statut still says. */
  readonly ended: boolean;
  readonly amount: Cents | null;
  /** Booked on it up to today: received (class 7 net) for a recette, paid (class 6 net) for a dépense — the subsidy table's reçu / dépensé. */
  readonly toDate: Cents;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly place: Place;
}

/** One fiscal year of the partner's booked lines: received = credits on their nature accounts, paid = debits. */
export interface CardMoney {
  readonly year: number;
  readonly received: Cents;
  readonly paid: Cents;
  readonly lines: number;
}

export interface CardSeat {
  readonly group: string;
  readonly groupName: string;
  readonly groupType: string | null;
  readonly role: MemberRole | null;
  readonly since: IsoDate | null;
  readonly until: IsoDate | null;
  readonly active: boolean;
  readonly place: Place;
}

export interface CardPerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly seats: readonly CardSeat[];
  readonly place: Place;
}

export interface CardDossier {
  readonly id: string;
  readonly title: string;
  readonly status: string | null;
  /** Through which committee (its ID), or the Index (a term naming the partner or one of its people). */
  readonly via: string;
  readonly place: Place;
}

export interface CardMemory {
  readonly date: IsoDate | null;
  readonly type: string | null;
  readonly title: string;
  /** `partner`: its Partenaire column names it; `convention`: one of its conventions; `mention`: its name in the text. */
  readonly via: 'partner' | 'convention' | 'mention';
  readonly place: Place;
}

export interface CardOpportunity {
  readonly id: string;
  readonly title: string;
  readonly stage: string | null;
  readonly amount: Cents | null;
  readonly nextAction: string;
  readonly due: IsoDate | null;
  readonly place: Place;
}

export interface PartnerCard {
  readonly id: string;
  readonly name: string;
  readonly type: string | null;
  readonly country: string;
  readonly status: string;
  readonly contact: string;
  readonly email: string;
  readonly place: Place;
  readonly conventions: readonly CardConvention[];
  readonly money: readonly CardMoney[];
  readonly totals: { readonly received: Cents; readonly paid: Cents };
  readonly people: readonly CardPerson[];
  readonly dossiers: readonly CardDossier[];
  readonly memory: readonly CardMemory[];
  readonly opportunities: readonly CardOpportunity[];
  readonly deadlines: readonly Deadline[];
}

export const CLOSED_STAGES: readonly string[] = ['accordée', 'refusée', 'abandonnée'];

export function placeOf<T extends TableDef>(table: ParsedTable<T>, row: number): Place {
  return { sheet: table.sheet ?? table.def.sheet, row };
}

type PartnerRecord = ParsedWorkbook['partners']['records'][number];

/** The partner's names as a text may write them: its full name, and the part before a dash or a bracket. */
function namesOf(p: PartnerRecord): string[] {
  const full = p.name ?? '';
  const short = full.split(/\s[—–-]\s|\(/)[0];
  return [...new Set([full, short].map(normalizeLabel).filter((n) => n.length >= 4))];
}

/** The partner's record: by ID, else by name (a Personnes or Opportunités cell may hold either). */
export function findPartner(book: ParsedWorkbook, key: string): PartnerRecord | null {
  const k = key.trim();
  const byId = book.partners.records.find((p) => p.id === k);
  if (byId) return byId;
  const n = normalizeLabel(k);
  return book.partners.records.find((p) => p.id && p.name && normalizeLabel(p.name) === n) ?? null;
}

/** Cancelled, refused or abandoned: never shown as ended. */
const CANCELLED = /annul|r[ée]sili|refus|abandon/i;

/** What each convention's booked lines up to `today` received (class 7 net) and spent (class 6 net), as the subsidy table counts them. */
function flowsToDate(book: ParsedWorkbook, ids: ReadonlySet<string>, today: IsoDate): Map<string, { received: Cents; spent: Cents }> {
  const out = new Map<string, { received: Cents; spent: Cents }>();
  for (const year of ledgerYears(book))
    for (const l of bookYear(book, year).lines) {
      if (l.treasury || !ids.has(l.convention) || l.date > today) continue;
      const f = out.get(l.convention) ?? { received: 0, spent: 0 };
      if (isIncomeAccount(l.account)) f.received += l.credit - l.debit;
      else if (isChargeAccount(l.account)) f.spent += l.debit - l.credit;
      out.set(l.convention, f);
    }
  return out;
}

function conventionsOf(book: ParsedWorkbook, id: string, today: IsoDate): CardConvention[] {
  const fy = (d: IsoDate | null) => (d ? fiscalYearOf(d, book.settings.fiscalYearStart) : null);
  const records = book.conventions.records.filter((c) => c.id && c.partner === id);
  const flows = flowsToDate(book, new Set(records.map((c) => c.id ?? '')), today);
  return records
    .map((c) => ({
      id: c.id ?? '',
      title: c.title ?? '',
      type: c.type,
      direction: c.direction,
      year: fy(c.start ?? c.signedOn ?? c.end),
      status: c.status ?? '',
      // docs/domain.md, "Partner card": a convention whose Fin is past is ended, even when Statut still says « en cours ».
      ended: c.end !== null && c.end < today && !CANCELLED.test(c.status ?? ''),
      amount: c.amount,
      toDate: c.direction === 'dépense' ? (flows.get(c.id ?? '')?.spent ?? 0) : (flows.get(c.id ?? '')?.received ?? 0),
      start: c.start,
      end: c.end,
      place: placeOf(book.conventions, c.row),
    }))
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id));
}

/**
 * The partner's booked lines, year by year (docs/domain.md, "Partner card"): its money on the
 * convention's side — the produits of a convention it funds (Sens recette), the charges of one it
 * is paid by (Sens dépense) — and any line whose Tiers is its ID or name. Charges merely charged to
 * a subsidy it granted are the association's spending, not money paid to it. The bank or cash
 * side of each entry is left out (it is the same money).
 */
function moneyOf(book: ParsedWorkbook, p: PartnerRecord, conventions: readonly CardConvention[]): CardMoney[] {
  const direction = new Map(conventions.map((c) => [c.id, c.direction]));
  const named = new Map<string, boolean>();
  const theirs = (party: string) => {
    let v = named.get(party);
    if (v === undefined) named.set(party, (v = isNamed(p, party)));
    return v;
  };
  const counts = (l: BookedLine) => {
    if (l.party !== '' && theirs(l.party)) return true;
    if (!direction.has(l.convention)) return false;
    return direction.get(l.convention) === 'dépense' ? isChargeAccount(l.account) : isIncomeAccount(l.account);
  };
  const out: CardMoney[] = [];
  for (const year of ledgerYears(book).sort((a, b) => a - b)) {
    let received = 0;
    let paid = 0;
    let lines = 0;
    for (const l of bookYear(book, year).lines) {
      if (l.treasury || !counts(l)) continue;
      received += l.credit;
      paid += l.debit;
      lines += 1;
    }
    if (lines > 0) out.push({ year, received, paid, lines });
  }
  return out;
}

/** A cell naming the partner: its ID, or its name without case and accents. */
function isNamed(p: PartnerRecord, cell: string): boolean {
  return cell.trim() === p.id || (!!p.name && normalizeLabel(cell) === normalizeLabel(p.name));
}

function peopleOf(book: ParsedWorkbook, p: PartnerRecord, today: IsoDate): CardPerson[] {
  const { mandates } = network(book);
  const groups = new Map(book.groups.records.map((g) => [g.id, g]));
  return book.persons.records
    .filter((x) => x.id && x.organisation && isNamed(p, x.organisation))
    .map((x) => ({
      id: x.id ?? '',
      name: x.name ?? '',
      role: x.role ?? '',
      place: placeOf(book.persons, x.row),
      seats: mandates
        .filter((m) => m.person === x.id)
        .map((m) => {
          const g = groups.get(m.group);
          return {
            group: m.group,
            groupName: g?.name ?? '',
            groupType: g?.type ?? null,
            role: m.role,
            since: m.since,
            until: m.until,
            active: isActive(m, today),
            place: { sheet: m.sheet, row: m.row },
          };
        }),
    }));
}

/** Dossiers reviewed by a committee its people sit on, or indexed under its name or theirs. */
function dossiersOf(book: ParsedWorkbook, p: PartnerRecord, people: readonly CardPerson[]): CardDossier[] {
  const committees = new Set(people.flatMap((x) => x.seats.filter((s) => s.groupType === 'comité de relecture').map((s) => s.group)));
  const viaGroup = new Map<string, string>();
  for (const g of book.groups.records) if (g.id && g.dossier && committees.has(g.id)) viaGroup.set(g.dossier, g.id);
  for (const d of book.dossiers.records) if (d.id && d.committee && committees.has(d.committee)) viaGroup.set(d.id, d.committee);
  const terms = new Set([p.id ?? '', p.name ?? '', ...people.flatMap((x) => [x.id, x.name])].filter((t) => t).map(normalizeLabel));
  const viaIndex = new Set(
    book.contentIndex.records.filter((r) => r.content && r.term && terms.has(normalizeLabel(r.term))).map((r) => r.content),
  );
  return book.dossiers.records
    .filter((d) => d.id && (viaGroup.has(d.id) || viaIndex.has(d.id)))
    .map((d) => ({
      id: d.id ?? '',
      title: d.title ?? '',
      status: d.status,
      via: viaGroup.get(d.id ?? '') ?? book.contentIndex.def.sheet,
      place: placeOf(book.dossiers, d.row),
    }));
}

function memoryOf(book: ParsedWorkbook, p: PartnerRecord, conventions: ReadonlySet<string>): CardMemory[] {
  const names = namesOf(p);
  const out: CardMemory[] = [];
  for (const m of book.memory.records) {
    const split = (v: string | null) => (v ?? '').split(/[;,]/).map((x) => x.trim());
    const text = ` ${normalizeLabel([m.title, m.description, m.participants].join(' '))} `;
    const via: CardMemory['via'] | null = split(m.partner).includes(p.id ?? '')
      ? 'partner'
      : split(m.convention).some((c) => conventions.has(c))
        ? 'convention'
        : names.some((n) => text.includes(` ${n} `))
          ? 'mention'
          : null;
    if (via) out.push({ date: m.date, type: m.type, title: m.title ?? '', via, place: placeOf(book.memory, m.row) });
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function opportunitiesOf(book: ParsedWorkbook, p: PartnerRecord): CardOpportunity[] {
  return book.opportunities.records
    .filter((o) => o.partner && isNamed(p, o.partner) && !CLOSED_STAGES.includes(o.stage ?? ''))
    .map((o) => ({
      id: o.id ?? '',
      title: o.title ?? '',
      stage: o.stage,
      amount: o.amount,
      nextAction: o.nextAction ?? '',
      due: o.due,
      place: placeOf(book.opportunities, o.row),
    }));
}

/** The card of one partner (by ID or name), or null when Partenaires has no such partner. */
export function partnerCard(book: ParsedWorkbook, key: string, today: IsoDate): PartnerCard | null {
  const p = findPartner(book, key);
  if (!p || !p.id) return null;
  const conventions = conventionsOf(book, p.id, today);
  const ids = new Set(conventions.map((c) => c.id));
  const money = moneyOf(book, p, conventions);
  const people = peopleOf(book, p, today);
  const dossiers = dossiersOf(book, p, people);
  const opportunities = opportunitiesOf(book, p);
  return {
    id: p.id,
    name: p.name ?? '',
    type: p.type,
    country: p.country ?? '',
    status: p.status ?? '',
    contact: p.contact ?? '',
    email: p.email ?? '',
    place: placeOf(book.partners, p.row),
    conventions,
    money,
    totals: { received: money.reduce((s, m) => s + m.received, 0), paid: money.reduce((s, m) => s + m.paid, 0) },
    people,
    dossiers,
    memory: memoryOf(book, p, ids),
    opportunities,
    deadlines: partnerDeadlines(book, { conventions: ids, opportunities, dossiers }, today),
  };
}
