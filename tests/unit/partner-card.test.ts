/**
 * The partner card on the demo (docs/domain.md, "Partner card"): its money ties to the booked
 * lines (the FEC's), its people sit where Membres says, and every item points at its row.
 */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import { bookYear, type BookedLine } from '../../shared/ledger/booking';
import { ledgerYears } from '../../shared/ledger/fiscal-years';
import { partnerCard, type PartnerCard } from '../../shared/network/partner-card';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { subsidiesOfYear } from '../../shared/ledger/subsidies';
import type { IsoDate } from '../../shared/values/dates';
import { DEMO, TODAY } from '../helpers/demo';
import { MemoryWorkbook } from '../fakes/memory-workbook';

let snap: XlsxSnapshot;
let book: ParsedWorkbook;

beforeAll(async () => {
  snap = await readXlsx(DEMO);
  book = readWorkbook(snap);
});

function card(id: string, b: ParsedWorkbook = book): PartnerCard {
  const c = partnerCard(b, id, TODAY);
  if (!c) throw new Error(`no card for ${id}`);
  return c;
}

/**
 * What the bank and cash sides of the booked entries say: money in on 512/530 debit, out on
 * credit, for the entries whose nature line `keep` takes.
 */
function treasuryOf(b: ParsedWorkbook, keep: (nature: BookedLine) => boolean) {
  const out = new Map<number, { received: number; paid: number }>();
  for (const year of ledgerYears(b)) {
    const lines = bookYear(b, year).lines;
    const kept = new Set(lines.filter((l) => !l.treasury && keep(l)).map((l) => l.entry));
    for (const l of lines) {
      if (!l.treasury || !kept.has(l.entry)) continue;
      const v = out.get(year) ?? { received: 0, paid: 0 };
      v.received += l.debit;
      v.paid += l.credit;
      out.set(year, v);
    }
  }
  return out;
}

/** The partner's side of a convention: its produits when it funds, its charges when it is paid (docs/domain.md, "Partner card"). */
function onPartnerSide(b: ParsedWorkbook, l: BookedLine, conventions: ReadonlySet<string>): boolean {
  if (!conventions.has(l.convention)) return false;
  const c = b.conventions.records.find((x) => x.id === l.convention);
  return c?.direction === 'dépense' ? l.account.startsWith('6') : l.account.startsWith('7');
}

describe('the partner card on the demo', () => {
  it('P-0003: its mécénat convention, the money received in 2025 tied to the bank side of the booked lines', () => {
    const c = card('P-0003');
    expect(c.name).toBe('Fondation pour le progrès de l’homme');
    expect(c.conventions.map((x) => [x.id, x.direction, x.year])).toEqual([['C-2025-003', 'recette', 2025]]);
    expect(c.money.map((m) => [m.year, m.received, m.paid])).toEqual([[2025, 1_800_000, 0]]);
    const bank = treasuryOf(
      book,
      (l) => onPartnerSide(book, l, new Set(['C-2025-003'])) || l.party === 'Fondation pour le progrès de l’homme',
    );
    expect(c.money.map((m) => [m.year, m.received, m.paid])).toEqual(
      [...bank].sort(([a], [b]) => a - b).map(([y, v]) => [y, v.received, v.paid]),
    );
    expect(c.totals.received).toBeGreaterThan(0);
    expect(c.totals.received).toBe(c.money.reduce((s, m) => s + m.received, 0));
  });

  it('every partner’s totals add up to the booked lines charged to a partner, and no line counts twice', () => {
    const cards = book.partners.records
      .filter((p, i, all) => p.id && all.findIndex((q) => q.id === p.id) === i)
      .map((p) => card(p.id ?? ''));
    const received = cards.reduce((s, x) => s + x.totals.received, 0);
    const paid = cards.reduce((s, x) => s + x.totals.paid, 0);
    const ofPartners = new Set(book.conventions.records.filter((cv) => cv.partner).map((cv) => cv.id ?? ''));
    const names = new Set(book.partners.records.flatMap((p) => [p.id, p.name]));
    const bank = treasuryOf(book, (l) => onPartnerSide(book, l, ofPartners) || names.has(l.party));
    expect([received, paid]).toEqual([...bank.values()].reduce(([r, p], v) => [r + v.received, p + v.paid], [0, 0]));
    expect(paid).toBeGreaterThan(0);
  });

  it('P-0002: each convention says what was received on it so far (the subsidy table’s reçu), and « ended » once its Fin is past', () => {
    const c = card('P-0002');
    const received = (id: string) =>
      ledgerYears(book).reduce((s, y) => s + (subsidiesOfYear(book, y).find((x) => x.convention === id)?.receivedInYear ?? 0), 0);
    expect(c.conventions.map((x) => [x.id, x.direction, x.amount, x.toDate, x.status, x.ended])).toEqual([
      ['C-2025-002', 'recette', 2_800_000, 1_400_000, 'en cours', false],
      // Its Fin (30/11/2025) is past on 15/01/2026: ended, though Statut still says it awaits signature.
      ['C-2025-009', 'recette', 2_400_000, 1_200_000, 'en attente de signature', true],
    ]);
    expect(c.conventions.map((x) => x.toDate)).toEqual([received('C-2025-002'), received('C-2025-009')]);
    // 30/06/2026 is C-2025-002's Fin: ended the day after, whatever Statut still says; nothing booked after today counts.
    const later = (d: string) => partnerCard(book, 'P-0002', d as IsoDate)?.conventions.find((x) => x.id === 'C-2025-002');
    expect([later('2026-06-30')?.ended, later('2026-07-01')?.ended]).toEqual([false, true]);
    expect(partnerCard(book, 'P-0002', '2025-01-01' as IsoDate)?.conventions.map((x) => x.toDate)).toEqual([0, 0]);
  });

  it('P-0003: its people, the committees they sit on, its Mémoire entries and its open opportunity', () => {
    const c = card('P-0003');
    expect(c.people.map((p) => [p.id, p.name])).toEqual([
      ['PE-0012', 'Thomas Keller'],
      ['PE-0013', 'Camille Durand'],
    ]);
    expect(c.people[1].seats.map((s) => [s.group, s.role, s.active])).toEqual([
      ['G-0006', 'animateur', true],
      ['G-0008', 'membre', true],
    ]);
    expect(c.people[1].seats[0].place).toEqual({ sheet: 'Membres', row: 24 });
    expect(c.memory.map((m) => [m.date, m.via])).toEqual([
      ['2025-10-07', 'partner'],
      ['2025-03-12', 'mention'],
      ['2025-01-30', 'mention'],
    ]);
    expect(c.opportunities.map((o) => [o.id, o.stage])).toEqual([['O-0004', 'dossier en cours']]);
    expect(c.deadlines.map((d) => [d.date, d.kind, d.ref])).toContainEqual(['2026-03-01', 'opportunité', 'O-0004']);
  });

  it('dossiers reviewed by a committee its people sit on, and those the Index names it on', () => {
    // G-0002 reviews D-0004 and G-0005 reviews D-0009 (examples/fixtures/network.ts, atlas.ts).
    expect(card('P-0012').dossiers.map((d) => [d.id, d.via])).toEqual([
      ['D-0004', 'G-0002'],
      ['D-0009', 'G-0005'],
    ]);
    const sheets = Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)]));
    const index = [
      ['Contenu', 'Terme'],
      ['D-0007', 'Université de Dakar — Institut des territoires'],
    ];
    const indexed = readWorkbook(new MemoryWorkbook({ ...sheets, Index: index }));
    expect(card('P-0012', indexed).dossiers.map((d) => [d.id, d.via])).toEqual([
      ['D-0004', 'G-0002'],
      ['D-0007', 'Index'],
      ['D-0009', 'G-0005'],
    ]);
  });

  it('points every item at its sheet and row', () => {
    const c = card('P-0002');
    expect(c.place).toEqual({ sheet: 'Partenaires', row: 3 });
    const rows = (sheet: string) => snap.readSheet(sheet);
    for (const cv of c.conventions) expect(rows(cv.place.sheet)[cv.place.row - 1]).toContain(cv.id);
    for (const o of c.opportunities) expect(rows(o.place.sheet)[o.place.row - 1]).toContain(o.id);
    for (const d of c.deadlines.filter((x) => x.kind !== 'opportunité')) expect(rows(d.place.sheet)[d.place.row - 1]).toContain(d.ref);
  });

  it('is null for a partner Partenaires does not have; a name finds the partner', () => {
    expect(partnerCard(book, 'P-0999', TODAY)).toBeNull();
    expect(card('Région Auvergne-Rhône-Alpes').id).toBe('P-0002');
  });
});
