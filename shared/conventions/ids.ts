import { formatId } from '../sheets/install';

/** `C-2025-007` after the highest number of that year. */
export function nextConventionId(existing: readonly (string | null)[], year: number): string {
  let max = 0;
  const re = new RegExp(`^C-${year}-(\\d+)$`);
  for (const id of existing) {
    const m = id ? re.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return formatId('C-', max + 1, year);
}

/** Partners `P-0042` after the highest. */
export function nextPartnerId(existing: readonly (string | null)[]): string {
  let max = 0;
  for (const id of existing) {
    const m = id ? /^P-(\d+)$/.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return formatId('P-', max + 1);
}
