/** The partner card as `citego partner` prints it, in French (docs/domain.md, "Partner card"). */
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros, type Cents } from '../../values/money';

export const partner = {
  eur: (c: Cents) => formatEuros(c),
  day: (d: IsoDate) => formatDateFr(d),
  at: (sheet: string, row: number) => `${sheet} ligne ${row}`,
  conventions: 'Conventions',
  noConvention: 'Aucune convention.',
  // The direction of the money, not what happened to it; then what was booked on it so far (docs/domain.md, "Partner card").
  direction: { recette: 'recette', dépense: 'dépense' } as Readonly<Record<string, string>>,
  toDate: {
    recette: (c: Cents) => `${formatEuros(c)} reçus à ce jour`,
    dépense: (c: Cents) => `${formatEuros(c)} versés à ce jour`,
  } as Readonly<Record<string, (c: Cents) => string>>,
  ended: 'terminée',
  money: 'Argent reçu et payé (lignes du Journal passées en écriture, comme le FEC)',
  year: 'Exercice',
  received: 'Reçu',
  paid: 'Payé',
  total: 'Total',
  noMoney: 'Aucune ligne du Journal pour ce partenaire.',
  people: 'Personnes et groupes',
  noPeople: 'Aucune personne de ce partenaire dans Personnes.',
  seat: (group: string, name: string, role: string, since: string, until: string, active: boolean) =>
    `${group} ${name} — ${role || 'rôle non dit'}${since ? `, depuis le ${since}` : ''}${active ? '' : `, fin le ${until}`}`,
  dossiers: 'Dossiers auxquels ses membres contribuent',
  noDossier: 'Aucun dossier.',
  via: (via: string) => `par ${via}`,
  memory: 'Mémoire',
  noMemory: 'Rien dans Mémoire.',
  memoryVia: { partner: 'Partenaire', convention: 'convention', mention: 'nommé dans le texte' } as Readonly<Record<string, string>>,
  opportunities: 'Opportunités ouvertes',
  noOpportunity: 'Aucune opportunité ouverte.',
  deadlines: 'Prochaines échéances',
  noDeadline: 'Aucune échéance à venir.',
  late: 'en retard',
  kinds: { versement: 'versement', rapport: 'rapport', opportunité: 'opportunité', dossier: 'dossier' } as Readonly<Record<string, string>>,
};

export type PartnerMessages = typeof partner;
