function grouped(n: number, decimals: number, thousands: string, point: string): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  return `${n < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands)}${frac ? `${point}${frac}` : ''}`;
}

/** French number formatting by hand: Intl's fr-FR output differs between runtimes (Apps Script, Node, browsers). */
export function formatNumber(n: number, decimals = 0): string {
  return grouped(n, decimals, '\u202f', ',');
}

/** The same in English: `3,000,000`, `2.5`. */
export function formatNumberEn(n: number, decimals = 0): string {
  return grouped(n, decimals, ',', '.');
}

/** How amounts, dates and numbers show in the sheets the add-on writes (same codes in Sheets and Excel). */
export const NUMBER_FORMATS = { amount: '#,##0.00 "€"', date: 'dd/mm/yyyy', number: '0.##' } as const;
