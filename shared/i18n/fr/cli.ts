/**
 * What the `citego` command line prints, in French: its output, its usage errors and its help
 * (`citego --help`: the commands, their options, and commander's own headings and lines).
 */
import { formatNumber } from '../../values/numbers';

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n > 1 ? 's' : ''}`;

/** An option's help: the placeholder of its value (`--year <aaaa>`) and what it does. */
export interface OptionHelp {
  readonly value?: string;
  readonly help: string;
}

export const cli = {
  sheetsRead: (n: number) => `${n} feuille${n > 1 ? 's' : ''} lue${n > 1 ? 's' : ''}`,
  rows: (n: number) => plural(n, 'ligne'),
  errors: (n: number) => plural(n, 'erreur'),
  warnings: (n: number) => plural(n, 'avertissement'),
  infos: (n: number) => plural(n, 'information'),
  absent: () => 'absente',
  unreadable: (n: number) => `Cellules à corriger (${formatNumber(n)}) :`,
  allReadable: () => 'Toutes les cellules se lisent correctement.',
  ignored: () => 'Lignes ignorées :',
  column: (name: string) => `${name} :`,
  checking: (name: string, year: number | null) => `Vérification de ${name}${year ? ` — ${year}` : ''}`,
  consistent: () => 'Tout est cohérent.',
  packWritten: (year: number, dir: string) => `Dossier expert-comptable ${year} : ${dir}/`,
  checklistLine: (label: string, detail: string) => `${label} : ${detail}`,
  previewListening: (url: string) => `Aperçu local : ${url}`,
  previewWritesTo: (workbook: string, isDemo: boolean) =>
    `${isDemo ? 'Démonstration : une copie est utilisée. ' : ''}Les enregistrements sont écrits dans ${workbook}. Ctrl+C pour arrêter.`,
  networkSummary: (nodes: number, edges: number, communities: number) =>
    `Réseau : ${plural(nodes, 'nœud')}, ${plural(edges, 'lien')}, ${plural(communities, 'communauté')}`,
  fileWritten: (path: string) => `Écrit : ${path}`,
  unexpected: (why: string) => `erreur inattendue : ${why}`,
  calendarLate: 'En retard',
  calendarNext: (days: number) => `Dans les ${days} prochains jours`,
  calendarNothing: 'Rien.',
  memoryNothing: 'Aucune entrée trouvée.',

  // usage errors (commander's, said again)
  unknownOption: (option: string) => `option inconnue : ${option}`,
  unknownCommand: (command: string) => `commande inconnue : ${command} (voir citego --help)`,
  missingValue: (option: string | null) => `valeur manquante pour ${option ?? 'une option'}`,
  notAChoice: (option: string, value: string, choices: readonly string[]) =>
    `${option} : « ${value} » n’est pas permis (${choices.join(' ou ')})`,
  tooManyArguments: () => 'trop d’arguments (voir citego --help)',

  // help
  program: 'Console de l’association : lecture, vérification et rapports sur un classeur .xlsx (démo intégrée par défaut)',
  commands: {
    overview: 'lit toutes les feuilles et résume ce qui a été trouvé',
    check: 'vérifie la cohérence du budget, du journal, des financements et des conventions (code 1 s’il y a des erreurs)',
    report: 'génère le rapport annuel (activité et financier) en .docx dans --out',
    export: 'prépare le dossier de l’expert-comptable (FEC, grand livre, balance…) dans --out/<année>/',
    preview: 'sert les barres latérales sur 127.0.0.1 et exécute leurs appels sur le classeur .xlsx',
    close: 'propose les écritures d’inventaire de l’exercice (--accept ID… ou --accept-all les écrit dans « Écritures d’inventaire »)',
    init: 'crée les feuilles manquantes (Installer / réparer) dans --workbook, sans toucher aux données',
    cerfa15059: 'écrit le compte rendu financier de subvention (Cerfa 15059) d’une convention en .docx dans --out',
    deploy: 'installe la console sur un classeur Google Sheets (clasp : build, création du script lié, envoi, vérification)',
    login: 'autorise citego à lire vos classeurs Google Sheets (navigateur, jeton gardé dans votre dossier de configuration)',
    logout: 'supprime l’autorisation Google gardée par citego login',
    provision: 'crée un classeur Google Sheets avec toutes les feuilles (--from : rempli depuis un .xlsx), prêt pour citego deploy',
    links: 'vérifie les liens (URL) de Dossiers et de Veille : liste les liens cassés avec leur ligne (code 1 s’il y en a)',
    reconcile: 'rapproche le relevé bancaire (feuille Relevés) du Journal : pointe, liste les écarts, propose frais et intérêts',
    // the memory and the calendar (issue 16)
    memory: 'cherche dans la Mémoire (« charte », sans accents ni majuscules) ; --decisions écrit le registre des décisions en .docx',
    calendar: 'liste les échéances en retard et des 90 prochains jours ; --ics écrit le calendrier .ics',
    partner:
      'imprime la fiche d’un partenaire : conventions, argent reçu et payé par exercice, personnes et groupes, dossiers, Mémoire, opportunités, échéances',
    atlas:
      'l’atlas relationnel : sans option (ou --coverage) ce que les contenus publiés documentent — domaines, paires de domaines, manques ; --skos l’écrit en SKOS (Turtle), --gexf pour Gephi, --import lit un fichier SKOS (aperçu, --write l’écrit)',
    network: 'le réseau (partenaires, personnes, projets, groupes) : résumé, et --gexf pour Gephi, --svg pour l’image',
    ag: 'prépare le dossier de l’assemblée générale (ordre du jour, affectation du résultat, budget prévisionnel, procès-verbal) en .docx dans --out',
    cashplan: 'imprime le plan de trésorerie sur douze mois (Journal, Échéances, budget ; mois sous la trésorerie minimale signalés)',
  },
  options: {
    workbook: { value: 'fichier', help: 'classeur .xlsx (par défaut : la démo intégrée)' },
    newWorkbook: { value: 'fichier', help: 'classeur .xlsx à compléter (créé s’il n’existe pas)' },
    out: { value: 'dossier', help: 'dossier de sortie (par défaut : out)' },
    year: { value: 'aaaa', help: 'exercice (par défaut : le dernier exercice clos)' },
    checkYear: { value: 'aaaa', help: 'exercice à vérifier (par défaut : tous)' },
    convention: { value: 'id', help: 'la convention de subvention (ex. C-2025-002)' },
    cerfaYear: { value: 'aaaa', help: 'exercice (par défaut : le dernier exercice clos de la convention)' },
    json: { help: 'sortie JSON {"findings":[…]}' },
    date: { value: 'aaaa-mm-jj', help: 'date du jour pour les échéances (par défaut : aujourd’hui)' },
    exportDate: { value: 'aaaa-mm-jj', help: 'date de l’export, ValidDate du FEC (par défaut : aujourd’hui)' },
    port: { value: 'n', help: 'port (par défaut 8787 ; 0 = un port libre)' },
    importCsv: { value: 'relevé.csv', help: 'importe d’abord ce fichier CSV de la banque dans Relevés' },
    accept: { value: 'ligne...', help: 'ajoute au Journal les écritures proposées de ces lignes de Relevés' },
    reconcileYear: { value: 'aaaa', help: 'exercice (par défaut : celui de la dernière ligne du relevé)' },
    acceptEntries: { value: 'id...', help: 'écritures proposées à accepter (leurs identifiants)' },
    acceptAll: { help: 'accepte toutes les écritures proposées' },
    coverage: { help: 'la couverture de l’atlas par les contenus publiés, et ce que le site ne dit pas encore' },
    coverageYear: { value: 'aaaa', help: 'exercice des termes les plus utilisés (par défaut : l’exercice en cours)' },
    lang: { value: 'langue', help: 'langue des messages : fr ou en (par défaut : fr)' },
    spreadsheet: {
      value: 'id-ou-adresse',
      help: 'le classeur Google Sheets : son ID ou son adresse https://docs.google.com/spreadsheets/d/…',
    },
    project: { value: 'dossier', help: 'le dossier du projet Citego (par défaut : celui de cette commande)' },
    sheet: { value: 'id-ou-adresse', help: 'lit le classeur Google Sheets en direct (API Sheets, lecture seule) au lieu d’un .xlsx' },
    client: { value: 'client.json', help: 'le client OAuth « application de bureau » téléchargé de Google Cloud' },
    writeScope: { help: 'demande aussi l’écriture (pour citego provision) au lieu de la lecture seule' },
    title: { value: 'titre', help: 'le nom du nouveau classeur Google Sheets' },
    from: { value: 'fichier', help: 'remplit le nouveau classeur avec les feuilles de ce .xlsx (ex. examples/demo.xlsx)' },
    skosOut: { value: 'fichier.ttl', help: 'écrit l’atlas en SKOS (Turtle) dans ce fichier' },
    gexfOut: { value: 'fichier.gexf', help: 'écrit l’atlas en graphe pour Gephi (GEXF 1.3) dans ce fichier' },
    skosImport: { value: 'fichier.ttl', help: 'lit ce fichier SKOS (Turtle) et montre ce qui changerait dans Atlas et Relations' },
    write: { help: 'avec --import : écrit ces changements dans --workbook' },
    parallel: { value: 'n', help: 'requêtes en parallèle (par défaut : 4)' },
    linkTimeout: { value: 'secondes', help: 'délai maximal par lien, connexion comprise (par défaut : 10)' },
    forceNew: { help: 'crée un nouveau script même si .clasp.json est lié à un autre classeur (l’ancien est gardé)' },
    // the memory and the calendar (issue 16)
    query: { value: 'mots', help: 'les mots cherchés (début de mot, sans accents ni majuscules)' },
    memoryType: { value: 'type', help: 'seulement ce type d’entrée (AG, bureau, décision, événement, publication, partenariat)' },
    memoryYear: { value: 'aaaa', help: 'seulement les entrées de cette année' },
    memoryPartner: { value: 'id', help: 'seulement les entrées liées à ce partenaire (ex. P-0002)' },
    memoryProject: { value: 'code', help: 'seulement les entrées liées à ce projet (ex. ATLAS)' },
    decisions: { help: 'écrit le registre des décisions de --year (par défaut l’année en cours) en .docx dans --out' },
    ics: { value: 'fichier', help: 'écrit tout le calendrier dans ce fichier .ics (à importer ou à publier)' },
    partner: { value: 'id', help: 'l’ID du partenaire (ex. P-0003) ou son nom ; par défaut, le premier de Partenaires' },
    gexf: { value: 'fichier.gexf', help: 'écrit le graphe au format GEXF 1.3 (Gephi)' },
    svg: { value: 'fichier.svg', help: 'écrit l’image du réseau en SVG' },
    networkYear: { value: 'aaaa', help: 'le réseau de cet exercice : mandats et conventions en cours (par défaut : tout)' },
    cashFrom: { value: 'aaaa-mm', help: 'premier mois du plan (par défaut : le mois en cours)' },
  } satisfies Record<string, OptionHelp>,
  help: {
    headings: {
      'Usage:': 'Utilisation :',
      'Options:': 'Options :',
      'Commands:': 'Commandes :',
      'Arguments:': 'Arguments :',
      'Global Options:': 'Options globales :',
    } as Readonly<Record<string, string>>,
    rootUsage: '[options] [commande]',
    helpOption: 'affiche l’aide de la commande',
    helpCommand: 'help [commande]',
    helpCommandText: 'affiche l’aide d’une commande',
  },
};

export type CliMessages = typeof cli;
export type CliCommandName = keyof CliMessages['commands'];
export type CliOptionName = keyof CliMessages['options'];
