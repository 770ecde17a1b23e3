import { atlasTables } from './atlas-tables';
import { networkTables } from './network-tables';
import { openingBalances } from './opening-balances';

export { openingBalances };
import { account, amount, bool, choice, date, decimal, id, integer, ref, required, requiredHeader, table, text } from './columns';

export const PARTNER_TYPES = [
  { label: 'réseau de villes', synonyms: ['reseau', 'réseau'] },
  { label: 'université', synonyms: ['universite', 'ecole'] },
  { label: 'centre de recherche', synonyms: ['recherche', 'laboratoire', 'labo'] },
  { label: 'revue', synonyms: ['journal', 'publication'] },
  { label: 'association' },
  { label: 'collectivité', synonyms: ['collectivite', 'ville', 'commune', 'region', 'département', 'departement', 'metropole'] },
  { label: 'fondation' },
  { label: 'entreprise', synonyms: ['societe', 'société'] },
  { label: 'autre' },
] as const;

export const ACTIONS = [
  { label: 'dossiers thématiques', synonyms: ['dossiers', 'dossier thematique'] },
  { label: 'atlas relationnel', synonyms: ['atlas'] },
  { label: 'formation', synonyms: ['formations', 'formation en ligne'] },
  { label: 'site ressources', synonyms: ['site', 'site de ressources', 'site web'] },
  { label: 'fonctionnement', synonyms: ['structure', 'frais generaux'] },
] as const;

export const partners = table({
  key: 'partners',
  sheet: 'Partenaires',
  sheetSynonyms: ['Partenaire', 'Partners'],
  idColumn: 'id',
  idPrefix: 'P-',
  columns: {
    id: id('ID', ['Identifiant', 'Code', 'Réf']),
    name: required(text('Nom', ['Partenaire', 'Raison sociale', 'Organisme'])),
    type: choice('Type', PARTNER_TYPES, ['Catégorie']),
    country: text('Pays', ['Country']),
    contact: text('Contact', ['Interlocuteur', 'Personne contact']),
    email: text('E-mail', ['Email', 'Mail', 'Courriel', 'Adresse e-mail']),
    status: text('Statut', ['État']),
    notes: text('Notes', ['Remarques', 'Commentaire', 'Commentaires']),
  },
});

export const conventions = table({
  key: 'conventions',
  sheet: 'Conventions',
  sheetSynonyms: ['Convention', 'Conventions de partenariat'],
  idColumn: 'id',
  idPrefix: 'C-',
  columns: {
    id: id('ID', ['Identifiant', 'N° convention', 'Référence']),
    title: text('Intitulé', ['Titre', 'Objet', 'Libellé']),
    partner: ref('Partenaire', ['ID partenaire', 'Partenaire (ID)']),
    type: choice('Type', [
      { label: 'partenariat' },
      { label: 'subvention', synonyms: ['subventions'] },
      { label: 'prestation', synonyms: ['prestations', 'contrat de prestation'] },
      { label: 'mécénat', synonyms: ['mecenat'] },
    ]),
    action: choice('Action', ACTIONS),
    project: ref('Projet', ['Code projet']),
    signedOn: date('Signée le', ['Date de signature', 'Signature', 'Signé le']),
    start: date('Début', ['Date de début', 'Debut', 'Du']),
    end: date('Fin', ['Date de fin', 'Au', 'Échéance']),
    amount: required(amount('Montant', ['Montant total', 'Montant (€)'])),
    direction: choice('Sens', [
      { label: 'recette', synonyms: ['produit', 'entrée', 'encaissement'] },
      { label: 'dépense', synonyms: ['charge', 'sortie', 'decaissement'] },
    ]),
    status: text('Statut', ['État']),
    folder: text('Dossier', ['Dossier Drive', 'Lien dossier']),
    notes: text('Notes', ['Remarques', 'Commentaire']),
  },
});

export const projects = table({
  key: 'projects',
  sheet: 'Projets',
  sheetSynonyms: ['Projet', 'Actions'],
  idColumn: 'code',
  idPrefix: null,
  columns: {
    code: required(id('Code', ['ID', 'Code projet', 'Identifiant'])),
    title: text('Intitulé', ['Titre', 'Nom', 'Projet']),
    action: choice('Action', ACTIONS),
    manager: text('Responsable', ['Chef de projet', 'Référent']),
    start: date('Début', ['Date de début']),
    end: date('Fin', ['Date de fin']),
  },
});

export const budget = table({
  key: 'budget',
  sheet: 'Budget',
  sheetSynonyms: ['Budgets', 'Budget prévisionnel'],
  idColumn: null,
  idPrefix: null,
  columns: {
    year: required(integer('Année', ['Exercice', 'Annee'])),
    project: ref('Projet', ['Code projet']),
    account: required(account('Compte', ['N° compte', 'Compte comptable'])),
    label: text('Libellé', ['Poste', 'Intitulé']),
    charge: amount('Charge', ['Charges', 'Dépense', 'Dépenses']),
    income: amount('Produit', ['Produits', 'Recette', 'Recettes']),
    funder: text('Financeur', ['Financeurs', 'Partenaire financier']),
  },
});

export const ledger = table({
  key: 'ledger',
  sheet: 'Journal',
  sheetSynonyms: ['Journal de caisse', 'Livre de caisse', 'Livre de banque', 'Trésorerie'],
  idColumn: null,
  idPrefix: null,
  columns: {
    date: required(date('Date', ["Date d'opération", 'Date opération'])),
    voucher: text('Pièce', ['N° pièce', 'Numéro de pièce', 'Pièce n°', 'Réf. pièce']),
    label: text('Libellé', ['Intitulé', 'Description', 'Objet']),
    account: required(account('Compte', ['N° compte', 'Compte comptable', 'Imputation'])),
    project: ref('Projet', ['Code projet']),
    convention: ref('Convention', ['N° convention']),
    party: text('Tiers', ['Fournisseur / client', 'Bénéficiaire']),
    income: requiredHeader(amount('Recette', ['Recettes', 'Encaissement', 'Crédit'])),
    expense: requiredHeader(amount('Dépense', ['Dépenses', 'Décaissement', 'Débit'])),
    means: choice(
      'Moyen',
      [
        { label: 'banque', synonyms: ['virement', 'cheque', 'chèque', 'carte', 'cb', 'prelevement', 'prélèvement', 'vir'] },
        { label: 'caisse', synonyms: ['especes', 'espèces', 'liquide'] },
      ],
      ['Moyen de paiement', 'Mode de paiement', 'Règlement'],
    ),
    receipt: text('Justificatif', ['Lien justificatif', 'Facture']),
  },
});

export const fundings = table({
  key: 'fundings',
  sheet: 'Financements',
  sheetSynonyms: ['Financement', 'Demandes de financement', 'Subventions'],
  idColumn: 'id',
  idPrefix: 'F-',
  columns: {
    id: id('ID', ['Identifiant', 'Référence']),
    funder: text('Financeur', ['Organisme', 'Partenaire']),
    project: ref('Projet', ['Code projet']),
    scheme: text('Dispositif', ['Programme', 'Appel à projets']),
    requested: required(amount('Demandé', ['Montant demandé', 'Demande'])),
    granted: amount('Accordé', ['Montant accordé', 'Obtenu']),
    received: amount('Reçu', ['Montant reçu', 'Versé', 'Encaissé']),
    filedOn: date('Déposé le', ['Date de dépôt', 'Dépôt']),
    decidedOn: date('Décision le', ['Date de décision', 'Décision']),
    status: text('Statut', ['État']),
    convention: ref('Convention', ['N° convention']),
  },
});

export const volunteering = table({
  key: 'volunteering',
  sheet: 'Bénévolat',
  sheetSynonyms: ['Benevolat', 'Heures bénévoles', 'Bénévoles'],
  idColumn: null,
  idPrefix: null,
  columns: {
    date: required(date('Date')),
    volunteer: text('Bénévole', ['Nom', 'Personne']),
    project: ref('Projet', ['Code projet']),
    hours: required(decimal('Heures', ["Nombre d'heures", 'Durée', 'Heures (h)'])),
    activity: text('Activité', ['Tâche', 'Description']),
  },
});

export const schedule = table({
  key: 'schedule',
  sheet: 'Échéances',
  sheetSynonyms: ['Echeances', 'Échéancier', 'Echeancier'],
  idColumn: null,
  idPrefix: null,
  columns: {
    convention: required(ref('Convention', ['N° convention', 'ID convention'])),
    date: required(date('Date', ['Échéance', 'Date limite'])),
    type: choice('Type', [
      { label: 'versement', synonyms: ['paiement', 'tranche', 'acompte', 'solde'] },
      { label: 'rapport', synonyms: ['compte rendu', 'bilan', 'rapport final'] },
    ]),
    amount: amount('Montant'),
    done: bool('Fait', ['Réalisé', 'Fait ?', 'OK']),
  },
});

export const memory = table({
  key: 'memory',
  sheet: 'Mémoire',
  sheetSynonyms: ['Memoire', 'Historique', 'Chronologie'],
  idColumn: null,
  idPrefix: null,
  columns: {
    date: required(date('Date')),
    type: choice('Type', [
      { label: 'AG', synonyms: ['assemblee generale', 'assemblée générale'] },
      { label: 'bureau', synonyms: ['reunion de bureau', 'ca', "conseil d'administration"] },
      { label: 'décision', synonyms: ['decision'] },
      { label: 'événement', synonyms: ['evenement', 'event', 'rencontre', 'séminaire'] },
      { label: 'publication' },
      { label: 'partenariat' },
    ]),
    title: text('Titre', ['Intitulé', 'Objet']),
    description: text('Description', ['Détail', 'Compte rendu']),
    participants: text('Participants', ['Présents']),
    link: text('Lien', ['URL', 'Document']),
    /** What an entry is about (docs/domain.md, "Memory and calendar"): optional IDs, several separated by ";". */
    partner: ref('Partenaire', ['Partenaire (ID)', 'Partenaires']),
    convention: ref('Convention', ['Convention (ID)']),
    project: ref('Projet', ['Code projet']),
    dossier: ref('Dossier', ['Dossier (ID)']),
    group: ref('Groupe', ['Groupe (ID)', 'Comité']),
    /** A decision's follow-up: who, by when. */
    followUpBy: text('Suivi par', ['Responsable du suivi', 'Qui']),
    followUpDue: date('Suivi pour le', ['Pour le', 'Échéance du suivi']),
    /** The follow-up done: no longer late in the calendar (docs/domain.md, "Memory and calendar"). */
    followUpDone: bool('Suivi fait', ['Suivi réalisé', 'Suivi fait ?']),
  },
});

export const groups = table({
  key: 'groups',
  sheet: 'Groupes',
  sheetSynonyms: ['Groupe', 'Comités', 'Groupes de travail'],
  idColumn: 'id',
  idPrefix: 'G-',
  columns: {
    id: id('ID', ['Identifiant']),
    name: required(text('Nom', ['Intitulé'])),
    type: choice('Type', [
      { label: 'groupe de travail', synonyms: ['gt'] },
      { label: 'comité de relecture', synonyms: ['comite de relecture', 'relecture'] },
      { label: 'comité de pilotage', synonyms: ['comite de pilotage', 'copil', 'pilotage'] },
    ]),
    project: ref('Projet', ['Code projet']),
    dossier: ref('Dossier', ['Dossier (ID)', 'Dossier relu']),
    /** Older sheets list the members here; the Membres sheet is the register (docs/domain.md, "Partnership network"). */
    members: text('Membres', ['Participants']),
  },
});

export const dossiers = table({
  key: 'dossiers',
  sheet: 'Dossiers',
  sheetSynonyms: ['Dossier', 'Publications', 'Dossiers thématiques'],
  idColumn: 'id',
  idPrefix: 'D-',
  columns: {
    id: id('ID', ['Identifiant']),
    title: required(text('Titre', ['Intitulé'])),
    type: choice('Type', [
      { label: 'dossier thématique', synonyms: ['dossier'] },
      { label: 'fiche de cas', synonyms: ['cas', 'etude de cas'] },
      { label: "fiche d'analyse", synonyms: ['analyse', 'fiche analyse'] },
    ]),
    status: choice('Statut', [
      { label: 'idée', synonyms: ['idee', 'projet'] },
      { label: 'rédaction', synonyms: ['redaction', 'en cours'] },
      { label: 'relecture', synonyms: ['en relecture'] },
      { label: 'publié', synonyms: ['publie', 'en ligne'] },
    ]),
    keywords: text('Mots-clés', ['Mots cles', 'Mots-clefs', 'Tags']),
    url: text('URL', ['Lien', 'Adresse']),
    publishedOn: date('Publié le', ['Date de publication', 'Publication']),
    /** A fiche's dossier (blank for a dossier thématique). */
    parent: ref('Dossier parent', ['Rattaché à', 'Rattache a', 'Dans le dossier']),
    committee: ref('Comité', ['Comité de relecture', 'Comite', 'Relecture par']),
    due: date('Échéance', ['Echeance', 'À rendre le', 'Pour le']),
  },
});

export const atlas = table({
  key: 'atlas',
  sheet: 'Atlas',
  sheetSynonyms: ['Atlas relationnel', 'Mots-clés'],
  idColumn: null,
  idPrefix: null,
  columns: {
    term: required(text('Terme', ['Mot-clé', 'Concept'])),
    domain: text('Domaine', ['Thème']),
    definition: text('Définition', ['Definition', 'Note', 'Description']),
    english: text('Terme (en)', ['English', 'Anglais', 'Term']),
    relatedTo: text('Lié à', ['Lie a', 'Terme lié', 'Relié à']),
    relation: text('Relation', ['Type de relation', 'Lien']),
  },
});

/**
 * Relevés: the bank's statement lines, imported from its CSV (shared/bank/import.ts) or pasted;
 * an amount is Montant (signed, + = money in) or Débit/Crédit. Pointé names the Journal line the
 * reconciliation matched (docs/domain.md, "Bank reconciliation").
 */
export const bankStatement = table({
  key: 'bankStatement',
  sheet: 'Relevés',
  sheetSynonyms: ['Releves', 'Relevé', 'Releve', 'Relevés bancaires', 'Relevé bancaire', 'Relevés de banque'],
  idColumn: null,
  idPrefix: null,
  columns: {
    account: account('Compte', ['N° compte', 'Compte bancaire']),
    date: required(date('Date', ["Date d'opération", 'Date opération', "Date de l'opération", 'Date comptable', 'Date de valeur'])),
    label: text('Libellé', ['Libellé opération', "Libellé de l'opération", 'Intitulé', 'Détail', 'Description', 'Opération']),
    amount: amount('Montant', ['Montant (€)', "Montant de l'opération", 'Montant opération', 'Montant EUR']),
    debit: amount('Débit', ['Débits', 'Débit euros', 'Débit (€)', 'Sortie', 'Sorties']),
    credit: amount('Crédit', ['Crédits', 'Crédit euros', 'Crédit (€)', 'Entrée', 'Entrées']),
    balance: amount('Solde', ['Solde (€)', 'Solde euros']),
    reference: text('Référence', ['Réf.', 'Réf', 'Référence banque', "N° d'opération", 'Numéro d’opération']),
    ticked: text('Pointé', ['Pointe', 'Pointage', 'Rapproché', 'Rapprochement']),
  },
});

/**
 * The year-end entries the user accepted (docs/domain.md, "Year end"): journal OD at the closing
 * date, and their reversals on the first day of the next year. One row per account line; the
 * lines of an entry share its ID. Written by the close rpc / `citego close`, never into the Journal.
 */
export const yearEnd = table({
  key: 'yearEnd',
  sheet: "Écritures d'inventaire",
  sheetSynonyms: ["Ecritures d'inventaire", 'Écritures de clôture', 'Ecritures de cloture'],
  idColumn: null,
  idPrefix: null,
  columns: {
    year: required(integer('Exercice', ['Année'])),
    id: required(text('ID', ['Identifiant', 'Référence'])),
    date: required(date('Date')),
    journal: text('Journal', ['Code journal']),
    account: required(account('Compte', ['N° compte'])),
    label: text('Libellé', ['Intitulé']),
    debit: requiredHeader(amount('Débit', ['Debit'])),
    credit: requiredHeader(amount('Crédit', ['Credit'])),
    convention: ref('Convention', ['N° convention']),
  },
});

/** Every record table by its key in the parsed workbook, in the order "Installer / réparer" creates them. */
export const TABLES = {
  partners,
  conventions,
  schedule,
  projects,
  budget,
  ledger,
  openingBalances,
  fundings,
  volunteering,
  memory,
  groups,
  dossiers,
  atlas,
  ...atlasTables,
  ...networkTables,
  bankStatement,
  yearEnd,
} as const;

export const RECORD_TABLES = Object.values(TABLES);

export const settingsTable = table({
  key: 'settings',
  sheet: 'Paramètres',
  sheetSynonyms: ['Parametres', 'Réglages', 'Configuration'],
  idColumn: null,
  idPrefix: null,
  columns: {
    name: required(text('Paramètre', ['Parametre', 'Clé', 'Nom'])),
    value: requiredHeader(text('Valeur', ['Value'])),
  },
});
