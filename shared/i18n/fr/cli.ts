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
  unexpected: (why: string) => `erreur inattendue : ${why}`,

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
    reconcile: 'rapproche le relevé bancaire (feuille Relevés) du Journal : pointe, liste les écarts, propose frais et intérêts',
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
    lang: { value: 'langue', help: 'langue des messages : fr ou en (par défaut : fr)' },
    spreadsheet: {
      value: 'id-ou-adresse',
      help: 'le classeur Google Sheets : son ID ou son adresse https://docs.google.com/spreadsheets/d/…',
    },
    project: { value: 'dossier', help: 'le dossier du projet Citego (par défaut : celui de cette commande)' },
    forceNew: { help: 'crée un nouveau script même si .clasp.json est lié à un autre classeur (l’ancien est gardé)' },
    from: { value: 'aaaa-mm', help: 'premier mois du plan (par défaut : le mois en cours)' },
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
