/**
 * The compte rendu financier de subvention (CERFA 15059) of the demo's subsidy conventions
 * (docs/domain.md, "Compte rendu financier (CERFA 15059)"): its réalisé ties to the subsidy table
 * and to the FEC lines of the convention, to the cent, against golden figures summed here from the
 * raw cells of the Journal; a gap over 15 % asks for an explanation; a convention that is not a
 * subsidy is refused in one sentence.
 */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { buildAccountantPack } from '../../shared/exports/pack';
import { subsidiesOfYear } from '../../shared/ledger/subsidies';
import { cerfa15059Of } from '../../shared/usecases/generate-cerfa15059';
import { cerfaFigures } from '../../shared/reports/cerfa15059/figures';
import { grantShareOfYear, yearEndProposals } from '../../shared/ledger/year-end';
import { refusalText } from '../../shared/i18n/refusal';
import type { ReportCell, ReportDoc } from '../../shared/reports/doc';
import type { IsoDate } from '../../shared/values/dates';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { cents, DEMO, demoAccepted, demoWith, tableStartingWith, text, TODAY } from '../helpers/demo';

let snap: XlsxSnapshot;
let book: ParsedWorkbook;
beforeAll(async () => {
  snap = await readXlsx(DEMO);
  book = readWorkbook(snap);
});

type RawLine = { voucher: string; account: string; project: string; convention: string; income: number; expense: number };

/** The Journal's 2025 lines as typed (header on row 2 under a title), amounts in cents; no Citego code involved. */
function rawJournal2025(): RawLine[] {
  const rows = snap.readSheet('Journal');
  const head = rows[1].map(String);
  const at = (name: string) => head.indexOf(name);
  const num = (v: CellValue) => (typeof v === 'number' ? Math.round(v * 100) : 0);
  return rows
    .slice(2)
    .filter((r) => r[at('Date')] instanceof Date && (r[at('Date')] as Date).getUTCFullYear() === 2025)
    .map((r) => ({
      voucher: String(r[at('Pièce')]),
      account: String(r[at('Compte')]),
      project: String(r[at('Projet')]),
      convention: String(r[at('Convention')]),
      income: num(r[at('Recette')]),
      expense: num(r[at('Dépense')]),
    }))
    .filter((l) => l.income > 0 !== l.expense > 0 && !/^8[67]/.test(l.account));
}

/** Received = the convention's class-7 lines net, spent = its class-6 lines net (docs/domain.md). */
function golden(id: string) {
  const own = rawJournal2025().filter((l) => l.convention === id);
  const net = (cls: string, sign: 1 | -1) =>
    own.filter((l) => l.account.startsWith(cls)).reduce((s, l) => s + sign * (l.income - l.expense), 0);
  // A voucher may be used twice (the demo's 2025-156): a FEC line is the convention's by voucher, account and amount.
  const keys = new Set(own.map((l) => `${l.voucher}|${l.account}|${l.income + l.expense}`));
  return { received: net('7', 1), spent: net('6', -1), keys, lines: own.length };
}

/** The FEC of 2025 read back: PieceRef, CompteNum, Debit, Credit in cents. */
function fec2025() {
  const file = buildAccountantPack(book, 2025, { today: TODAY }).files.find((f) => f.name.endsWith('.txt'));
  if (!file) throw new Error('no FEC');
  const toCents = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);
  return file.content
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .map((r) => ({ voucher: r[8], account: r[4], debit: toCents(r[11]), credit: toCents(r[12]) }));
}

const row = (doc: ReportDoc, first: string, label: string): readonly ReportCell[] => {
  const found = tableStartingWith(doc, first).rows.find((r) => text(r[0]) === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
};

describe('CERFA 15059 on the demo', () => {
  it.each(['C-2025-001', 'C-2025-002', 'C-2025-009'])(
    '%s: received and spent tie to the subsidy table and to the FEC, to the cent',
    (id) => {
      const g = golden(id);
      const f = cerfaFigures(book, id, 2025, TODAY);
      expect({ received: f.received, spent: f.spent }).toEqual({ received: g.received, spent: g.spent });
      const table = subsidiesOfYear(book, 2025).find((s) => s.convention === id);
      expect({ received: table?.receivedInYear, spent: table?.spentInYear }).toEqual({ received: f.received, spent: f.spent });
      const lines = fec2025().filter((l) => g.keys.has(`${l.voucher}|${l.account}|${l.debit + l.credit}`));
      expect(lines).toHaveLength(g.lines);
      const fec = (cls: string, sign: 1 | -1) =>
        lines.filter((l) => l.account.startsWith(cls)).reduce((s, l) => s + sign * (l.credit - l.debit), 0);
      expect({ received: fec('7', 1), spent: fec('6', -1) }).toEqual({ received: f.received, spent: f.spent });
    },
  );

  it('stays on the cash basis once the year-end entries are accepted: the same figures, the same sentence', () => {
    const accepted = demoAccepted(snap, 2025);
    expect(accepted.yearEnd.records.length).toBeGreaterThan(0);
    for (const id of ['C-2025-001', 'C-2025-002', 'C-2025-009']) {
      const before = cerfaFigures(book, id, 2025, TODAY);
      const after = cerfaFigures(accepted, id, 2025, TODAY);
      // C-2025-002: 4 717,95 € to receive (4411) and 12 717,95 € of fonds dédiés (6894) are accrual entries, not cash.
      expect(after).toEqual(before);
    }
    const { doc } = cerfa15059Of(accepted, 'C-2025-002', 2025, TODAY, 'fr');
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Comptabilité de trésorerie'))).toBe(true);
    expect(cents(row(doc, 'Produits', '74 — Subvention Région Auvergne-Rhône-Alpes (convention C-2025-002)')[2])).toBe(1_400_000);
  });

  it('C-2025-002: the document shows the Région’s 14 000,00 € against 2025’s share of the 28 000,00 € planned, and the action’s totals', () => {
    const { doc, year } = cerfa15059Of(book, 'C-2025-002', null, TODAY, 'fr');
    expect(year).toBe(2025);
    const subsidy = row(doc, 'Produits', '74 — Subvention Région Auvergne-Rhône-Alpes (convention C-2025-002)');
    // 01/01/2025–30/06/2026 is 546 days, 365 of them in 2025: 28 000 € × 365 / 546 = 18 717,95 € (not the whole 28 000 €).
    expect(subsidy.slice(1, 5).map((c) => (c && 'percent' in c ? c.percent : cents(c)))).toEqual([1_871_795, 1_400_000, -471_795, -25.2]);
    // The same share as the year-end rule attributes to 2025 (4 717,95 € to receive on top of the 14 000 € received).
    const receivable = yearEndProposals(book, 2025).proposals.find((p) => p.convention === 'C-2025-002' && p.kind === 'receivable');
    expect(receivable?.figures.attributableInYear).toBe(1_871_795);
    expect(receivable?.amount).toBe(471_795);
    // The action: the lines of project ATLAS or of the convention, summed from the raw cells.
    const action = rawJournal2025().filter((l) => l.project === 'ATLAS' || l.convention === 'C-2025-002');
    const charges = action.filter((l) => l.account.startsWith('6')).reduce((s, l) => s + l.expense - l.income, 0);
    const income = action.filter((l) => l.account.startsWith('7')).reduce((s, l) => s + l.income - l.expense, 0);
    expect(cents(row(doc, 'Charges', 'Total des charges')[2])).toBe(charges);
    expect(cents(row(doc, 'Produits', 'Total des produits')[2])).toBe(income);
    // Prévu: the ATLAS 2025 Budget lines without 86/87 (48 200 € with 2 000 € of volunteering).
    expect(cents(row(doc, 'Charges', 'Total des charges')[1])).toBe(4_620_000);
    expect(golden('C-2025-002')).toMatchObject({ received: 1_400_000, spent: 600_000 });
    const own = tableStartingWith(doc, 'Poste', 'Réalisé');
    expect(own.rows.map((r) => cents(r[1]))).toEqual([golden('C-2025-002').spent, 1_400_000]);
  });

  it('the yearly shares of a multi-year grant add up to the grant, to the cent', () => {
    const share = (first: string, last: string) =>
      grantShareOfYear(2_800_000, '2025-01-01' as IsoDate, '2026-06-30' as IsoDate, first as IsoDate, last as IsoDate);
    expect([share('2025-01-01', '2025-12-31'), share('2026-01-01', '2026-12-31')]).toEqual([1_871_795, 928_205]);
    expect(share('2024-01-01', '2024-12-31')).toBe(0);
  });

  it('each gap over 15 % gets a line whose explanation is left blank; a gap of 12 % does not', () => {
    const { doc } = cerfa15059Of(book, 'C-2025-002', 2025, TODAY, 'fr');
    const gaps = tableStartingWith(doc, 'Poste', 'Écart (€)', 'Écart (%)', 'Explication');
    const labels = gaps.rows.map((r) => text(r[0]));
    expect(labels).toContain('74 — Subvention Région Auvergne-Rhône-Alpes (convention C-2025-002)');
    expect(labels).toContain('70 — Ventes, prestations de services');
    expect(labels).not.toContain('62 — Autres services extérieurs');
    expect(cents(row(doc, 'Charges', '62 — Autres services extérieurs')[3])).toBe(-93_480);
    expect(gaps.rows.every((r) => text(r[3]) === '')).toBe(true);
  });

  it('contributions volontaires: 86 = 87 = the project’s volunteer hours × the hourly rate', () => {
    const rows = snap.readSheet('Bénévolat');
    const hours = rows
      .slice(1)
      .filter((r) => r[2] === 'ATLAS' && r[0] instanceof Date && r[0].getUTCFullYear() === 2025)
      .reduce((s, r) => s + Number(r[3]), 0);
    const { doc } = cerfa15059Of(book, 'C-2025-002', 2025, TODAY, 'fr');
    const cvn = tableStartingWith(doc, 'Contributions volontaires en nature').rows;
    expect(cvn.map((r) => cents(r[2]))).toEqual([Math.round(hours * 1200), Math.round(hours * 1200)]);
    expect(cvn.map((r) => cents(r[1]))).toEqual([200_000, 200_000]);
  });

  it('identification and signature block', () => {
    const { doc } = cerfa15059Of(book, 'C-2025-002', 2025, TODAY, 'fr');
    const id = tableStartingWith(doc, 'Rubrique', 'Valeur');
    const value = (label: string) => id.rows.find((r) => text(r[0]) === label)?.[1] ?? null;
    expect(text(value('SIREN') ?? undefined)).toBe('812 345 679');
    expect(text(value('Financeur') ?? undefined)).toBe('Région Auvergne-Rhône-Alpes');
    expect(cents(value('Montant accordé') ?? undefined)).toBe(2_800_000);
    expect(text(value('Période de la convention') ?? undefined)).toBe('du 01/01/2025 au 30/06/2026');
    const blocks = doc.blocks.map((b) => ('text' in b ? b.text : ''));
    expect(blocks).toContain('« Certifié exact »');
    expect(blocks.some((t) => t.startsWith('Je soussigné(e)'))).toBe(true);
  });

  it('the form’s other parts: SIRET and RNA (a dotted line when Paramètres leaves them blank), the blocks to write, the subsidy’s share, page numbers', () => {
    const { doc } = cerfa15059Of(book, 'C-2025-002', 2025, TODAY, 'fr');
    const value = (d: ReportDoc, label: string) =>
      text(tableStartingWith(d, 'Rubrique', 'Valeur').rows.find((r) => text(r[0]) === label)?.[1]);
    // The demo's Paramètres has no SIRET nor RNA: nothing is invented.
    expect([value(doc, 'SIRET'), value(doc, 'N° RNA')]).toEqual(['………………………………………………', '………………………………………………']);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    for (const h of ['Bilan qualitatif de l’action', 'Règles de répartition des charges indirectes', 'Observations']) {
      const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === h);
      expect(headings).toContain(h);
      // Left blank for the association to write: a table of empty cells right after its note.
      const blank = doc.blocks[at + 2];
      expect(blank.kind === 'table' && blank.rows.every((r) => r.every((c) => text(c) === ''))).toBe(true);
    }
    // 14 000 € of the Région over the action's produits réalisés, summed from the raw cells.
    const action = rawJournal2025().filter((l) => l.project === 'ATLAS' || l.convention === 'C-2025-002');
    const income = action.filter((l) => l.account.startsWith('7')).reduce((s, l) => s + l.income - l.expense, 0);
    const share = (Math.round((1_400_000 / income) * 1000) / 10).toFixed(1).replace('.', ',');
    const sentence = `La subvention représente ${share} % du total des produits de l’action (réalisé).`;
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text === sentence)).toBe(true);
    expect(doc.footer).toEqual({
      text: `${book.settings.associationName} — Compte rendu financier C-2025-002 — 2025`,
      page: 'Page',
      firstPage: true,
    });
    const { book: withIds } = demoWith(snap, {
      Paramètres: [
        ['SIRET', '812 345 679 00021'],
        ['N° RNA', 'w691234567'],
      ],
    });
    const filled = cerfa15059Of(withIds, 'C-2025-002', 2025, TODAY, 'fr').doc;
    expect([value(filled, 'SIRET'), value(filled, 'N° RNA')]).toEqual(['812 345 679 00021', 'W691234567']);
  });

  it('in English when asked', () => {
    const { doc } = cerfa15059Of(book, 'C-2025-002', 2025, TODAY, 'en');
    expect(tableStartingWith(doc, 'Charges', 'Budgeted', 'Actual', 'Gap (€)', 'Gap (%)').rows.length).toBeGreaterThan(1);
    expect(doc.title).toBe('Financial report C-2025-002 — 2025');
  });

  it('refuses an unknown convention, a mécénat, a provider contract and a year outside the period, in one sentence', () => {
    const said = (id: string, year: number | null = 2025) => {
      try {
        cerfa15059Of(book, id, year, TODAY, 'fr');
        return null;
      } catch (e) {
        return refusalText(e, 'fr');
      }
    };
    expect(said('C-2030-999')).toBe('Convention « C-2030-999 » introuvable dans la feuille Conventions.');
    expect(said('C-2025-003')).toMatch(/^C-2025-003 n’est pas une subvention reçue \(type « mécénat »\)/);
    expect(said('C-2025-007')).toMatch(/n’est pas une subvention reçue/);
    expect(said('C-2025-002', 2024)).toMatch(/^L’exercice 2024 est hors de la période de la convention C-2025-002/);
    // 2026 is in its period, but nothing is booked there yet: refused, never an empty report.
    expect(said('C-2025-002', 2026)).toMatch(/^Aucune écriture de l’exercice 2026 sur la convention C-2025-002/);
  });

  it('a subsidy without a partner is refused', () => {
    const { book: b } = demoWith(snap, {
      Conventions: [['C-2025-050', 'Aide sans financeur', '', 'subvention', '', 'ATLAS', '', '2025-01-01', '2025-12-31', 1000, 'recette']],
    });
    expect(() => cerfaFigures(b, 'C-2025-050', 2025, TODAY)).toThrow(/pas de partenaire financeur/);
  });
});
