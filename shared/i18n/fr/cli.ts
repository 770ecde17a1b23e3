/** What the `citego` command line prints, in French (its help stays in French, like the README). */
import { formatNumber } from '../../values/numbers';

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n > 1 ? 's' : ''}`;

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
};

export type CliMessages = typeof cli;
