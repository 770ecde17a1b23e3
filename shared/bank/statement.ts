/**
 * The lines of the Relevés sheet as the reconciliation reads them, and how a line is known again
 * (re-import, ticking after rows moved): by the bank's own reference when it has one, else by
 * date + amount + label + its occurrence among identical lines (docs/domain.md, "Bank reconciliation").
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { IsoDate } from '../values/dates';
import type { Cents } from '../values/money';
import { normalizeLabel } from '../values/text';

/** The bank account a statement line is on when its Compte is blank. */
export const DEFAULT_BANK_ACCOUNT = '512';

export interface StatementLine {
  /** 1-based row in Relevés. */
  readonly row: number;
  readonly account: string;
  readonly date: IsoDate;
  readonly label: string;
  /** Signed: + money in (crédit), − money out (débit). */
  readonly amount: Cents;
  readonly balance: Cents | null;
  readonly reference: string;
  /** What Pointé holds ('' when not ticked). */
  readonly ticked: string;
  /** The line's identity (see `identify`). */
  readonly key: string;
}

/** What identifies a line, before its occurrence is counted. */
export interface LineIdentity {
  readonly date: IsoDate;
  readonly amount: Cents;
  readonly label: string;
  readonly reference: string;
}

/** The identity keys of lines in their order: the reference, or date|amount|label|n for the n-th identical line. */
export function identify(lines: readonly LineIdentity[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    if (l.reference !== '') return `ref:${l.reference}`;
    const base = `${l.date}|${l.amount}|${normalizeLabel(l.label)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}|${n}`;
  });
}

/** Montant, or Crédit − Débit (a débit typed negative counts the same); null when the row has none. */
export function signedAmount(r: { amount: Cents | null; debit: Cents | null; credit: Cents | null }): Cents | null {
  if (r.amount !== null) return r.amount;
  if (r.debit === null && r.credit === null) return null;
  return (r.credit ?? 0) - Math.abs(r.debit ?? 0);
}

/** The readable lines of Relevés, in sheet order; `unreadable` counts the rows without a date or an amount. */
export function statementLines(book: ParsedWorkbook): { lines: StatementLine[]; unreadable: number[] } {
  const unreadable: number[] = [];
  const kept: Omit<StatementLine, 'key'>[] = [];
  for (const r of book.bankStatement.records) {
    const amount = signedAmount(r);
    if (r.date === null || amount === null) {
      unreadable.push(r.row);
      continue;
    }
    kept.push({
      row: r.row,
      account: r.account ?? DEFAULT_BANK_ACCOUNT,
      date: r.date,
      label: r.label ?? '',
      amount,
      balance: r.balance,
      reference: r.reference ?? '',
      ticked: r.ticked ?? '',
    });
  }
  const keys = identify(kept);
  return { lines: kept.map((l, i) => ({ ...l, key: keys[i] })), unreadable };
}
