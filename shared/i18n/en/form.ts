/** The convention form's server-side messages in English: same keys and signatures as the French file. */
import { formatEuros } from '../../values/money';
import type { FormMessages } from '../fr/form';

export const form: FormMessages = {
  unreadableForm: () => 'Unreadable form: reload the sidebar.',
  required: () => 'Required field.',
  textExpected: () => 'Invalid value: text expected.',
  tooLong: (length, max) => `Too long: ${length} characters, at most ${max}.`,
  dateRequired: () => 'Date required.',
  dateExpected: () => 'Invalid date: type it like 15/03/2025.',
  notADate: (value) => `"${value}" is not a valid date (e.g. 15/03/2025).`,
  amountRequired: () => 'Amount required.',
  amountExpected: () => 'Invalid amount: type it like 1 234,56.',
  notAnAmount: (value) => `"${value}" is not an amount (e.g. 1 234,56).`,
  negativeAmount: () => 'The amount cannot be negative.',
  amountTooLarge: () => 'Amount out of range (at most 100 million euros).',
  unknownChoice: (choices) => `Unknown value; choose among: ${choices.join(', ')}.`,
  missingRequestId: () => 'Missing or invalid request id: reload the sidebar.',
  conventionGone: (id) => `Agreement ${id} is no longer in the Conventions sheet.`,
  unknownProject: (code) => `Unknown project "${code}": pick it from the list.`,
  unreadablePartner: () => 'Unreadable new partner.',
  partnerNameRequired: () => 'Partner name required.',
  partnerFieldTooLong: (max) => `Too long: at most ${max} characters per field.`,
  partnerExists: (name) => `"${name}" already exists: pick it from the list.`,
  unknownPartnerType: (choices) => `Unknown type; choose among: ${choices.join(', ')}.`,
  notAnEmail: (value) => `"${value}" is not a valid e-mail address.`,
  choosePartner: () => 'Choose a partner, or create one.',
  unknownPartner: (id) => `Unknown partner "${id}": pick it from the list.`,
  endBeforeStart: () => 'The end is before the start.',
  invalidSchedule: (max) => `Invalid schedule (at most ${max} instalments).`,
  unreadableInstalment: () => 'Unreadable instalment.',
  instalmentNotPositive: () => 'An instalment must be positive.',
  instalmentsTotal: (total, amount) =>
    `The instalments add up to ${formatEuros(total)}, for an amount of ${formatEuros(amount)} (gap ${formatEuros(Math.abs(total - amount))}).`,
  invalidReports: (max) => `Invalid report deadlines (at most ${max}).`,
  invalidValue: () => 'Invalid value.',
  fieldsToFix: (count) => (count === 1 ? 'One field needs fixing: nothing was saved.' : `${count} fields need fixing: nothing was saved.`),
};
