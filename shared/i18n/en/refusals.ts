/** Why a use case says no, in English: same keys and signatures as the French file. */
import type { FecProblem } from '../../exports/fec';
import { formatEurosEn } from '../../values/money';
import type { RefusalMessages } from '../fr/refusals';

function fecProblem(p: FecProblem): string {
  switch (p.kind) {
    case 'unbalanced':
      return `entry ${p.entry} (Journal row ${p.row}) does not balance: debit ${formatEurosEn(p.debit)}, credit ${formatEurosEn(p.credit)}`;
    case 'numbering':
      return `numbering of journal ${p.journal} broken: ${p.entry} instead of no. ${p.expected}`;
    case 'outsideYear':
      return `entry ${p.entry} dated ${p.date}, outside fiscal year ${p.first} – ${p.last}`;
    default: {
      const never: never = p;
      return never;
    }
  }
}

export const refusals: RefusalMessages = {
  unexpected: () => 'Unexpected error: try again, then report it if it persists.',

  // reports and exports
  reportYearEmpty: (label, first, last) =>
    `No data for fiscal year ${label} (no Journal line, event or volunteering between ${first} and ${last}): choose another year.`,
  packYearEmpty: (year, first, last) => `No Journal line between ${first} and ${last}: no ${year} pack to prepare.`,
  fecNoSiren: () => 'SIREN missing or invalid in Paramètres (9 digits): the FEC file name needs it. Add the « SIREN » row.',
  fecRefused: (year, problems) =>
    `FEC ${year} not produced: ${problems.slice(0, 5).map(fecProblem).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}.`,
};
