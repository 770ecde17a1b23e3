/** French number formatting by hand: Intl's fr-FR output differs between runtimes (Apps Script, Node, browsers). */
export function formatNumber(n: number, decimals = 0): string {
  const negative = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** How amounts, dates and numbers show in the sheets the add-on writes (same codes in Sheets and Excel). */
export const NUMBER_FORMATS = { amount: '#,##0.00 "€"', date: 'dd/mm/yyyy', number: '0.##' } as const;
