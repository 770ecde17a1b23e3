/** The year-end entries in English: same keys and signatures as the French file. */
import type { YearEndFigures, YearEndKind, YearEndProposal } from '../../ledger/year-end';
import type { IsoDate } from '../../values/dates';
import { formatEurosEn, type Cents } from '../../values/money';
import type { CloseMessages } from '../fr/close';
import { close as fr } from '../fr/close';

const eur = (c: Cents) => formatEurosEn(c);

const KINDS: Readonly<Record<YearEndKind, string>> = {
  receivable: 'Accrued income',
  deferred: 'Deferred income',
  dedicated: 'Transfer to restricted funds',
  dedicatedUse: 'Use of restricted funds',
};

function attributable(f: YearEndFigures, closing: IsoDate): string {
  if (f.daysElapsed >= f.daysTotal && f.attributable < f.granted)
    return `${eur(f.attributable)} attributable, the justified costs out of ${eur(f.granted)} awarded (agreement from ${f.start} to ${f.end}, over at closing)`;
  return f.daysElapsed >= f.daysTotal
    ? `${eur(f.attributable)} attributable (agreement from ${f.start} to ${f.end}, over at closing)`
    : `${eur(f.attributable)} attributable at ${closing} (${eur(f.granted)} × ${f.daysElapsed}/${f.daysTotal} days of the agreement from ${f.start} to ${f.end})`;
}

function reason(p: YearEndProposal): string {
  const f = p.figures;
  const who = `${p.convention}${p.funder ? ` (${p.funder})` : ''}`;
  switch (p.kind) {
    case 'receivable':
      return (
        `${who}: ${attributable(f, p.date)}, ${eur(f.received)} received: ${eur(p.amount)} still to receive` +
        `${f.nextInstalment ? ` (instalment due ${f.nextInstalment})` : ''}, ` +
        `on account ${f.publicFunder ? '4411 (public funder)' : '4687 (non-public funder)'}.`
      );
    case 'deferred':
      return `${who}: ${eur(f.received)} received, ${attributable(f, p.date)}: ${eur(p.amount)} relate to the period after closing (account 487).`;
    case 'dedicated':
      return (
        `${who}, project ${p.project}: earmarked resource; ${eur(f.attributableInYear)} attributable to the year, ` +
        `${eur(f.spentInYear)} spent: ${eur(p.amount)} unspent, carried to restricted funds (ANC 2018-06).`
      );
    case 'dedicatedUse':
      return `${who}: ${eur(f.dedicatedBefore)} of restricted funds from earlier years, ${eur(f.spentInYear)} spent this year: ${eur(p.amount)} used (789).`;
    default: {
      const never: never = p.kind;
      return never;
    }
  }
}

export const close: CloseMessages = {
  title: 'Year-end closing',
  kinds: KINDS,
  entryLabel: fr.entryLabel,
  reversalLabel: fr.reversalLabel,
  reason,
  endedUnspent: (x) => {
    const f = x.figures;
    const toReceive = f.attributable - f.received;
    return (
      `${x.convention}${x.funder ? ` (${x.funder})` : ''} ended on ${f.end}: ${eur(f.spent)} spent` +
      `${f.ineligible > 0 ? `, of which ${eur(f.ineligible)} ineligible` : ''}, i.e. ${eur(f.attributable)} of justified costs ` +
      `for ${eur(f.granted)} awarded, ${eur(f.received)} of it received. The income earned is at most the justified costs: ` +
      (x.owedBack > 0
        ? `the ${eur(x.owedBack)} received beyond them are probably to be paid back to the funder (a debt), not restricted funds`
        : `the ${eur(x.unspent)} unused are not due${toReceive > 0 ? `; ${eur(toReceive)} remain to be received` : ''}`) +
      '. Check with the funder and your accountant.'
    );
  },
  heading: (label, closing) => `Proposed year-end entries — fiscal year ${label} (closing ${closing})`,
  none: 'No year-end entry to propose for this year.',
  accepted: 'accepted',
  toAccept: 'to accept',
  findings: 'To look at',
  written: (n, sheet) => (n === 0 ? `Nothing new to write in “${sheet}”.` : `${n} entr${n > 1 ? 'ies' : 'y'} written in “${sheet}”.`),
  acceptHint: 'To write them into “Écritures d’inventaire”: citego close --year YYYY --accept ID … or --accept-all',
  year: 'Fiscal year',
  accept: 'Accept',
  acceptAll: 'Accept all',
  accepting: 'Writing…',
  acceptedOn: 'Accepted',
  debit: 'Debit',
  credit: 'Credit',
  note: 'Nothing is written into the Journal: an accepted entry goes into the “Écritures d’inventaire” sheet, dated at closing, and accrued and deferred income are reversed on the first day of the next year.',
  loading: 'Computing the entries…',
};
