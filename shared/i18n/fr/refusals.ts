/**
 * Why a use case says no, in French: one sentence that names what to change. Each key is the
 * refusal's code (see shared/i18n/refusal.ts); the English file has the same keys and signatures.
 */
import type { FecProblem } from '../../exports/fec';
import { formatDateFr, type IsoDate } from '../../values/dates';
import { decimalComma } from '../../values/money';

function fecProblem(p: FecProblem): string {
  switch (p.kind) {
    case 'unbalanced':
      return `écriture ${p.entry} (Journal ligne ${p.row}) déséquilibrée : débit ${decimalComma(p.debit)}, crédit ${decimalComma(p.credit)}`;
    case 'numbering':
      return `numérotation du journal ${p.journal} interrompue : ${p.entry} au lieu du n° ${p.expected}`;
    case 'outsideYear':
      return `écriture ${p.entry} datée du ${p.date}, hors de l'exercice ${p.first} – ${p.last}`;
    default: {
      const never: never = p;
      return never;
    }
  }
}

export const refusals = {
  unexpected: () => 'Erreur inattendue : réessayez, puis signalez-la si elle persiste.',

  // reports and exports
  reportYearEmpty: (label: string, first: IsoDate, last: IsoDate) =>
    `Aucune donnée pour l'exercice ${label} (ni opération du Journal, ni événement, ni bénévolat entre le ${formatDateFr(first)} et le ${formatDateFr(last)}) : choisissez une autre année.`,
  packYearEmpty: (year: number, first: IsoDate, last: IsoDate) =>
    `Aucune opération du Journal entre le ${first} et le ${last} : pas de dossier ${year} à préparer.`,
  fecNoSiren: () => 'SIREN manquant ou invalide dans Paramètres (9 chiffres) : le nom du FEC en a besoin. Ajoutez la ligne « SIREN ».',
  fecRefused: (year: number, problems: readonly FecProblem[]) =>
    `FEC ${year} non produit : ${problems.slice(0, 5).map(fecProblem).join(' ; ')}${problems.length > 5 ? ` (et ${problems.length - 5} autres)` : ''}.`,
};

export type RefusalMessages = typeof refusals;
