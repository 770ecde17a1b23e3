/**
 * The year-end entries (« Clôture de l'exercice ») as the user reads them in French: the kinds,
 * the reason of each proposal with the figures it comes from, the ended conventions' unspent
 * money, and what `citego close` prints. The Libellé written in « Écritures d'inventaire » stays
 * French whatever the language (the sheet is the accountant's, like the FEC).
 */
import type { YearEndFigures, YearEndFinding, YearEndKind, YearEndProposal } from '../../ledger/year-end';
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros, type Cents } from '../../values/money';

const eur = (c: Cents) => formatEuros(c);
const d = (x: IsoDate) => formatDateFr(x);

const KINDS: Readonly<Record<YearEndKind, string>> = {
  receivable: 'Produit à recevoir',
  deferred: 'Produit constaté d’avance',
  dedicated: 'Report en fonds dédiés',
  dedicatedUse: 'Utilisation de fonds dédiés',
};

/** How the attributable amount was found: the whole grant, or pro rata temporis of the convention's days. */
function attributable(f: YearEndFigures, closing: IsoDate): string {
  if (f.daysElapsed >= f.daysTotal && f.attributable < f.granted)
    return `${eur(f.attributable)} attribuables, les dépenses justifiées sur ${eur(f.granted)} accordés (convention du ${d(f.start)} au ${d(f.end)}, terminée à la clôture)`;
  return f.daysElapsed >= f.daysTotal
    ? `${eur(f.attributable)} attribuables (convention du ${d(f.start)} au ${d(f.end)}, terminée à la clôture)`
    : `${eur(f.attributable)} attribuables au ${d(closing)} (${eur(f.granted)} × ${f.daysElapsed}/${f.daysTotal} jours de la convention du ${d(f.start)} au ${d(f.end)})`;
}

function reason(p: YearEndProposal): string {
  const f = p.figures;
  const who = `${p.convention}${p.funder ? ` (${p.funder})` : ''}`;
  switch (p.kind) {
    case 'receivable':
      return (
        `${who} : ${attributable(f, p.date)}, ${eur(f.received)} reçus : ${eur(p.amount)} restent à recevoir` +
        `${f.nextInstalment ? ` (versement prévu le ${d(f.nextInstalment)})` : ''}, ` +
        `au compte ${f.publicFunder ? '4411 (financeur public)' : '4687 (financeur non public)'}.`
      );
    case 'deferred':
      return `${who} : ${eur(f.received)} reçus, ${attributable(f, p.date)} : ${eur(p.amount)} concernent la période après la clôture (compte 487).`;
    case 'dedicated':
      return (
        `${who}, projet ${p.project} : ressource affectée ; ${eur(f.attributableInYear)} attribuables à l’exercice, ` +
        `${eur(f.spentInYear)} dépensés : ${eur(p.amount)} non utilisés, reportés en fonds dédiés (ANC 2018-06).`
      );
    case 'dedicatedUse':
      return `${who} : ${eur(f.dedicatedBefore)} de fonds dédiés des exercices précédents, ${eur(f.spentInYear)} dépensés cette année : ${eur(p.amount)} utilisés (789).`;
    default: {
      const never: never = p.kind;
      return never;
    }
  }
}

export const close = {
  title: 'Clôture de l’exercice',
  kinds: KINDS,
  /** The Libellé of the entry's rows in « Écritures d'inventaire ». */
  entryLabel: (p: YearEndProposal) => `${KINDS[p.kind]} — ${p.convention}`,
  reversalLabel: (p: YearEndProposal) => `Extourne — ${KINDS[p.kind]} — ${p.convention}`,
  reason,
  endedUnspent: (x: YearEndFinding) => {
    const f = x.figures;
    const toReceive = f.attributable - f.received;
    return (
      `${x.convention}${x.funder ? ` (${x.funder})` : ''} a pris fin le ${d(f.end)} : ${eur(f.spent)} dépensés` +
      `${f.ineligible > 0 ? `, dont ${eur(f.ineligible)} inéligibles` : ''}, soit ${eur(f.attributable)} de dépenses justifiées ` +
      `pour ${eur(f.granted)} accordés, dont ${eur(f.received)} reçus. Le produit acquis ne dépasse pas les dépenses justifiées : ` +
      (x.owedBack > 0
        ? `les ${eur(x.owedBack)} reçus au-delà sont probablement à reverser au financeur (une dette), pas des fonds dédiés`
        : `les ${eur(x.unspent)} non utilisés ne sont pas dus${toReceive > 0 ? ` ; ${eur(toReceive)} restent à recevoir` : ''}`) +
      '. Voyez-le avec le financeur et votre expert-comptable.'
    );
  },
  heading: (label: string, closing: IsoDate) => `Écritures d’inventaire proposées — exercice ${label} (clôture au ${d(closing)})`,
  none: 'Aucune écriture d’inventaire à proposer pour cet exercice.',
  accepted: 'acceptée',
  toAccept: 'à accepter',
  findings: 'À examiner',
  written: (n: number, sheet: string) =>
    n === 0
      ? `Rien de nouveau à écrire dans « ${sheet} ».`
      : `${n} écriture${n > 1 ? 's' : ''} écrite${n > 1 ? 's' : ''} dans « ${sheet} ».`,
  acceptHint: 'Pour les écrire dans « Écritures d’inventaire » : citego close --year AAAA --accept ID … ou --accept-all',
  // sidebar
  year: 'Exercice',
  accept: 'Accepter',
  acceptAll: 'Tout accepter',
  accepting: 'Écriture…',
  acceptedOn: 'Acceptée',
  debit: 'Débit',
  credit: 'Crédit',
  note: 'Rien n’est écrit dans le Journal : une écriture acceptée va dans la feuille « Écritures d’inventaire », datée de la clôture, et les produits à recevoir et constatés d’avance sont extournés le premier jour de l’exercice suivant.',
  loading: 'Calcul des écritures…',
};

export type CloseMessages = typeof close;
