import { parseAmount } from '../../values/money';
import { isDate, parseDate } from '../../values/dates';
import { normalizeLabel } from '../../values/text';
import type { AnyColumn, Choice } from '../schema/columns';
import type { CellValue } from '../ports';

/** Longest text we accept in a cell (Sheets allows 50 000 characters). */
export const MAX_TEXT = 50_000;

/** A reading that is one of two plausible ones: the cell is read, and the user is told which reading was chosen. */
export type Ambiguity = 'thousandsDot' | 'twoDigitYear';

export type CellRead = { ok: true; value: unknown; ambiguity?: Ambiguity } | { ok: false; problem: 'kind' | 'choice' | 'length' };

/** `12.345`: 12 345 € with a thousands dot, or 12,345 typed with an English decimal point. */
const THOUSANDS_DOT = /^[+-]?\s*\d{1,3}\.\d{3}\s*(€|eur(os?)?)?$/i;
/** `15/03/99`: the century is a guess (read as 20xx). */
const TWO_DIGIT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/;

export function isBlank(value: CellValue | null | undefined): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Finds the choice a user's text stands for, ignoring case, accents and synonyms. */
export function matchChoice(choices: readonly Choice[], value: string): string | null {
  const wanted = normalizeLabel(value);
  for (const c of choices) {
    if (normalizeLabel(c.label) === wanted) return c.label;
  }
  for (const c of choices) {
    if (c.synonyms?.some((s) => normalizeLabel(s) === wanted)) return c.label;
  }
  return null;
}

const YES = new Set(['oui', 'o', 'x', 'yes', 'y', 'vrai', 'true', '1', 'fait', 'ok']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0', 'a faire', 'en attente']);

function asText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Reads one non-blank cell as its column's type. */
export function readCell(column: AnyColumn, value: CellValue, timeZone: string): CellRead {
  switch (column.kind) {
    case 'id':
    case 'ref':
    case 'text': {
      if (isDate(value)) {
        const d = parseDate(value, timeZone);
        return d.ok ? { ok: true, value: d.date } : { ok: false, problem: 'kind' };
      }
      const text = typeof value === 'string' ? value.trim() : asText(value);
      if (text.length > MAX_TEXT) return { ok: false, problem: 'length' };
      return { ok: true, value: text };
    }
    case 'amount': {
      const r = parseAmount(value);
      if (!r.ok) return { ok: false, problem: 'kind' };
      return typeof value === 'string' && THOUSANDS_DOT.test(value.trim())
        ? { ok: true, value: r.cents, ambiguity: 'thousandsDot' }
        : { ok: true, value: r.cents };
    }
    case 'date': {
      const r = parseDate(value, timeZone);
      if (!r.ok) return { ok: false, problem: 'kind' };
      return typeof value === 'string' && TWO_DIGIT_YEAR.test(value.trim())
        ? { ok: true, value: r.date, ambiguity: 'twoDigitYear' }
        : { ok: true, value: r.date };
    }
    case 'integer': {
      const n = typeof value === 'number' ? value : Number(asText(value).replace(/\s/g, ''));
      return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, problem: 'kind' };
    }
    case 'decimal': {
      const n = typeof value === 'number' ? value : Number(asText(value).replace(/\s/g, '').replace(',', '.'));
      return Number.isFinite(n) && asText(value) !== '' ? { ok: true, value: n } : { ok: false, problem: 'kind' };
    }
    case 'account': {
      // "6226", 6226, "6226 - Honoraires", "622600": the leading digits are the account, and a
      // label after them is set apart (a space, a dash or a colon); "74l" (an l typed for a 1) is
      // not account 74 but an unreadable cell (docs/domain.md, Chart of accounts).
      const m = /^(\d{2,10})(?:(?:\s+|\s*[-–:]\s*)[^\d\s].*)?$/.exec(asText(value));
      return m ? { ok: true, value: m[1] } : { ok: false, problem: 'kind' };
    }
    case 'bool': {
      if (typeof value === 'boolean') return { ok: true, value };
      const t = normalizeLabel(asText(value));
      if (YES.has(t)) return { ok: true, value: true };
      if (NO.has(t)) return { ok: true, value: false };
      return { ok: false, problem: 'kind' };
    }
    case 'enum': {
      const label = matchChoice(column.choices ?? [], asText(value));
      return label ? { ok: true, value: label } : { ok: false, problem: 'choice' };
    }
  }
}

/** The value of a blank cell: `false` for a yes/no column, `null` otherwise. */
export function blankValue(column: AnyColumn): unknown {
  return column.kind === 'bool' ? false : null;
}
