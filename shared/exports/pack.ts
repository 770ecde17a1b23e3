/**
 * The accountant's year-end pack (docs/domain.md, "What the accountant expects at year end"):
 * FEC, general ledger, trial balance, budget vs actual, volunteer valuation, subsidies and
 * unspent amounts, an index of vouchers, and the Journal lines that could not be booked.
 * Every table reads the same booked lines (shared/ledger/booking.ts). The files are for a French
 * accountant: their names, column headers and contents stay French whatever the language. What
 * the user reads of the pack — each file's description and the checklist — follows the user's
 * language (Paramètres › Langue, or the CLI's --lang): shared/i18n/<lang>/pack.ts.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { budgetVsActual, offBudget, type BudgetVsActual, type OffBudget } from '../ledger/budget';
import { fiscalYearBounds } from '../ledger/fiscal-years';
import type { Cents } from '../values/money';
import type { IsoDate } from '../values/dates';
import { subsidiesOfYear } from '../ledger/subsidies';
import { volunteerValuation } from '../ledger/volunteering';
import { yearEndProposals } from '../ledger/year-end';
import { acceptedYearEnd } from '../ledger/year-end-accepted';
import { toCsv } from './csv';
import { bookYear, type Entry, type Excluded } from '../ledger/booking';
import { catalogue } from '../i18n/catalogue';
import type { ChecklistKey, PackMessages } from '../i18n/fr/pack';
import type { Lang } from '../i18n/lang';
import { refusal, Refusal } from '../i18n/refusal';
import { auxiliaryResolver, writeFec } from './fec';
import { yearBooks } from '../ledger/books';
import type { YearEndLines } from '../ledger/opening';
import { cents, date, num, text, type ExportCell, type ExportTable } from './export-table';

export interface PackFile {
  readonly name: string;
  readonly mimeType: 'text/csv' | 'text/plain';
  readonly content: string;
  /** How the writer encodes `content`: UTF-8 unless said (the FEC is ISO 8859-15, `encodeLatin9`). */
  readonly encoding?: 'iso-8859-15';
  readonly description: string;
  /** The table behind a CSV, for adapters that make a spreadsheet of it. */
  readonly table?: ExportTable;
}

export interface ChecklistItem {
  /** What is checked, whatever the language. */
  readonly key: ChecklistKey;
  readonly label: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface AccountantPack {
  readonly year: number;
  readonly files: PackFile[];
  readonly checklist: ChecklistItem[];
  readonly excluded: readonly Excluded[];
  readonly entries: number;
}

function generalLedger(entries: readonly Entry[], year: number): ExportTable {
  const lines = entries.flatMap((e) => e.lines.map((l) => ({ e, l })));
  lines.sort(
    (a, b) =>
      a.l.account.localeCompare(b.l.account) ||
      (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : 0) ||
      a.e.number.localeCompare(b.e.number),
  );
  let account = '';
  let balance = 0;
  const rows = lines.map(({ e, l }) => {
    if (l.account !== account) {
      account = l.account;
      balance = 0;
    }
    balance += l.debit - l.credit;
    return [
      text(l.account),
      text(l.accountLabel),
      date(e.date),
      text(e.journal.code),
      text(e.number),
      text(e.voucher),
      text(e.label),
      cents(l.debit),
      cents(l.credit),
      cents(balance),
    ];
  });
  return {
    name: `grand-livre-${year}`,
    title: `Grand livre ${year}`,
    headers: ['Compte', 'Intitulé du compte', 'Date', 'Journal', 'N° écriture', 'Pièce', 'Libellé', 'Débit', 'Crédit', 'Solde'],
    rows,
  };
}

function trialBalance(entries: readonly Entry[], year: number): ExportTable {
  const accounts = new Map<string, { label: string; debit: Cents; credit: Cents }>();
  for (const e of entries)
    for (const l of e.lines) {
      const a = accounts.get(l.account) ?? { label: l.accountLabel, debit: 0, credit: 0 };
      a.debit += l.debit;
      a.credit += l.credit;
      accounts.set(l.account, a);
    }
  const sorted = [...accounts.entries()].sort(([a], [b]) => a.localeCompare(b));
  let debit = 0,
    credit = 0;
  const rows = sorted.map(([account, a]) => {
    debit += a.debit;
    credit += a.credit;
    const net = a.debit - a.credit;
    return [text(account), text(a.label), cents(a.debit), cents(a.credit), cents(net > 0 ? net : 0), cents(net < 0 ? -net : 0)];
  });
  rows.push([text('Total'), null, cents(debit), cents(credit), null, null]);
  return {
    name: `balance-${year}`,
    title: `Balance ${year}`,
    headers: ['Compte', 'Intitulé', 'Débit', 'Crédit', 'Solde débiteur', 'Solde créditeur'],
    rows,
  };
}

function budgetRow(b: BudgetVsActual): ExportCell[] {
  const planned = b.plannedCharge || b.plannedIncome;
  const actual = b.plannedCharge ? b.actualCharge : b.actualIncome;
  const gap = actual - planned;
  return [
    text(b.project),
    text(b.account),
    text(b.label),
    cents(b.plannedCharge || null),
    cents(b.plannedCharge ? b.actualCharge : null),
    cents(b.plannedIncome || null),
    cents(b.plannedIncome ? b.actualIncome : null),
    cents(gap),
    num(planned ? Math.round((gap * 1000) / planned) / 10 : null),
  ];
}

/** What no budget line covers, so that the table's réalisé adds up to the compte de résultat. */
function offBudgetRow(o: OffBudget): ExportCell[] {
  return [text(o.project), null, text('Hors budget'), null, cents(o.actualCharge), null, cents(o.actualIncome), null, null];
}

/** On the basis of the balance and the FEC: with `yearEnd`, the accepted year-end lines are actuals too. */
function budgetTable(book: ParsedWorkbook, year: number, yearEnd: YearEndLines | undefined): ExportTable {
  const rows = [...budgetVsActual(book, year, yearEnd).map(budgetRow), ...offBudget(book, year, yearEnd).map(offBudgetRow)];
  return {
    name: `budget-realise-${year}`,
    title: `Budget et réalisé ${year}`,
    headers: [
      'Projet',
      'Compte',
      'Libellé',
      'Charge prévue',
      'Charge réalisée',
      'Produit prévu',
      'Produit réalisé',
      'Écart (€)',
      'Écart (%)',
    ],
    rows,
  };
}

function volunteerTable(book: ParsedWorkbook, year: number): ExportTable {
  const v = volunteerValuation(book, year);
  const rows = v.projects.map((p) => [text(p.project || '(sans projet)'), num(p.hours), cents(v.rate), cents(p.value), cents(p.value)]);
  rows.push([text('Total'), num(v.hours), cents(v.rate), cents(v.value), cents(v.value)]);
  return {
    name: `benevolat-${year}`,
    title: `Valorisation du bénévolat ${year}`,
    headers: ['Projet', 'Heures', 'Taux horaire', '864 Personnel bénévole', '875 Bénévolat'],
    rows,
  };
}

function subsidiesTable(book: ParsedWorkbook, year: number): ExportTable {
  const dedicated = new Map(
    yearEndProposals(book, year)
      .proposals.filter((p) => p.kind === 'dedicated')
      .map((p) => [p.convention, p.amount]),
  );
  const rows = subsidiesOfYear(book, year).map((s) => [
    text(s.convention),
    text(s.funder),
    text(s.project),
    cents(s.requested),
    cents(s.granted),
    cents(s.receivedInYear),
    cents(s.spentInYear),
    cents(s.unspent),
    cents(dedicated.get(s.convention) ?? 0),
  ]);
  return {
    name: `subventions-${year}`,
    title: `Subventions et fonds dédiés ${year}`,
    headers: [
      'Convention',
      'Financeur',
      'Projet',
      'Demandé',
      'Accordé',
      `Reçu en ${year}`,
      `Dépensé en ${year}`,
      'Non utilisé',
      'Fonds dédiés proposés (ressources affectées)',
    ],
    rows,
  };
}

function vouchersTable(entries: readonly Entry[], year: number): { table: ExportTable; missing: number } {
  let missing = 0;
  const rows = entries.map((e) => {
    const amount = e.lines.reduce((s, l) => s + l.debit, 0);
    const state = !e.voucher ? 'pièce non numérotée' : !e.receipt ? 'justificatif manquant' : '';
    if (state) missing += 1;
    return [text(e.voucher), date(e.date), text(e.number), text(e.label), text(e.party), cents(amount), text(e.receipt), text(state)];
  });
  return {
    table: {
      name: `pieces-${year}`,
      title: `Index des pièces ${year}`,
      headers: ['Pièce', 'Date', 'N° écriture', 'Libellé', 'Tiers', 'Montant', 'Justificatif', 'À compléter'],
      rows,
    },
    missing,
  };
}

/**
 * The Journal lines left out of booking, with what they hold, so that the accountant, who does
 * not have the workbook, sees what is missing: an unreadable cell as typed (`31/02/2025`).
 */
function excludedTable(book: ParsedWorkbook, excluded: readonly Excluded[], year: number): ExportTable {
  const ledger = book.ledger;
  const wanted = new Set(excluded.map((x) => x.row));
  const records = new Map(ledger.records.filter((r) => wanted.has(r.row)).map((r) => [r.row, r]));
  const reasons = catalogue('fr').report.exclusionReasons;
  const rows = excluded.map((x) => {
    const r = records.get(x.row);
    const typed = ledger.invalidText.get(x.row);
    const cell = (key: string, read: ExportCell): ExportCell => (typed?.has(key) ? text(typed.get(key)) : read);
    return [
      num(x.row),
      cell('date', date(r?.date)),
      cell('voucher', text(r?.voucher)),
      cell('label', text(r?.label)),
      cell('account', text(r?.account)),
      cell('income', cents(r?.income)),
      cell('expense', cents(r?.expense)),
      text(reasons[x.reason]),
    ];
  });
  return {
    name: `lignes-ecartees-${year}`,
    title: `Lignes du Journal non reprises ${year}`,
    headers: ['Ligne du Journal', 'Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense', 'Motif'],
    rows,
  };
}

const csv = (table: ExportTable, description: string): PackFile => ({
  name: `${table.name}.csv`,
  mimeType: 'text/csv',
  content: toCsv(table),
  description,
  table,
});

/** The FEC file (AN, BQ, CA, OD), or why it was not produced (a refusal's sentence in the checklist). */
function fecFile(
  entries: readonly Entry[],
  book: ParsedWorkbook,
  year: number,
  today: IsoDate,
  t: PackMessages,
  lang: Lang,
): { file: PackFile | null; check: ChecklistItem } {
  const check = (ok: boolean, detail: string): ChecklistItem => ({ key: 'fec', label: t.labels.fec, ok, detail });
  try {
    const auxiliary = auxiliaryResolver(book.partners.records, book.conventions.records);
    const fec = writeFec(entries, year, book.settings, { today, auxiliary });
    const file: PackFile = {
      name: fec.name,
      mimeType: 'text/plain',
      content: fec.content,
      encoding: 'iso-8859-15',
      description: t.files.fec(fec.lines),
    };
    return { file, check: check(true, t.fecReady(fec.name, entries.length)) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return { file: null, check: check(false, e.text(lang)) };
  }
}

interface Done {
  readonly entries: number;
  readonly excluded: readonly Excluded[];
  readonly missingVouchers: number;
  readonly email: string | null;
  readonly reportReady?: boolean;
}

/** What is ready and what is missing, after the FEC. */
function checklistAfterFec(d: Done, t: PackMessages): ChecklistItem[] {
  const item = (key: ChecklistKey, ok: boolean, detail: string): ChecklistItem => ({ key, label: t.labels[key], ok, detail });
  const rows = d.excluded.map((x) => x.row);
  const items = [
    item('journal', rows.length === 0, rows.length === 0 ? t.journalBooked(d.entries) : t.journalExcluded(rows)),
    item('vouchers', d.missingVouchers === 0, d.missingVouchers === 0 ? t.vouchersComplete() : t.vouchersMissing(d.missingVouchers)),
    item('email', d.email !== null, d.email ?? t.emailMissing()),
  ];
  if (d.reportReady !== undefined) items.push(item('report', d.reportReady, d.reportReady ? t.reportJoined() : t.reportMissing()));
  return items;
}

/**
 * Builds the whole pack of a fiscal year; refuses (`packYearEmpty`) when the year has no Journal
 * line. `lang` (by default the book's, Paramètres › Langue) is the language of the descriptions
 * and the checklist, not of the files. The FEC, the general ledger and the trial balance start
 * from the opening balances (AN) and end with `yearEnd`, the accepted year-end entries (OD).
 * `today` (the clock's) is the day the pack is made: the FEC's ValidDate of the lines no one
 * validated before (docs/domain.md, FEC).
 */
export function buildAccountantPack(
  book: ParsedWorkbook,
  year: number,
  opts: { today: IsoDate; reportReady?: boolean; lang?: Lang; yearEnd?: YearEndLines },
): AccountantPack {
  const { entries, excluded } = bookYear(book, year);
  const yearEnd = opts.yearEnd ?? acceptedYearEnd(book, year);
  const books = yearBooks(book, year, yearEnd);
  if (entries.length === 0) {
    const { first, last } = fiscalYearBounds(year, book.settings.fiscalYearStart);
    throw refusal('packYearEmpty', year, first, last);
  }
  const lang = opts.lang ?? book.settings.language;
  const t = catalogue(lang).pack;
  const fec = fecFile(books.entries, book, year, opts.today, t, lang);
  const vouchers = vouchersTable(entries, year);
  const files: PackFile[] = [
    ...(fec.file ? [fec.file] : []),
    csv(generalLedger(books.entries, year), t.files.generalLedger),
    csv(trialBalance(books.entries, year), t.files.trialBalance),
    csv(budgetTable(book, year, yearEnd), t.files.budget),
    csv(volunteerTable(book, year), t.files.volunteering),
    csv(subsidiesTable(book, year), t.files.subsidies),
    csv(vouchers.table, t.files.vouchers),
    ...(excluded.length > 0 ? [csv(excludedTable(book, excluded, year), t.files.excluded)] : []),
  ];
  const done = { entries: entries.length, excluded, missingVouchers: vouchers.missing, email: book.settings.accountantEmail };
  const checklist = [fec.check, ...checklistAfterFec({ ...done, reportReady: opts.reportReady }, t)];
  return { year, files, checklist, excluded, entries: entries.length };
}
