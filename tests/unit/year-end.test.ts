/**
 * Year-end entries (docs/domain.md, "Year end"): on the demo, the proposals are computed again
 * here from the raw cells of Conventions, Financements, Partenaires, Projets and Journal, to the
 * cent, and compared; accepting writes them once into « Écritures d'inventaire », never the Journal.
 */
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import type { CellValue } from '../../shared/sheets/ports';
import { yearEndProposals } from '../../shared/ledger/year-end';
import { yearEndLines } from '../../shared/ledger/year-end-accepted';
import { incomeStatement } from '../../shared/ledger/statement';
import { annualFigures } from '../../shared/reports/annual/figures';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { buildAccountantPack } from '../../shared/exports/pack';
import { acceptYearEnd } from '../../shared/usecases/accept-year-end';
import { getYearEnd } from '../../shared/usecases/get-year-end';
import { previewAnnualReport } from '../../shared/usecases/preview-annual-report';
import type { Lock } from '../../shared/usecases/ports';
import type { IsoDate } from '../../shared/values/dates';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { day, DEMO, demoWith, TODAY } from '../helpers/demo';

/** A sheet as records keyed by header text, from its header row (the first row holding `first`). */
function records(snap: XlsxSnapshot, sheet: string, first: string): Record<string, CellValue>[] {
  const rows = snap.readSheet(sheet);
  const h = rows.findIndex((r) => r.includes(first));
  const header = rows[h].map(String);
  return rows.slice(h + 1).map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] ?? ''])));
}

const euros = (v: CellValue) => (typeof v === 'number' ? Math.round(v * 100) : 0);
const iso = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1;

/** The 2025 proposals, computed from the raw cells with the rules of docs/domain.md, as `id amount debit credit`. */
function expected2025(snap: XlsxSnapshot): string[] {
  const closing = '2025-12-31';
  const partners = new Map(records(snap, 'Partenaires', 'ID').map((p) => [p.ID, p.Type]));
  const projects = new Map(records(snap, 'Projets', 'Code').map((p) => [p.Code, p.Action]));
  const fundings = records(snap, 'Financements', 'ID');
  const journal = records(snap, 'Journal', 'Compte').filter((r) => r.Date instanceof Date && iso(r.Date) <= closing);
  const out: string[] = [];
  for (const c of records(snap, 'Conventions', 'ID')) {
    if (!['subvention', 'mécénat'].includes(String(c.Type)) || c.Sens !== 'recette') continue;
    const id = String(c.ID);
    const [start, end] = [iso(c.Début), iso(c.Fin)];
    const grants = fundings.filter((f) => f.Convention === id);
    const granted = grants.length ? grants.reduce((s, f) => s + euros(f.Accordé), 0) : euros(c.Montant);
    const lines = journal.filter((r) => r.Convention === id);
    const received = lines.filter((r) => String(r.Compte).startsWith('7')).reduce((s, r) => s + euros(r.Recette) - euros(r.Dépense), 0);
    const spent = lines.filter((r) => String(r.Compte).startsWith('6')).reduce((s, r) => s + euros(r.Dépense) - euros(r.Recette), 0);
    // A subsidy pays for no penalty, interest, bank fee or depreciation (convention.ineligible).
    const ineligible = lines
      .filter((r) => c.Type === 'subvention' && /^(6712|667|661|627|68)/.test(String(r.Compte)))
      .reduce((s, r) => s + euros(r.Dépense) - euros(r.Recette), 0);
    const account = String(lines.find((r) => String(r.Compte).startsWith('7'))?.Compte ?? '741');
    const earmarked = c.Projet !== '' && c.Action !== 'fonctionnement' && projects.get(c.Projet) !== 'fonctionnement';
    // Ended and earmarked: earned up to the justified costs only (prudence).
    const attributable =
      end > closing
        ? Math.round((granted * days(start, closing)) / days(start, end))
        : earmarked
          ? Math.min(granted, spent - ineligible)
          : granted;
    const debitAccount = partners.get(c.Partenaire) === 'collectivité' ? '4411' : '4687';
    if (attributable > received) out.push(`2025-PAR-${id} ${attributable - received} ${debitAccount} ${account}`);
    if (received > attributable && end > closing) out.push(`2025-PCA-${id} ${received - attributable} ${account} 487`);
    if (earmarked && end > closing && attributable > spent) out.push(`2025-FD-${id} ${attributable - spent} 6894 194`);
  }
  return out.sort();
}

class OneLock implements Lock {
  private held = false;
  withLock<T>(work: () => T): T {
    if (this.held) throw new Error('busy');
    this.held = true;
    try {
      return work();
    } finally {
      this.held = false;
    }
  }
}

function memoryPorts(snap: XlsxSnapshot) {
  const workbook = new MemoryWorkbook(Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)])));
  const map = new Map<string, string>();
  const cache = { get: (k: string) => map.get(k) ?? null, put: (k: string, v: string) => void map.set(k, v) };
  return { workbook, lock: new OneLock(), cache, clock: { today: () => '2026-01-15' as IsoDate } };
}

describe('proposed year-end entries on the demo', () => {
  let snap: XlsxSnapshot;
  beforeAll(async () => {
    snap = await readXlsx(DEMO);
  });

  it('are the ones computed independently from the raw cells, to the cent', () => {
    const ye = yearEndProposals(readWorkbook(snap), 2025);
    const got = ye.proposals.map((p) => `${p.id} ${p.amount} ${p.lines[0].account} ${p.lines[1].account}`).sort();
    expect(got).toEqual(expected2025(snap));
    // Region's atlas subsidy: 28 000 € over 546 days, 365 of them in 2025; its 2026 instalment is pending.
    // C-2025-009 ended under-spent: 10 800 € justified, 12 000 € received, nothing more to receive.
    expect(got).toEqual(['2025-FD-C-2025-002 1271795 6894 194', '2025-PAR-C-2025-002 471795 4411 741']);
    for (const p of ye.proposals) {
      expect(p.lines.reduce((s, l) => s + l.debit, 0)).toBe(p.amount);
      expect(p.lines.reduce((s, l) => s + l.credit, 0)).toBe(p.amount);
      expect(p.date).toBe('2025-12-31');
    }
  });

  it('offer no fonds dédiés for a running-cost subsidy or an ended convention, and flag the ended ones’ unspent money', () => {
    const ye = yearEndProposals(readWorkbook(snap), 2025);
    const dedicated = ye.proposals.filter((p) => p.kind === 'dedicated').map((p) => p.convention);
    expect(dedicated).toEqual(['C-2025-002']);
    expect(ye.findings.map((f) => [f.convention, f.unspent, f.owedBack])).toEqual([
      ['C-2025-003', 1_200_000, 1_200_000],
      // 24 000 € granted, 10 935 € spent of which 135 € on 6712: 10 800 € earned, 1 200 € of the 12 000 € received owed back.
      ['C-2025-009', 1_320_000, 120_000],
    ]);
    const c009 = ye.findings[1].figures;
    expect([c009.attributable, c009.spent, c009.ineligible, c009.received]).toEqual([1_080_000, 1_093_500, 13_500, 1_200_000]);
  });

  it('say why in words with the figures, in French and in English', () => {
    const ports = memoryPorts(snap);
    const fr = getYearEnd(ports, 2025, 'fr');
    expect(fr.proposals.find((p) => p.id === '2025-PAR-C-2025-002')?.reason).toBe(
      'C-2025-002 (Région Auvergne-Rhône-Alpes) : 18\u202f717,95\u202f€ attribuables au 31/12/2025 (28\u202f000,00\u202f€ × 365/546 jours ' +
        'de la convention du 01/01/2025 au 30/06/2026), 14\u202f000,00\u202f€ reçus : 4\u202f717,95\u202f€ restent à recevoir ' +
        '(versement prévu le 31/07/2026), au compte 4411 (financeur public).',
    );
    const en = getYearEnd(ports, 2025, 'en');
    expect(en.proposals.map((p) => p.kindLabel)).toEqual(['Accrued income', 'Transfer to restricted funds']);
    expect(en.findings[1].text).toContain('the €1,200.00 received beyond them are probably to be paid back');
    expect(fr.findings[1].text).toContain(
      '10\u202f935,00\u202f€ dépensés, dont 135,00\u202f€ inéligibles, soit 10\u202f800,00\u202f€ de dépenses justifiées',
    );
  });

  it('a foundation’s grant received for the next year is deferred (487), and used fonds dédiés come back through 789', () => {
    // Header: ID, Intitulé, Partenaire, Type, Action, Projet, Signée le, Début, Fin, Montant, Sens, Statut
    const [start, end] = [day('2025-07-01'), day('2026-06-30')];
    const multiYear: CellValue[] = [
      'C-2025-020',
      'Programme pluriannuel',
      'P-0003',
      'mécénat',
      'dossiers thématiques',
      'DT-EAU',
      start,
      start,
      end,
      10000,
      'recette',
      'en cours',
    ];
    const { book } = demoWith(snap, {
      Conventions: [multiYear],
      Journal: [[day('2025-07-10'), 'M-1', 'Mécénat pluriannuel', '7542', 'DT-EAU', 'C-2025-020', 'Fondation', 10000, '', 'banque']],
    });
    const p = yearEndProposals(book, 2025).proposals.filter((x) => x.convention === 'C-2025-020');
    // 184 of 365 days in 2025: 5 041,10 € attributable, 4 958,90 € received for 2026; nothing spent: all of 2025's share is dedicated.
    expect(p.map((x) => `${x.kind} ${x.amount} ${x.lines.map((l) => l.account).join('/')}`)).toEqual([
      'deferred 495890 7542/487',
      'dedicated 504110 6896/196',
    ]);
    // Accepted, then 3 000 € spent in 2026: they come out of the fonds dédiés first (196 → 7896).
    const sheets = Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)]));
    const accepted = new MemoryWorkbook({
      ...sheets,
      Conventions: [...sheets.Conventions, multiYear],
      Journal: [
        ...sheets.Journal,
        [day('2026-03-10'), 'M-2', 'Étude', '6226', 'DT-EAU', 'C-2025-020', 'Bureau d’études', '', 3000, 'banque'],
      ],
      "Écritures d'inventaire": [
        ['Exercice', 'ID', 'Date', 'Journal', 'Compte', 'Libellé', 'Débit', 'Crédit', 'Convention'],
        [2025, '2025-FD-C-2025-020', day('2025-12-31'), 'OD', '6896', 'Report', 5041.1, '', 'C-2025-020'],
        [2025, '2025-FD-C-2025-020', day('2025-12-31'), 'OD', '196', 'Report', '', 5041.1, 'C-2025-020'],
      ],
    });
    const use = yearEndProposals(readWorkbook(accepted), 2026).proposals.find(
      (x) => x.convention === 'C-2025-020' && x.kind === 'dedicatedUse',
    );
    expect(use && `${use.id} ${use.amount} ${use.lines.map((l) => l.account).join('/')}`).toBe('2026-UFD-C-2025-020 300000 196/7896');
  });

  it('writes accepted entries once into « Écritures d’inventaire », with their reversal, never into the Journal', () => {
    const ports = memoryPorts(snap);
    const journalBefore = ports.workbook.readSheet('Journal');
    const first = acceptYearEnd(ports, 2025, ['2025-PAR-C-2025-002'], 'request-0001');
    expect(first).toEqual({ year: 2025, written: ['2025-PAR-C-2025-002'], already: [], sheet: "Écritures d'inventaire" });
    // The same click twice, and the same entry asked again: nothing more is written.
    expect(acceptYearEnd(ports, 2025, ['2025-PAR-C-2025-002'], 'request-0001')).toEqual(first);
    expect(acceptYearEnd(ports, 2025, 'all', 'request-0002').written).toEqual(['2025-FD-C-2025-002']);
    expect(acceptYearEnd(ports, 2025, 'all', 'request-0003')).toMatchObject({ written: [], already: expect.any(Array) });
    expect(ports.workbook.readSheet('Journal')).toEqual(journalBefore);
    const rows = ports.workbook.readSheet("Écritures d'inventaire");
    expect(rows[0]).toEqual(['Exercice', 'ID', 'Date', 'Journal', 'Compte', 'Libellé', 'Débit', 'Crédit', 'Convention']);
    expect(rows.slice(1, 5).map((r) => [r[0], r[1], r[4], r[5], r[6], r[7]])).toEqual([
      [2025, '2025-PAR-C-2025-002', '4411', 'Produit à recevoir — C-2025-002', 4717.95, ''],
      [2025, '2025-PAR-C-2025-002', '741', 'Produit à recevoir — C-2025-002', '', 4717.95],
      [2026, '2025-PAR-C-2025-002-EXT', '4411', 'Extourne — Produit à recevoir — C-2025-002', '', 4717.95],
      [2026, '2025-PAR-C-2025-002-EXT', '741', 'Extourne — Produit à recevoir — C-2025-002', 4717.95, ''],
    ]);
    expect(rows).toHaveLength(1 + 4 + 2);
    const book = readWorkbook(ports.workbook);
    expect(getYearEnd(ports, 2025, 'fr').proposals.every((p) => p.accepted)).toBe(true);
    // As booked lines for the statement's accrual basis: 2025 gets the entries, 2026 the reversals.
    const lines2025 = yearEndLines(book, 2025);
    expect(lines2025.filter((l) => l.account === '741').reduce((s, l) => s + l.credit - l.debit, 0)).toBe(471_795);
    expect(lines2025.find((l) => l.account === '194')).toMatchObject({ project: 'ATLAS', convention: 'C-2025-002', credit: 1_271_795 });
    expect(
      yearEndLines(book, 2026)
        .filter((l) => l.account === '741')
        .reduce((s, l) => s + l.credit - l.debit, 0),
    ).toBe(-471_795);
  });

  it('once accepted, the report and the accountant’s pack are after year-end entries: title, result, bilan, FEC journal OD', () => {
    const ports = memoryPorts(snap);
    const cash = readWorkbook(ports.workbook);
    const cashResult = incomeStatement(cash, 2025).netResult;
    // The key figures say which result they show, in the statement title's words (after their commentary and table).
    const keyFiguresNote = (b: typeof cash) => {
      const blocks = buildAnnualReport(b, 2025, { lang: 'fr', generatedOn: '2026-01-15' as IsoDate }).blocks;
      const at = blocks.findIndex((x) => x.kind === 'heading' && x.text === 'Chiffres clés');
      expect(blocks.slice(at + 1, at + 3).map((x) => x.kind)).toEqual(['paragraph', 'table']);
      return blocks[at + 3];
    };
    expect(keyFiguresNote(cash)).toEqual({
      kind: 'paragraph',
      style: 'note',
      text: 'Produits, charges et résultat : Compte de résultat — comptabilité de trésorerie.',
    });
    expect(buildAccountantPack(cash, 2025, { today: TODAY }).files[0].content).not.toMatch(/^OD\t/m);
    acceptYearEnd(ports, 2025, 'all', 'request-0010');
    const book = readWorkbook(ports.workbook);
    const f = annualFigures(book, 2025, '2026-01-15' as IsoDate);
    expect(f.statement.basis).toBe('accrual');
    // 4 717,95 € receivable on 741, 12 717,95 € into fonds dédiés (6894): the result loses 8 000,00 €.
    expect(f.statement.netResult - cashResult).toBe(471_795 - 1_271_795);
    expect(f.balanceSheet).not.toBeNull();
    // The report sidebar's preview shows the totals the document will show.
    const preview = previewAnnualReport(
      { ...ports, requests: { get: () => null } as never, documents: { urlOf: () => '' } as never },
      2025,
      'fr',
    );
    expect([preview.totalIncome, preview.totalCharges, preview.netResult]).toEqual([
      f.statement.totalIncome,
      f.statement.totalCharges,
      f.statement.netResult,
    ]);
    const doc = JSON.stringify(buildAnnualReport(book, 2025, { lang: 'fr', generatedOn: '2026-01-15' as IsoDate }));
    expect(doc).toContain('Compte de résultat — après écritures d’inventaire');
    expect(keyFiguresNote(book)).toMatchObject({
      text: 'Produits, charges et résultat : Compte de résultat — après écritures d’inventaire.',
    });
    const fec = buildAccountantPack(book, 2025, { today: TODAY }).files[0];
    expect(fec.name).toMatch(/FEC20251231/);
    const od = fec.content.split(/\r?\n/).filter((l) => l.startsWith('OD\t'));
    expect(od).toHaveLength(4);
    // Each line says what the sheet's Libellé and ID say (« — » is latin-9's « - »); the funder is an
    // auxiliary account on the receivable only, never on 741; every line validated on its own date.
    const cells = (l: string) => l.split('\t');
    expect(od.slice(0, 2).map((l) => [4, 6, 7, 8, 10, 15].map((i) => cells(l)[i]))).toEqual([
      ['4411', 'P-0002', 'Région Auvergne-Rhône-Alpes', '2025-PAR-C-2025-002', 'Produit à recevoir - C-2025-002', '20251231'],
      ['741', '', '', '2025-PAR-C-2025-002', 'Produit à recevoir - C-2025-002', '20251231'],
    ]);
    expect(cells(od[2])[10]).toBe('Report en fonds dédiés - C-2025-002');
    // 2024's accounts are not touched: nothing accepted for that year.
    expect(annualFigures(book, 2024, '2026-01-15' as IsoDate).statement.basis).toBe('cash');
  });

  it('refuses an ID that is not proposed, writing nothing', () => {
    const ports = memoryPorts(snap);
    expect(() => acceptYearEnd(ports, 2025, ['2025-PAR-C-2025-001'], 'request-0009')).toThrow(
      /n'est pas une écriture d'inventaire proposée pour 2025/,
    );
    expect(ports.workbook.sheetNames()).not.toContain("Écritures d'inventaire");
    // A year whose closing has not come (today is 15/01/2026 here) has nothing to accept yet.
    expect(() => acceptYearEnd(ports, 2026, 'all', 'request-0011')).toThrow(/L’exercice 2026 n’est pas clos \(clôture le 31\/12\/2026\)/);
    expect(() => acceptYearEnd(ports, 2100, 'all', 'request-0012')).toThrow(/n’est pas clos/);
    expect(ports.workbook.sheetNames()).not.toContain("Écritures d'inventaire");
  });
});
