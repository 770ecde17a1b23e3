/**
 * Matching statement lines with booked bank lines, one to one (docs/domain.md, "Bank
 * reconciliation"): the same signed amount first (an index by amount keeps it linear), then the
 * nearest date within ±DATE_WINDOW_DAYS, then the most similar label; a line already ticked with
 * a Journal line's pièce (or row) keeps that line.
 */
import { normalizeLabel } from '../values/text';
import { dayNumber } from '../values/dates';
import { pointerOf, type BookBankLine } from './book-lines';
import type { StatementLine } from './statement';

/** How many days a bank line may be away from its Journal line (a cheque cashed a week later). */
export const DATE_WINDOW_DAYS = 7;
/** Candidates looked at per statement line: the nearest ones in date. */
const MAX_CANDIDATES = 32;

export interface Pair {
  readonly statement: number;
  readonly book: number;
}

/** Days since 1970 of a `YYYY-MM-DD`. */
function trigrams(text: string): Set<string> {
  const t = ` ${normalizeLabel(text)} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

/** Dice coefficient of the labels' letter trigrams: 1 the same words, 0 nothing in common. */
export function labelSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Book lines by amount, each list in date order. */
function indexByAmount(book: readonly BookBankLine[], days: readonly number[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  book.forEach((b, i) => {
    const list = index.get(b.amount);
    if (list) list.push(i);
    else index.set(b.amount, [i]);
  });
  for (const list of index.values()) list.sort((a, b) => days[a] - days[b] || book[a].row - book[b].row);
  return index;
}

/** First position in `list` whose day is ≥ `day`. */
function lowerBound(list: readonly number[], days: readonly number[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[list[mid]] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Candidate {
  readonly s: number;
  readonly b: number;
  readonly gap: number;
  sim: number;
}

/** Lines ticked earlier keep the Journal line their Pointé names, when it has the same amount. */
function keepTicked(statement: readonly StatementLine[], book: readonly BookBankLine[], used: Set<number>, pairs: Pair[]): Set<number> {
  const done = new Set<number>();
  const byPointer = new Map<string, number[]>();
  book.forEach((b, i) => {
    const key = `${pointerOf(b)}|${b.amount}`;
    const list = byPointer.get(key);
    if (list) list.push(i);
    else byPointer.set(key, [i]);
  });
  statement.forEach((s, i) => {
    if (s.ticked === '') return;
    const b = (byPointer.get(`${s.ticked}|${s.amount}`) ?? []).find((k) => !used.has(k));
    if (b === undefined) return;
    used.add(b);
    done.add(i);
    pairs.push({ statement: i, book: b });
  });
  return done;
}

/** Every (statement, book) pair of the same amount within the window, nearest first, at most MAX_CANDIDATES per line. */
function candidates(
  statement: readonly StatementLine[],
  book: readonly BookBankLine[],
  skipS: Set<number>,
  usedB: Set<number>,
): Candidate[] {
  const bookDays = book.map((b) => dayNumber(b.date));
  const index = indexByAmount(book, bookDays);
  const out: Candidate[] = [];
  statement.forEach((s, i) => {
    if (skipS.has(i)) return;
    const list = index.get(s.amount);
    if (!list) return;
    const day = dayNumber(s.date);
    const found: Candidate[] = [];
    for (let k = lowerBound(list, bookDays, day - DATE_WINDOW_DAYS); k < list.length && bookDays[list[k]] <= day + DATE_WINDOW_DAYS; k++)
      if (!usedB.has(list[k])) found.push({ s: i, b: list[k], gap: Math.abs(bookDays[list[k]] - day), sim: 0 });
    found.sort((x, y) => x.gap - y.gap);
    for (const c of found.slice(0, MAX_CANDIDATES)) out.push(c);
  });
  return out;
}

/** The one-to-one pairs: ticked ones kept, then the best candidates first (date gap, label, rows). */
export function matchLines(statement: readonly StatementLine[], book: readonly BookBankLine[]): Pair[] {
  const pairs: Pair[] = [];
  const usedB = new Set<number>();
  const usedS = keepTicked(statement, book, usedB, pairs);
  const found = candidates(statement, book, usedS, usedB);
  const perS = new Map<number, number>();
  const perB = new Map<number, number>();
  for (const c of found) {
    perS.set(c.s, (perS.get(c.s) ?? 0) + 1);
    perB.set(c.b, (perB.get(c.b) ?? 0) + 1);
  }
  // The label only breaks ties: computed where a line has a choice.
  for (const c of found)
    if ((perS.get(c.s) ?? 0) > 1 || (perB.get(c.b) ?? 0) > 1) c.sim = labelSimilarity(statement[c.s].label, book[c.b].label);
  found.sort((x, y) => x.gap - y.gap || y.sim - x.sim || statement[x.s].row - statement[y.s].row || book[x.b].row - book[y.b].row);
  for (const c of found) {
    if (usedS.has(c.s) || usedB.has(c.b)) continue;
    usedS.add(c.s);
    usedB.add(c.b);
    pairs.push({ statement: c.s, book: c.b });
  }
  return pairs;
}
