import { formatDateFr } from '../values/dates';
import { formatNumber } from '../values/numbers';
import type { Lang } from '../i18n/lang';
import { formatEuros, formatEurosEn } from '../values/money';
import type { ReportCell } from './doc';

/** How a renderer shows a cell: `12 345,67 €`, `12,5 %`, `15/03/2025` in French. */
export function cellText(cell: ReportCell, lang: Lang): string {
  if (cell === null) return '';
  if ('text' in cell) return cell.text;
  if ('amount' in cell) return lang === 'en' ? formatEurosEn(cell.amount) : formatEuros(cell.amount);
  if ('percent' in cell) return lang === 'en' ? `${cell.percent.toFixed(1)} %` : `${formatNumber(cell.percent, 1)}\u202f%`;
  if ('date' in cell) return lang === 'en' ? cell.date : formatDateFr(cell.date);
  return lang === 'en' ? String(cell.number) : formatNumber(cell.number, Number.isInteger(cell.number) ? 0 : 1);
}

export function isBold(cell: ReportCell): boolean {
  return cell !== null && 'bold' in cell && cell.bold === true;
}
