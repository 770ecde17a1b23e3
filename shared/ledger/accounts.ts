/**
 * The associations' chart of accounts (plan comptable des associations, règlement ANC 2018-06,
 * in force for fiscal years opened from 1 January 2020), with the numbers of its 2025 update
 * (741 "subventions d'exploitation" where the 2018 chart had 740/748). Both are accepted:
 * an account is known when it, or one of its prefixes, is listed here.
 */
export const CHART: Readonly<Record<string, string>> = {
  '10': 'Fonds propres et réserves',
  '102': 'Fonds propres sans droit de reprise',
  '106': 'Réserves',
  '11': 'Report à nouveau',
  '110': 'Report à nouveau (solde créditeur)',
  '119': 'Report à nouveau (solde débiteur)',
  '12': "Résultat de l'exercice",
  '120': "Résultat de l'exercice (excédent)",
  '129': "Résultat de l'exercice (déficit)",
  '13': "Subventions d'investissement",
  '15': 'Provisions',
  '16': 'Emprunts et dettes assimilées',
  '19': 'Fonds dédiés',
  '194': 'Fonds dédiés sur subventions de fonctionnement',
  '195': 'Fonds dédiés sur contributions financières',
  '196': 'Fonds dédiés sur ressources liées à la générosité du public',
  '20': 'Immobilisations incorporelles',
  '21': 'Immobilisations corporelles',
  '27': 'Autres immobilisations financières',
  '28': 'Amortissements des immobilisations',
  '40': 'Fournisseurs et comptes rattachés',
  '401': 'Fournisseurs',
  '41': 'Usagers et comptes rattachés',
  '42': 'Personnel et comptes rattachés',
  '43': 'Sécurité sociale et autres organismes sociaux',
  '44': 'État et autres collectivités publiques',
  '441': 'État et autres collectivités publiques — subventions à recevoir',
  '4411': 'Subventions à recevoir',
  '46': 'Débiteurs et créditeurs divers',
  '4686': 'Charges à payer',
  '4687': 'Produits à recevoir',
  '47': "Comptes d'attente",
  '486': "Charges constatées d'avance",
  '487': "Produits constatés d'avance",
  '51': 'Banques, établissements financiers',
  '512': 'Banque',
  '53': 'Caisse',
  '530': 'Caisse',
  '58': 'Virements internes',
  '60': 'Achats',
  '601': 'Achats de matières premières',
  '604': "Achats d'études et prestations de services",
  '606': 'Achats non stockés de matières et fournitures',
  '6064': 'Fournitures administratives',
  '61': 'Services extérieurs',
  '611': 'Sous-traitance générale',
  '613': 'Locations',
  '614': 'Charges locatives et de copropriété',
  '615': 'Entretien et réparations',
  '616': "Primes d'assurance",
  '618': 'Divers (documentation, colloques)',
  '6135': 'Locations mobilières',
  '62': 'Autres services extérieurs',
  '621': "Personnel extérieur à l'association",
  '622': "Rémunérations d'intermédiaires et honoraires",
  '6226': 'Honoraires',
  '6228': 'Divers (traductions)',
  '623': 'Publicité, publications, relations publiques',
  '6231': 'Annonces et insertions',
  '6236': 'Catalogues et imprimés',
  '624': 'Transports de biens',
  '625': 'Déplacements, missions et réceptions',
  '6251': 'Voyages et déplacements',
  '6256': 'Missions',
  '6257': 'Réceptions',
  '626': 'Frais postaux et de télécommunications',
  '627': 'Services bancaires et assimilés',
  '628': 'Divers',
  '6281': 'Cotisations',
  '6288': 'Autres services extérieurs divers',
  '63': 'Impôts, taxes et versements assimilés',
  '64': 'Charges de personnel',
  '641': 'Rémunérations du personnel',
  '6411': 'Salaires, appointements',
  '645': 'Charges de sécurité sociale et de prévoyance',
  '6451': "Cotisations à l'URSSAF",
  '65': 'Autres charges de gestion courante',
  '651': 'Redevances pour concessions, brevets, licences, logiciels',
  '657': 'Aides financières',
  '66': 'Charges financières',
  '661': 'Charges d’intérêts',
  '667': 'Charges nettes sur cessions de valeurs mobilières',
  '67': 'Charges exceptionnelles',
  '671': 'Charges exceptionnelles sur opérations de gestion',
  '6712': 'Pénalités, amendes fiscales et pénales',
  '68': 'Dotations aux amortissements, dépréciations et provisions',
  '689': 'Reports en fonds dédiés',
  '6894': 'Reports en fonds dédiés sur subventions de fonctionnement',
  '6895': 'Reports en fonds dédiés sur contributions financières',
  '6896': 'Reports en fonds dédiés sur ressources liées à la générosité du public',
  '69': 'Impôts sur les bénéfices',
  '70': 'Ventes de biens et services',
  '706': 'Prestations de services',
  '707': 'Ventes de marchandises',
  '708': 'Produits des activités annexes',
  '73': 'Concours publics',
  '74': "Subventions d'exploitation",
  '740': "Subventions d'exploitation (plan 2018)",
  '741': "Subventions d'exploitation",
  '748': "Autres subventions d'exploitation (plan 2018)",
  '75': 'Autres produits de gestion courante',
  '754': 'Ressources liées à la générosité du public',
  '7541': 'Dons manuels',
  '75412': 'Abandons de frais par les bénévoles',
  '7542': 'Mécénat',
  '7543': 'Legs, donations et assurances-vie',
  '755': 'Contributions financières',
  '7551': "Contributions financières d'autres organismes",
  '756': 'Cotisations',
  '7561': 'Cotisations sans contrepartie',
  '7562': 'Cotisations avec contrepartie',
  '758': 'Produits divers de gestion courante',
  '76': 'Produits financiers',
  '77': 'Produits exceptionnels',
  '78': 'Reprises sur amortissements, dépréciations et provisions',
  '789': 'Utilisations des fonds dédiés',
  '7894': 'Utilisations des fonds dédiés sur subventions de fonctionnement',
  '7895': 'Utilisations des fonds dédiés sur contributions financières',
  '7896': 'Utilisations des fonds dédiés sur ressources liées à la générosité du public',
  '79': 'Transferts de charges',
  '86': 'Emplois des contributions volontaires en nature',
  '860': 'Secours en nature',
  '861': 'Mise à disposition gratuite de biens',
  '862': 'Prestations en nature',
  '864': 'Personnel bénévole',
  '87': 'Contributions volontaires en nature',
  '870': 'Dons en nature',
  '871': 'Prestations en nature',
  '875': 'Bénévolat',
};

/**
 * The most precise label for an account — from the accounts the association added in
 * Paramètres (« Comptes supplémentaires ») first, then the chart — or null when no prefix is known.
 */
export function accountLabel(account: string, extra: Readonly<Record<string, string>> = {}): string | null {
  for (let n = account.length; n >= 2; n--) {
    const label = extra[account.slice(0, n)] ?? CHART[account.slice(0, n)];
    if (label) return label;
  }
  return null;
}

export function isKnownAccount(account: string, extra: Readonly<Record<string, string>> = {}): boolean {
  return accountLabel(account, extra) !== null;
}

/**
 * An account whose prefix the chart knows but which the chart does not have (docs/domain.md,
 * `ledger.unknown-account`): 7545 under 754, whose accounts the chart lists (7541, 7542, 7543).
 * A subdivision of an account the chart does not divide (62261 under 6226) is the association's
 * own and fine, as is any account added in Paramètres. Returns the parent and the accounts the
 * chart lists under it, or null.
 */
export function outsideChart(
  account: string,
  extra: Readonly<Record<string, string>> = {},
): { readonly parent: string; readonly listed: readonly { readonly account: string; readonly label: string }[] } | null {
  for (let n = account.length; n >= 2; n--) if (extra[account.slice(0, n)]) return null;
  let parent: string | null = null;
  for (let n = account.length; n >= 2 && parent === null; n--) if (CHART[account.slice(0, n)]) parent = account.slice(0, n);
  if (parent === null || parent === account) return null;
  const p = parent;
  const listed = Object.keys(CHART)
    .filter((k) => k.length === p.length + 1 && k.startsWith(p))
    .sort()
    .map((k) => ({ account: k, label: CHART[k] }));
  return listed.length === 0 ? null : { parent: p, listed };
}

/** « 6185 Colloques ; 7088 Autres produits annexes » -> { '6185': 'Colloques', '7088': '…' }; null if unreadable. */
export function parseExtraAccounts(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const part of text.split(/[;\n]+/)) {
    const t = part.trim();
    if (!t) continue;
    const m = /^(\d{2,10})\s*[-–:]?\s*(.*)$/.exec(t);
    if (!m) return null;
    out[m[1]] = m[2].trim() || `Compte ${m[1]}`;
  }
  return out;
}

/**
 * Account classes and headings are asked here and nowhere else (docs/domain.md, "Chart of
 * accounts"): an account belongs to a heading when the heading's number is a prefix of it.
 */
export function isSubAccount(account: string, parent: string): boolean {
  return account.startsWith(parent);
}

export function isUnderAny(account: string, parents: readonly string[]): boolean {
  return parents.some((p) => isSubAccount(account, p));
}

/** Classes 1 to 5: the balance sheet (fonds propres, immobilisations, tiers, trésorerie), what an opening (AN) carries. */
export function isBalanceSheetAccount(account: string): boolean {
  return /^[1-5]/.test(account);
}

/** Class 12: the year's result (120 excédent, 129 déficit), awaiting the AG's allocation. */
export function isResultAccount(account: string): boolean {
  return isSubAccount(account, '12');
}

/** Class 4: comptes de tiers (401, 411, 4411, 4687, 487…), the only lines an FEC auxiliary account subdivides. */
export function isThirdPartyAccount(account: string): boolean {
  return isSubAccount(account, '4');
}

/** Bank and cash: 51 (512 banque) and 53 (530 caisse). */
export function isTreasuryAccount(account: string): boolean {
  return isUnderAny(account, ['51', '53']);
}

/** Where a carried result goes (docs/domain.md, "Opening balances"): report à nouveau créditeur (110) or débiteur (119). */
export const RETAINED_SURPLUS = '110';
export const RETAINED_DEFICIT = '119';

/** Class 6: charges. */
export function isChargeAccount(account: string): boolean {
  return isSubAccount(account, '6');
}

/** Class 7: produits. */
export function isIncomeAccount(account: string): boolean {
  return isSubAccount(account, '7');
}

/** Contributions volontaires en nature: 86 (emplois) mirrors 87 (contributions). */
export function isCvnUse(account: string): boolean {
  return isSubAccount(account, '86');
}

export function isCvnSource(account: string): boolean {
  return isSubAccount(account, '87');
}

/** Either side of the contributions volontaires en nature (86 or 87). */
export function isCvnAccount(account: string): boolean {
  return isCvnUse(account) || isCvnSource(account);
}

/** Public subsidies and concours publics (73, 74x), counted for the 153 000 € threshold. */
export function isPublicSubsidy(account: string): boolean {
  return isUnderAny(account, ['74', '73']);
}

/**
 * Charges a subsidy may not pay for: penalties and fines (6712, 667), interest (661),
 * bank fees (627), depreciation (68) and contributions in kind (86x).
 */
export const INELIGIBLE_FOR_SUBSIDY = ['6712', '667', '661', '627', '68', '86'] as const;
