import fc from 'fast-check';
import { formatEuros, parseAmount } from '../../shared/values/money';
import { dateInTimeZone, formatDateFr, parseDate } from '../../shared/values/dates';

describe('French amounts', () => {
  it.each([
    ['1 234,56 €', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ['1234.56', 123456],
    ['1.234,56', 123456],
    ['-12', -1200],
    ['12,5', 1250],
    ['0,07', 7],
    ['48 200', 4820000],
    ['  300 EUR ', 30000],
  ])('reads %p as %p cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it('reads number cells, absorbing float noise', () => {
    expect(parseAmount(0.1 + 0.2)).toEqual({ ok: true, cents: 30 });
    expect(parseAmount(1234.5)).toEqual({ ok: true, cents: 123450 });
  });

  it.each(['douze', '12,345', '1.2.3', '', '12 34', '€', '1,2,3', '12.345,678'])('refuses %p', (text) => {
    expect(parseAmount(text).ok).toBe(false);
  });

  it('refuses sub-cent numbers and non-numbers', () => {
    expect(parseAmount(12.345).ok).toBe(false);
    expect(parseAmount(Number.NaN).ok).toBe(false);
    expect(parseAmount(true).ok).toBe(false);
  });

  it('formats French style and reads back what it wrote', () => {
    expect(formatEuros(1234567)).toBe('12\u202f345,67\u202f€');
    expect(formatEuros(-5)).toBe('-0,05\u202f€');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(parseAmount(formatEuros(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});

describe('dates', () => {
  it('reads French and ISO text dates', () => {
    expect(parseDate('15/03/2025', 'UTC')).toEqual({ ok: true, date: '2025-03-15' });
    expect(parseDate('5/3/25', 'UTC')).toEqual({ ok: true, date: '2025-03-05' });
    expect(parseDate('2025-03-15', 'UTC')).toEqual({ ok: true, date: '2025-03-15' });
    expect(parseDate('29/02/2024', 'UTC')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it.each(['31/02/2025', '29/02/2025', '2025-13-01', '15 mars', '00/01/2025', 'demain'])('refuses %p', (t) => {
    expect(parseDate(t, 'UTC').ok).toBe(false);
  });

  it('takes the calendar day of a Date cell in the spreadsheet time zone', () => {
    // Midnight in Paris on 1 January is still 31 December in UTC.
    const parisMidnight = new Date('2024-12-31T23:00:00Z');
    expect(dateInTimeZone(parisMidnight, 'Europe/Paris')).toBe('2025-01-01');
    expect(dateInTimeZone(parisMidnight, 'UTC')).toBe('2024-12-31');
    expect(parseDate(parisMidnight, 'Europe/Paris')).toEqual({ ok: true, date: '2025-01-01' });
  });

  it('formats French dates', () => {
    const read = parseDate('2025-03-05', 'UTC');
    if (!read.ok) throw new Error('unreadable');
    expect(formatDateFr(read.date)).toBe('05/03/2025');
  });
});
