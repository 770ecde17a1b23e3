/**
 * A realistic year of a bank account for the reconciliation tests: a Journal of 486 bank lines
 * (480 on the statement, 6 cheques not yet cashed) and the bank's CSV of 500 lines (the 480,
 * each a few days later and labelled the bank's way, plus 20 the books do not have: fees,
 * interest, unknown transfers), with a running Solde from an opening balance of 10 000,00 €.
 */
import type { CellValue } from '../../shared/sheets/ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';

export const JOURNAL_HEADER = ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Tiers', 'Recette', 'Dépense', 'Moyen'];
export const STATEMENT_OPENING = 1_000_000;

/** Deterministic pseudo-random numbers (a test must not change from one run to the next). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Day `n` of 2025 (0 = 1 January) as `YYYY-MM-DD`. */
export function day2025(n: number): string {
  const d = new Date(Date.UTC(2025, 0, 1 + n));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** Cents as a French bank writes them: `-1 234,56`. */
export function frAmount(cents: number): string {
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${cents < 0 ? '-' : ''}${units},${pad(abs % 100)}`;
}

interface Movement {
  day: number;
  amount: number;
  label: string;
  bankLabel: string;
  voucher: string;
  account: string;
}

/** The bank's extra lines, with what the reconciliation should propose for each (null: nothing). */
export const EXTRAS: readonly { day: number; amount: number; label: string; account: string | null }[] = [
  { day: 30, amount: -1250, label: 'FRAIS TENUE DE COMPTE', account: '627' },
  { day: 58, amount: -1250, label: 'FRAIS TENUE DE COMPTE', account: '627' },
  { day: 89, amount: -1250, label: 'FRAIS TENUE DE COMPTE', account: '627' },
  { day: 45, amount: -800, label: 'COMMISSION INTERVENTION', account: '627' },
  { day: 120, amount: -4500, label: 'COTISATION CARTE VISA ASSO', account: '627' },
  { day: 150, amount: -1250, label: 'FRAIS TENUE DE COMPTE', account: '627' },
  { day: 200, amount: -350, label: 'Frais virement SEPA étranger', account: '627' },
  { day: 250, amount: -800, label: 'COMMISSION INTERVENTION', account: '627' },
  { day: 180, amount: 1234, label: 'INTERETS CREDITEURS LIVRET', account: '768' },
  { day: 364, amount: 2210, label: 'Intérêts créditeurs 2025', account: '768' },
  { day: 12, amount: 15000, label: 'VIR SEPA M DUPONT', account: null },
  { day: 33, amount: -6000, label: 'PRLV SEPA ORANGE', account: null },
  { day: 77, amount: 50000, label: 'VIR INST FONDATION X', account: null },
  { day: 101, amount: -2399, label: 'CB LIBRAIRIE 12/04', account: null },
  { day: 140, amount: -19900, label: 'PRLV SEPA OVH', account: null },
  { day: 190, amount: 3000, label: 'REMISE CHEQUE 1234567', account: null },
  { day: 222, amount: -4590, label: 'CB SNCF INTERNET', account: null },
  { day: 280, amount: 100000, label: 'VIR SEPA REGION AURA', account: null },
  { day: 300, amount: -1500, label: '=HYPERLINK("http://x")', account: null },
  { day: 340, amount: -7800, label: '<img src=x onerror=alert(1)>', account: null },
];

/** The 486 Journal bank lines: 480 cleared, then 6 cheques not yet cashed (the last). */
export function movements(): Movement[] {
  const r = rng(12);
  const out: Movement[] = [];
  for (let i = 0; i < 486; i++) {
    const income = r() < 0.3;
    // Round amounts repeat (35,00 € membership fees): the date and the label must then choose.
    const amount = i % 10 === 0 && i < 480 ? 3500 : Math.round(500 + r() * 300_000);
    const day = i < 480 ? Math.floor((i * 355) / 480) : 350 + (i - 480);
    const n = String(i + 1).padStart(3, '0');
    const label = income ? `Cotisation adhérent ${n}` : `Facture fournisseur ${n}`;
    const bankLabel = income ? `VIR SEPA COTISATION ADHERENT ${n}` : `PRLV SEPA FACTURE FOURNISSEUR ${n}`;
    out.push({ day, amount: income ? amount : -amount, label, bankLabel, voucher: `2025-${n}`, account: income ? '756' : '6064' });
  }
  return out;
}

export function journalRows(list: readonly Movement[]): CellValue[][] {
  return [
    JOURNAL_HEADER,
    ...list.map((m) => [
      fr(day2025(m.day)),
      m.voucher,
      m.label,
      m.account,
      '',
      '',
      '',
      m.amount > 0 ? m.amount / 100 : '',
      m.amount < 0 ? -m.amount / 100 : '',
      'banque',
    ]),
  ];
}

/** The bank's CSV: a few lines about the account, then the table, oldest first, with a running Solde. */
export function bankCsv(list: readonly Movement[] = movements()): string {
  const r = rng(7);
  const lines = [
    ...list.slice(0, 480).map((m) => ({ day: m.day + Math.floor(r() * 4), amount: m.amount, label: m.bankLabel })),
    ...EXTRAS.map((e) => ({ day: e.day, amount: e.amount, label: e.label })),
  ].sort((a, b) => a.day - b.day);
  let balance = STATEMENT_OPENING;
  const body = lines.map((l) => {
    balance += l.amount;
    const label = l.label.includes(';') || l.label.includes('"') ? `"${l.label.replace(/"/g, '""')}"` : l.label;
    return [
      fr(day2025(l.day)),
      label,
      l.amount < 0 ? frAmount(-l.amount) : '',
      l.amount > 0 ? frAmount(l.amount) : '',
      frAmount(balance),
    ].join(';');
  });
  return [
    'Compte courant n° 00012345678;;;;',
    'Période du 01/01/2025 au 31/12/2025;;;;',
    '',
    'Date;Libellé;Débit euros;Crédit euros;Solde',
    ...body,
    '',
  ].join('\r\n');
}

export function bankWorkbook(list: readonly Movement[] = movements()): MemoryWorkbook {
  return new MemoryWorkbook({
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ["Nom de l'association", 'Banque test'],
    ],
    Journal: journalRows(list),
  });
}
