/** The reading layer's sentences in English, same keys and signatures as the French ones. */
import type { ReadingMessages } from '../fr/reading';
import { formatEurosEn } from '../../values/money';
import type { ExpectedSetting } from '../../sheets/settings/parse-settings';

const KIND_EN: Record<string, string> = {
  amount: 'an amount (e.g. 1,234.56)',
  date: 'a date (e.g. 15/03/2025)',
  integer: 'a whole number',
  decimal: 'a number (e.g. 2.5)',
  account: 'an account number (e.g. 6226)',
  bool: 'yes or no',
  text: 'a text',
  id: 'an identifier',
  ref: 'a reference',
};

const EXPECTED_EN: Record<ExpectedSetting, string> = {
  siren: 'a SIREN number (9 digits)',
  siret: 'a SIRET number (14 digits)',
  rna: 'an RNA number (W and 9 characters, e.g. W691234567)',
  dayMonth: 'a day and month (e.g. 01/01)',
  email: 'an e-mail address',
  positiveAmount: 'a positive amount',
  lang: 'fr or en',
  accounts: 'a list of accounts like "6185 Conferences; 7088 Other income"',
  positiveNumber: 'a positive number',
  date: 'a date (e.g. 14/06/2026)',
};

export const reading: ReadingMessages = {
  cellNotKind: (value, kind) => `"${value}" is not ${KIND_EN[kind] ?? kind}.`,
  cellNotChoice: (value, choices) => `"${value}" is not an expected value; possible values: ${choices.join(', ')}.`,
  cellTooLong: (length, max) => `Text too long (${length} characters, at most ${max}).`,
  cellRequired: () => 'Empty cell: this field is required on every row.',
  missingColumns: (sheet, headers, headerRow) =>
    `Sheet ${sheet}: column${headers.length > 1 ? 's' : ''} ${headers.map((h) => `"${h}"`).join(', ')} not found${headerRow ? ` (headers read on row ${headerRow})` : ''}. Add or rename; the sheet was not read.`,
  totalRowIgnored: () => 'Total row ignored (it is not a transaction).',
  sheetTwin: (read, ignored) =>
    `Sheets ${[read, ...ignored].map((n) => `"${n}"`).join(' and ')} differ only by capitals or accents: "${read}" is read, ${ignored.map((n) => `"${n}"`).join(', ')} ${ignored.length > 1 ? 'are' : 'is'} ignored. Delete or rename the one not in use.`,
  settingInvalid: (name, value, expected) => `Setting "${name}": "${value}" is not ${expected}; the default is used.`,
  settingUnknown: (name) => `Unknown setting "${name}": ignored.`,
  settingExpected: (kind) => EXPECTED_EN[kind],
  ambiguousAmount: (typed, cents) =>
    `"${typed}" is read as ${formatEurosEn(cents)} (the dot separates thousands): check this amount, and type it without the dot to remove the doubt.`,
  twoDigitYear: (typed, date) => `"${typed}" is read as ${date}: type the year in full (four digits) to remove the doubt.`,
  dateFr: (date) => date,
};
