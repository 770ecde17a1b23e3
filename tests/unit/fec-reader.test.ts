/**
 * The FEC as a tax checker reads it (LPF art. A47 A-1; docs/domain.md, FEC): a reader written here
 * from the specification, sharing nothing with shared/exports/fec.ts, reads the bytes the writer
 * puts on disk (scripts/files.ts) as ISO 8859-15 and checks the header, the encoding, the
 * accounts, the balances, the numbering and the AN journal against raw cells.
 */
import { buildAccountantPack } from '../../shared/exports/pack';
import type { BookedLine } from '../../shared/ledger/booking';
import { fileBytes } from '../../scripts/files';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { DEMO, day, demoWith, TODAY } from '../helpers/demo';
import { rawCarriedOpening, rawJournal, rawOpening, type RawLine, SUBSIDY_RECEIVABLE } from '../helpers/raw-journal';

const FIELDS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

type FecRecord = Record<(typeof FIELDS)[number], string> & { debit: number; credit: number };

/** Reads an FEC file's bytes: ISO 8859-15, CRLF lines, tab-separated, a header of the 18 fields, amounts with a decimal comma. */
function readFecFile(bytes: Uint8Array): { header: string[]; records: FecRecord[]; text: string } {
  const text = new TextDecoder('iso-8859-15', { fatal: true }).decode(bytes);
  expect(text.endsWith('\r\n')).toBe(true);
  const [head, ...lines] = text.slice(0, -2).split('\r\n');
  const header = head.split('\t');
  const amount = (s: string) => {
    const m = /^(\d+),(\d{2})$/.exec(s);
    if (!m) throw new Error(`montant illisible : ${s}`);
    return Number(m[1]) * 100 + Number(m[2]);
  };
  const records = lines.map((line) => {
    const fields = line.split('\t');
    expect(fields).toHaveLength(18);
    const r = Object.fromEntries(header.map((h, i) => [h, fields[i]])) as Record<(typeof FIELDS)[number], string>;
    return { ...r, debit: amount(r.Debit), credit: amount(r.Credit) };
  });
  return { header, records, text };
}

let snap: XlsxSnapshot;
let raw: RawLine[];
beforeAll(async () => {
  snap = await readXlsx(DEMO);
  raw = rawJournal(snap);
});

function fecOf(year: number, yearEnd?: BookedLine[], extra: Parameters<typeof demoWith>[1] = {}) {
  const { book } = demoWith(snap, extra);
  const fec = buildAccountantPack(book, year, { today: TODAY, yearEnd }).files.find((f) => f.name.endsWith('.txt'));
  if (!fec) throw new Error('no FEC');
  const bytes = fileBytes(fec);
  expect(Buffer.isBuffer(bytes)).toBe(true);
  return { fec, bytes: bytes as Buffer, ...readFecFile(bytes as Buffer) };
}

describe('the FEC of the demo, read back by an independent reader', () => {
  it('has the 18 fields in the legal order and is ISO 8859-15, one byte a character', () => {
    const { header, bytes, text, fec } = fecOf(2025, SUBSIDY_RECEIVABLE);
    expect(header).toEqual(FIELDS);
    expect(text).toBe(fec.content);
    expect(bytes.length).toBe(fec.content.length);
    // « Sécurité », « Région » : é is the byte E9, never UTF-8's C3 A9.
    expect(bytes.includes(0xe9)).toBe(true);
    expect(bytes.includes(Buffer.from([0xc3, 0xa9]))).toBe(false);
  });

  it('numbers accounts with at least three digits, never 53', () => {
    const { records } = fecOf(2025, SUBSIDY_RECEIVABLE);
    for (const r of records) expect(r.CompteNum).toMatch(/^\d{3}/);
    expect(records.some((r) => r.CompteNum === '530')).toBe(true);
  });

  it('balances each entry and the whole file; numbers each journal continuously; entries in date order', () => {
    const { records } = fecOf(2025, SUBSIDY_RECEIVABLE);
    const entries = new Map<string, number>();
    for (const r of records)
      entries.set(`${r.JournalCode} ${r.EcritureNum}`, (entries.get(`${r.JournalCode} ${r.EcritureNum}`) ?? 0) + r.debit - r.credit);
    for (const [entry, gap] of entries) expect([entry, gap]).toEqual([entry, 0]);
    expect(records.reduce((s, r) => s + r.debit, 0)).toBe(records.reduce((s, r) => s + r.credit, 0));
    const numbers = new Map<string, number[]>();
    for (const key of entries.keys()) {
      const [journal, number] = key.split(' ');
      numbers.set(journal, [...(numbers.get(journal) ?? []), Number(number.split('-')[1])]);
    }
    expect([...numbers.keys()].sort()).toEqual(['AN', 'BQ', 'CA', 'OD']);
    for (const list of numbers.values()) expect(list).toEqual(list.map((_, i) => i + 1));
    const dates = records.map((r) => r.EcritureDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('20250101');
  });

  it('opens with the AN journal carrying the opening balances, computed here from the raw cells', () => {
    const an = (year: number) => {
      const out = new Map<string, number>();
      for (const r of fecOf(year).records.filter((x) => x.JournalCode === 'AN')) out.set(r.CompteNum, r.debit - r.credit);
      return out;
    };
    expect(an(2025)).toEqual(rawCarriedOpening(snap, raw, 2025));
    expect(an(2024)).toEqual(rawOpening(snap, 2024));
  });

  it('dates every line (ValidDate is mandatory): what was validated on its own date, the rest on the day of the export', () => {
    const valid = (records: FecRecord[], journal: string) => [
      ...new Set(records.filter((r) => r.JournalCode === journal).map((r) => r.ValidDate)),
    ];
    const y2025 = fecOf(2025, SUBSIDY_RECEIVABLE).records;
    for (const r of y2025) expect(r.ValidDate).toMatch(/^\d{8}$/);
    // The export's day (the fixed clock's 2026-01-15) for the cash book and the carried opening.
    expect(valid(y2025, 'BQ')).toEqual(['20260115']);
    expect(valid(y2025, 'CA')).toEqual(['20260115']);
    expect(valid(y2025, 'AN')).toEqual(['20260115']);
    expect(valid(y2025, 'OD')).toEqual(['20251231']);
    expect(valid(fecOf(2024).records, 'AN')).toEqual(['20240101']);
  });

  it('puts auxiliary accounts only on third-party lines (class 4), and transliterates what latin-9 lacks', () => {
    const { records } = fecOf(2025, SUBSIDY_RECEIVABLE, {
      Journal: [
        [day('2025-06-30'), 'C-99', 'Réunion ‘Œuvres’ – Łódź… 🎉', '62', 'FONC', '', 'Maison d’Europe', '', 42, 'caisse'],
        [day('2025-07-01'), 'C-98', 'Facture Imprimerie Durand', '401', 'FONC', '', 'Imprimerie Durand', '', 120, 'caisse'],
      ],
    });
    // Auxiliary accounts subdivide third-party accounts: never on a charge, a product, the bank or the cash.
    const withAux = records.filter((r) => r.CompAuxNum !== '' || r.CompAuxLib !== '');
    expect(withAux.length).toBeGreaterThan(0);
    for (const r of withAux) expect(r.CompteNum).toMatch(/^4/);
    // The year-end receivable's third party is its convention's partner (C-2025-001: P-0001).
    const od = records.filter((r) => r.JournalCode === 'OD');
    expect(od.map((r) => [r.CompteNum, r.CompAuxNum, r.CompAuxLib, r.EcritureLib, r.PieceRef])).toEqual([
      ['4411', 'P-0001', 'Ville de Grenoble', 'Subvention Région 2025 à recevoir', 'INV-2025-01'],
      ['741', '', '', 'Subvention Région 2025 à recevoir', 'INV-2025-01'],
    ]);
    const added = records.filter((r) => r.PieceRef === 'C-99' || r.PieceRef === 'C-98');
    expect(added.map((r) => [r.CompteNum, r.EcritureLib, r.CompAuxNum, r.CompAuxLib, r.Debit, r.Credit])).toEqual([
      ['620', "Réunion 'Œuvres' - Lódz... ?", '', '', '42,00', '0,00'],
      ['530', "Réunion 'Œuvres' - Lódz... ?", '', '', '0,00', '42,00'],
      ['401', 'Facture Imprimerie Durand', 'TIMPRIMERIEDURAND', 'Imprimerie Durand', '120,00', '0,00'],
      ['530', 'Facture Imprimerie Durand', '', '', '0,00', '120,00'],
    ]);
  });
});
