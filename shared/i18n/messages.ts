import { formatDateFr, type IsoDate } from '../values/dates';

export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

const KIND_FR: Record<string, string> = {
  amount: 'un montant (ex. 1 234,56)',
  date: 'une date (ex. 15/03/2025)',
  integer: 'un nombre entier',
  decimal: 'un nombre (ex. 2,5)',
  account: 'un numéro de compte (ex. 6226)',
  bool: 'oui ou non',
};
const KIND_EN: Record<string, string> = {
  amount: 'an amount (e.g. 1,234.56)',
  date: 'a date (e.g. 15/03/2025)',
  integer: 'a whole number',
  decimal: 'a number (e.g. 2.5)',
  account: 'an account number (e.g. 6226)',
  bool: 'yes or no',
};

/** Every user-facing sentence of the reading layer, in both languages, with the same signature. */
export interface Messages {
  cellNotKind(value: string, kind: string): string;
  cellNotChoice(value: string, choices: readonly string[]): string;
  cellTooLong(length: number, max: number): string;
  cellRequired(): string;
  missingColumns(sheet: string, headers: readonly string[], headerRow: number | null): string;
  totalRowIgnored(): string;
  settingInvalid(name: string, value: string, expected: string): string;
  settingUnknown(name: string): string;
  dateFr(date: IsoDate): string;
}

export const fr: Messages = {
  cellNotKind: (value, kind) => `« ${value} » n'est pas ${KIND_FR[kind] ?? kind}.`,
  cellNotChoice: (value, choices) => `« ${value} » n'est pas une valeur prévue ; valeurs possibles : ${choices.join(', ')}.`,
  cellTooLong: (length, max) => `Texte trop long (${length} caractères, ${max} au plus).`,
  cellRequired: () => 'Cellule vide : ce champ est obligatoire sur chaque ligne.',
  missingColumns: (sheet, headers, headerRow) =>
    headers.length === 1
      ? `Feuille ${sheet} : colonne « ${headers[0]} » introuvable${headerRow ? ` (en-têtes lus ligne ${headerRow})` : ''}. Ajoutez-la ou renommez l'en-tête ; la feuille n'a pas été lue.`
      : `Feuille ${sheet} : colonnes ${headers.map((h) => `« ${h} »`).join(', ')} introuvables${headerRow ? ` (en-têtes lus ligne ${headerRow})` : ''}. Ajoutez-les ou renommez les en-têtes ; la feuille n'a pas été lue.`,
  totalRowIgnored: () => 'Ligne de total ignorée (elle n’est pas une opération).',
  settingInvalid: (name, value, expected) =>
    `Paramètre « ${name} » : « ${value} » n'est pas ${expected} ; la valeur par défaut est utilisée.`,
  settingUnknown: (name) => `Paramètre « ${name} » inconnu : il est ignoré.`,
  dateFr: (date) => formatDateFr(date),
};

export const en: Messages = {
  cellNotKind: (value, kind) => `"${value}" is not ${KIND_EN[kind] ?? kind}.`,
  cellNotChoice: (value, choices) => `"${value}" is not an expected value; possible values: ${choices.join(', ')}.`,
  cellTooLong: (length, max) => `Text too long (${length} characters, at most ${max}).`,
  cellRequired: () => 'Empty cell: this field is required on every row.',
  missingColumns: (sheet, headers, headerRow) =>
    `Sheet ${sheet}: column${headers.length > 1 ? 's' : ''} ${headers.map((h) => `"${h}"`).join(', ')} not found${headerRow ? ` (headers read on row ${headerRow})` : ''}. Add or rename; the sheet was not read.`,
  totalRowIgnored: () => 'Total row ignored (it is not a transaction).',
  settingInvalid: (name, value, expected) => `Setting "${name}": "${value}" is not ${expected}; the default is used.`,
  settingUnknown: (name) => `Unknown setting "${name}": ignored.`,
  dateFr: (date) => date,
};

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : fr;
}
