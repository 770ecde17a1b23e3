/**
 * The annual report's commentary in French: sentences written from the figures
 * (shared/reports/annual/commentary.ts). Every number arrives formatted as the tables show it;
 * these sentences only place them (docs/domain.md, "Annual report").
 */

/** « Services extérieurs » in the middle of a sentence: « services extérieurs ». */
const lower = (s: string) => s.charAt(0).toLocaleLowerCase('fr') + s.slice(1);
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
const outcome = (deficit: boolean, amount: string) => `${deficit ? 'un déficit' : 'un excédent'} de ${amount}`;

export interface Change {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

export const commentary = {
  result: (label: string, deficit: boolean, amount: string, income: string, charges: string) =>
    `L’exercice ${label} se solde par ${outcome(deficit, amount)} : les produits s’élèvent à ${income} et les charges à ${charges}.`,
  resultBefore: (previousLabel: string, deficit: boolean, amount: string, income: Change, charges: Change) =>
    `L’exercice ${previousLabel} s’était clos par ${outcome(deficit, amount)} ; depuis, les produits sont passés de ${income.from} à ${income.to} et les charges de ${charges.from} à ${charges.to}.`,
  chargesMoved: (previousLabel: string, changes: readonly Change[]) =>
    `Par rapport à ${previousLabel}, les charges qui varient le plus sont ${list(changes.map((c) => `${lower(c.label)} (de ${c.from} à ${c.to})`))}.`,
  incomeMoved: (changes: readonly Change[]) => `Côté produits : ${list(changes.map((c) => `${lower(c.label)} (de ${c.from} à ${c.to})`))}.`,
  largestCharges: (items: readonly { label: string; amount: string }[]) =>
    `Les principales charges sont ${list(items.map((i) => `${lower(i.label)} (${i.amount})`))}.`,
  agreements: (count: string, partners: readonly string[]) =>
    `${count} conventions étaient en cours ou signées dans l’année${partners.length > 0 ? ` ; ${partners.length === 1 ? 'un nouveau partenaire nous a rejoints' : 'de nouveaux partenaires nous ont rejoints'} : ${list(partners)}` : ''}.`,
  volunteering: (hours: string, value: string) =>
    `Les bénévoles ont donné ${hours} heures à l’association, valorisées ${value} en contributions volontaires en nature.`,
  budgetTotal: (actual: string, planned: string, gap: string | null, under: boolean) =>
    `Les charges réalisées, ${actual}, sont ${under ? 'inférieures' : 'supérieures'} au budget de ${planned}${gap ? ` (écart de ${gap})` : ''}.`,
  budgetLargest: (project: string, actual: string, planned: string, gap: string | null) =>
    `L’écart le plus important en montant concerne le projet ${project} : ${actual} dépensés pour ${planned} prévus${gap ? ` (${gap})` : ''}.`,
  dedicated: (amount: string, conventions: readonly string[]) =>
    `Des fonds dédiés sont proposés pour ${amount} (${list(conventions)}) : la part de ces financements non utilisée cette année est reportée sur l’exercice suivant.`,
  owedBack: (total: string, items: readonly { label: string; amount: string }[]) =>
    `Des conventions terminées ont reçu plus que leurs dépenses justifiées : ${total} sont probablement à reverser aux financeurs (${list(items.map((i) => `${i.label} : ${i.amount}`))}), une dette plutôt qu’un fonds dédié.`,
  noDedicated:
    'Aucun fonds dédié n’est proposé à la clôture : les financements affectés de l’année ont été utilisés ou ne sont pas reportables.',
  cash: (date: string, bank: string, cash: string) => `Au ${date}, la trésorerie s’élève à ${bank} en banque et ${cash} en caisse.`,
};

export type CommentaryMessages = typeof commentary;
