/** The reading layer's sentences in French: what a user sees about a cell, a column or a setting. */
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros } from '../../values/money';
import type { ExpectedSetting } from '../../sheets/settings/parse-settings';

const KIND_FR: Record<string, string> = {
  amount: 'un montant (ex. 1 234,56)',
  date: 'une date (ex. 15/03/2025)',
  integer: 'un nombre entier',
  decimal: 'un nombre (ex. 2,5)',
  account: 'un numéro de compte (ex. 6226)',
  bool: 'oui ou non',
  text: 'un texte',
  id: 'un identifiant',
  ref: 'une référence',
};
const EXPECTED_FR: Record<ExpectedSetting, string> = {
  siren: 'un SIREN (9 chiffres)',
  siret: 'un SIRET (14 chiffres)',
  rna: 'un numéro RNA (W suivi de 9 caractères, ex. W691234567)',
  dayMonth: 'un jour et un mois (ex. 01/01)',
  email: 'une adresse e-mail',
  positiveAmount: 'un montant positif',
  lang: 'fr ou en',
  accounts: 'une liste de comptes comme « 6185 Colloques ; 7088 Autres produits »',
  positiveNumber: 'un nombre positif',
  date: 'une date (ex. 14/06/2026)',
};

/** Every user-facing sentence of the reading layer, in both languages, with the same signature. */
export interface ReadingMessages {
  cellNotKind(value: string, kind: string): string;
  cellNotChoice(value: string, choices: readonly string[]): string;
  cellTooLong(length: number, max: number): string;
  cellRequired(): string;
  missingColumns(sheet: string, headers: readonly string[], headerRow: number | null): string;
  totalRowIgnored(): string;
  sheetTwin(read: string, ignored: readonly string[]): string;
  settingInvalid(name: string, value: string, expected: string): string;
  settingUnknown(name: string): string;
  settingExpected(kind: ExpectedSetting): string;
  ambiguousAmount(typed: string, cents: number): string;
  twoDigitYear(typed: string, date: IsoDate): string;
  dateFr(date: IsoDate): string;
}

export const reading: ReadingMessages = {
  cellNotKind: (value, kind) => `« ${value} » n'est pas ${KIND_FR[kind] ?? kind}.`,
  cellNotChoice: (value, choices) => `« ${value} » n'est pas une valeur prévue ; valeurs possibles : ${choices.join(', ')}.`,
  cellTooLong: (length, max) => `Texte trop long (${length} caractères, ${max} au plus).`,
  cellRequired: () => 'Cellule vide : ce champ est obligatoire sur chaque ligne.',
  missingColumns: (sheet, headers, headerRow) =>
    headers.length === 1
      ? `Feuille ${sheet} : colonne « ${headers[0]} » introuvable${headerRow ? ` (en-têtes lus ligne ${headerRow})` : ''}. Ajoutez-la ou renommez l'en-tête ; la feuille n'a pas été lue.`
      : `Feuille ${sheet} : colonnes ${headers.map((h) => `« ${h} »`).join(', ')} introuvables${headerRow ? ` (en-têtes lus ligne ${headerRow})` : ''}. Ajoutez-les ou renommez les en-têtes ; la feuille n'a pas été lue.`,
  totalRowIgnored: () => 'Ligne de total ignorée (elle n’est pas une opération).',
  sheetTwin: (read, ignored) =>
    `Les feuilles ${[read, ...ignored].map((n) => `« ${n} »`).join(' et ')} ne diffèrent que par les majuscules ou les accents : « ${read} » est lue, ${ignored.map((n) => `« ${n} »`).join(', ')} ${ignored.length > 1 ? 'sont ignorées' : 'est ignorée'}. Supprimez ou renommez celle qui ne sert pas.`,
  settingInvalid: (name, value, expected) =>
    `Paramètre « ${name} » : « ${value} » n'est pas ${expected} ; la valeur par défaut est utilisée.`,
  settingUnknown: (name) => `Paramètre « ${name} » inconnu : il est ignoré.`,
  settingExpected: (kind) => EXPECTED_FR[kind],
  ambiguousAmount: (typed, cents) =>
    `« ${typed} » est lu ${formatEuros(cents)} (le point sépare les milliers) : vérifiez ce montant, et écrivez-le sans point pour lever le doute.`,
  twoDigitYear: (typed, date) =>
    `« ${typed} » est lu le ${formatDateFr(date)} : écrivez l'année en entier (quatre chiffres) pour lever le doute.`,
  dateFr: (date) => formatDateFr(date),
};
