/**
 * The sidebars speak French by default and English on request (Paramètres › Langue = en; the
 * server marks the page `data-lang="en"`; offline, `?lang=en`). Field labels stay the sheet's
 * own (French) headers so that users recognise their columns; everything else is translated.
 */
import type { Lang } from '../../shared/i18n/lang';

const EN: Record<string, string> = {
  Afficher: 'Show',
  'Ajouter un versement': 'Add an instalment',
  'Ajouter une échéance de rapport': 'Add a report deadline',
  'Aperçu du classeur': 'Workbook overview',
  'Budget, journal, financements et conventions comparés entre eux. Cliquez sur une anomalie pour aller à la cellule.':
    'Budget, cash book, funding and agreements checked against each other. Click a finding to go to its cell.',
  'Cellules à corriger': 'Cells to fix',
  'Chargement…': 'Loading…',
  'Compte rendu financier (Cerfa 15059)': 'Financial report (Cerfa 15059)',
  'Contenu du dossier': 'Content of the pack',
  'Créer le dossier Drive et la fiche convention': 'Create the Drive folder and the agreement sheet',
  'Dossier expert-comptable': "Accountant's folder",
  'E-mail de l’expert-comptable': "Accountant's e-mail",
  Enregistrer: 'Save',
  Erreurs: 'Errors',
  Exercice: 'Fiscal year',
  'FEC, grand livre, balance, budgets, bénévolat, subventions et pièces de l’exercice, dans un dossier Drive partagé avec votre expert-comptable seulement.':
    'FEC, general ledger, trial balance, budgets, volunteering, grants and vouchers of the year, in a Drive folder shared with your accountant only.',
  Feuille: 'Sheet',
  'Générer le rapport': 'Generate the report',
  Langue: 'Language',
  'Lecture des feuilles et calcul des totaux': 'Reading the sheets and computing the totals',
  'Lecture des feuilles…': 'Reading the sheets…',
  Lignes: 'Rows',
  'Nouveau partenaire': 'New partner',
  'Nouvelle convention': 'New agreement',
  'Préparer le dossier': 'Prepare the folder',
  'Rapport annuel': 'Annual report',
  'Rapport d’activité et rapport financier de l’exercice, en Google Doc, dans le dossier Drive de l’association.':
    "Activity and financial report of the fiscal year, as a Google Doc in the association's Drive folder.",
  Rapports: 'Reports',
  'Relancer la vérification': 'Check again',
  Relire: 'Read again',
  Résultat: 'Result',
  'Total des charges': 'Total charges',
  'Total des produits': 'Total income',
  'Tout est cohérent : aucune anomalie trouvée.': 'Everything is consistent: nothing to fix.',
  'Vérification en cours…': 'Checking…',
  'Vérifier la cohérence': 'Check consistency',
  Échéancier: 'Payment schedule',
  'Écriture du Google Doc': 'Writing the Google Doc',
  'Rechercher un partenaire…': 'Search a partner…',
  'en cours, signée, soldée…': 'running, signed, closed…',
  Retirer: 'Remove',
  'JJ/MM/AAAA': 'DD/MM/YYYY',
  'Rapprochement bancaire': 'Bank reconciliation',
  'Le relevé de la banque face au Journal : ce qui se retrouve des deux côtés est pointé dans Relevés, le reste est listé.':
    'The bank statement against the Journal: what matches is ticked in Relevés, the rest is listed.',
  'Relevé de la banque (CSV)': 'Bank statement (CSV)',
  'Collez ici le contenu du fichier CSV de la banque': "Paste the bank's CSV file here",
  'ou choisissez le fichier :': 'or choose the file:',
  'Rapprochement en cours…': 'Reconciling…',
  Soldes: 'Balances',
  'Propositions d’écritures': 'Proposed entries',
  'Au relevé, pas au Journal': 'On the statement, not in the Journal',
  'Au Journal, pas au relevé': 'In the Journal, not on the statement',
  'Importer et rapprocher': 'Import and reconcile',
  // Réseau et atlas
  'Réseau et atlas': 'Network and atlas',
  Image: 'Picture',
  'Le réseau': 'The network',
  'L’atlas relationnel': 'The relational atlas',
  'Zoom sur': 'Zoom to',
  'Disposition du graphe…': 'Laying the graph out…',
  'Tout voir': 'Show all',
  // Trésorerie, Préparer l'AG
  Trésorerie: 'Cash plan',
  'Plan de trésorerie sur douze mois : Journal, Échéances et budget ; les mois sous la trésorerie minimale sont signalés.':
    'Twelve-month cash plan: Journal, schedule and budget; the months below the minimum cash are flagged.',
  'Premier mois': 'First month',
  Mois: 'Month',
  'Fin du mois': 'End of month',
  'Préparer l’AG': 'Prepare the general meeting',
  // Clôture de l'exercice
  'Clôture de l’exercice': 'Year-end closing',
  'Écritures d’inventaire proposées à la clôture : produits à recevoir, produits constatés d’avance, fonds dédiés. Acceptez celles que vous retenez : elles vont dans la feuille « Écritures d’inventaire », jamais dans le Journal.':
    'Year-end entries proposed at closing: accrued income, deferred income, restricted funds. Accept those you keep: they go into the “Écritures d’inventaire” sheet, never into the Journal.',
  'À examiner': 'To look at',
  'Tout accepter': 'Accept all',
  // Fiche partenaire
  'Fiche partenaire': 'Partner card',
  'Tout sur un partenaire. Cliquez sur une ligne pour aller à sa ligne dans le classeur.':
    'Everything about one partner. Click an item to go to its row in the workbook.',
  Partenaire: 'Partner',
};

function detect(): Lang {
  const fromServer = document.documentElement.dataset.lang;
  const fromUrl = new URLSearchParams(location.search).get('lang');
  return fromServer === 'en' || fromUrl === 'en' ? 'en' : 'fr';
}

export const lang: Lang = detect();

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A French UI sentence in the page's language. */
export function t(fr: string): string {
  return lang === 'en' ? (EN[norm(fr)] ?? fr) : fr;
}

/** French or English, for sentences built with values. */
export function say(fr: string, en: string): string {
  return lang === 'en' ? en : fr;
}

/** Translates the static page: text nodes, placeholders, titles and labels for assistive technology. */
export function translatePage(): void {
  if (lang !== 'en') return;
  document.documentElement.lang = 'en';
  document.title = t(document.title);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = norm(node.nodeValue ?? '');
    if (text && EN[text]) node.nodeValue = EN[text];
  }
  for (const el of document.querySelectorAll<HTMLElement>('[placeholder],[title],[aria-label]')) {
    for (const attr of ['placeholder', 'title', 'aria-label']) {
      const v = el.getAttribute(attr);
      if (v && EN[norm(v)]) el.setAttribute(attr, EN[norm(v)]);
    }
  }
}

translatePage();
