/** The partner card as `citego partner` prints it, in English: same keys as the French file. */
import { formatEurosEn, type Cents } from '../../values/money';
import type { PartnerMessages } from '../fr/partner';

export const partner: PartnerMessages = {
  eur: (c: Cents) => formatEurosEn(c),
  day: (d) => d,
  at: (sheet, row) => `${sheet} row ${row}`,
  conventions: 'Agreements',
  noConvention: 'No agreement.',
  direction: { recette: 'income', dépense: 'expense' },
  toDate: { recette: (c) => `${formatEurosEn(c)} received to date`, dépense: (c) => `${formatEurosEn(c)} paid to date` },
  ended: 'ended',
  money: 'Money received and paid (Journal lines as booked, as in the FEC)',
  year: 'Year',
  received: 'Received',
  paid: 'Paid',
  total: 'Total',
  noMoney: 'No Journal line for this partner.',
  people: 'People and groups',
  noPeople: 'No person of this partner in Personnes.',
  seat: (group, name, role, since, until, active) =>
    `${group} ${name} — ${role || 'role not said'}${since ? `, since ${since}` : ''}${active ? '' : `, ended ${until}`}`,
  dossiers: 'Dossiers its people contribute to',
  noDossier: 'No dossier.',
  via: (via) => `through ${via}`,
  memory: 'Memory',
  noMemory: 'Nothing in Mémoire.',
  memoryVia: { partner: 'Partenaire', convention: 'agreement', mention: 'named in the text' },
  opportunities: 'Open opportunities',
  noOpportunity: 'No open opportunity.',
  deadlines: 'Next deadlines',
  noDeadline: 'No deadline ahead.',
  late: 'late',
  kinds: { versement: 'instalment', rapport: 'report', opportunité: 'opportunity', dossier: 'dossier' },
};
