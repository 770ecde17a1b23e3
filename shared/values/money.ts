/** Money is always an integer number of cents: floats never hold an amount. */
export type Cents = number;

export type AmountResult = { ok: true; cents: Cents } | { ok: false };

const TEXT_AMOUNT = /^([+-])?(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/;

/**
 * Reads a French amount: `1 234,56 €`, `1234.56`, `1.234,56`, `-12`, or a number cell.
 * Thousands separators may be spaces (including narrow no-break spaces) or dots.
 */
export function parseAmount(value: unknown): AmountResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false };
    const cents = Math.round(value * 100);
    // Reject sub-cent precision that is not floating noise (e.g. 12.345).
    if (Math.abs(value * 100 - cents) > 1e-6 * Math.max(1, Math.abs(value))) return { ok: false };
    if (!Number.isSafeInteger(cents)) return { ok: false };
    return { ok: true, cents };
  }
  if (typeof value !== 'string') return { ok: false };
  let text = value
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/€|eur(os?)?\b/gi, '')
    .trim()
    .replace(/\s+/g, ' ');
  text = text.replace(/^([+-]) /, '$1');
  if (text === '') return { ok: false };
  const m = TEXT_AMOUNT.exec(text);
  if (!m) return { ok: false };
  const [, sign, intPart, decPart] = m;
  // "1.234" is ambiguous: a thousands dot needs exactly groups of 3; a decimal dot has 1-2 digits.
  const units = Number(intPart.replace(/[ .]/g, ''));
  const frac = decPart ? Number(decPart.padEnd(2, '0')) : 0;
  const cents = units * 100 + frac;
  if (!Number.isSafeInteger(cents)) return { ok: false };
  return { ok: true, cents: sign === '-' ? -cents : cents };
}

const NNBSP = '\u202f';

/** `1234567` cents -> `12 345,67 €` with a narrow no-break space, as French typography wants. */
export function formatEuros(cents: Cents, opts: { symbol?: boolean } = {}): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100).toString();
  const frac = (abs % 100).toString().padStart(2, '0');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  const body = `${negative ? '-' : ''}${grouped},${frac}`;
  return opts.symbol === false ? body : `${body}${NNBSP}€`;
}

/** Same in English conventions: `€12,345.67`. */
export function formatEurosEn(cents: Cents): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}€${units}.${frac}`;
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Cents as French spreadsheets read a number: 123450 -> `1234,50` (no thousands separator). */
export function decimalComma(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
