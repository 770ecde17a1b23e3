/** The convention form's server-side messages in French: one per field problem, shown under the field. */
import { formatEuros, type Cents } from '../../values/money';

export const form = {
  unreadableForm: () => 'Formulaire illisible : rechargez la barre latérale.',
  required: () => 'Champ obligatoire.',
  textExpected: () => 'Valeur invalide : du texte est attendu.',
  tooLong: (length: number, max: number) => `Trop long : ${length} caractères, ${max} au plus.`,
  dateRequired: () => 'Date obligatoire.',
  dateExpected: () => 'Date invalide : saisissez-la comme 15/03/2025.',
  notADate: (value: string) => `« ${value} » n'est pas une date valide (ex. 15/03/2025).`,
  amountRequired: () => 'Montant obligatoire.',
  amountExpected: () => 'Montant invalide : saisissez-le comme 1 234,56.',
  notAnAmount: (value: string) => `« ${value} » n'est pas un montant (ex. 1 234,56).`,
  negativeAmount: () => 'Le montant ne peut pas être négatif.',
  amountTooLarge: () => 'Montant hors de portée (100 millions d’euros au plus).',
  unknownChoice: (choices: readonly string[]) => `Valeur inconnue ; choisissez parmi : ${choices.join(', ')}.`,
  missingRequestId: () => 'Identifiant de demande manquant ou invalide : rechargez la barre latérale.',
  conventionGone: (id: string) => `La convention ${id} n'existe plus dans la feuille Conventions.`,
  unknownProject: (code: string) => `Projet « ${code} » inconnu : choisissez-le dans la liste.`,
  unreadablePartner: () => 'Nouveau partenaire illisible.',
  partnerNameRequired: () => 'Nom du partenaire obligatoire.',
  partnerFieldTooLong: (max: number) => `Trop long : ${max} caractères au plus par champ.`,
  partnerExists: (name: string) => `« ${name} » existe déjà : choisissez-le dans la liste.`,
  unknownPartnerType: (choices: readonly string[]) => `Type inconnu ; choisissez parmi : ${choices.join(', ')}.`,
  notAnEmail: (value: string) => `« ${value} » n'est pas une adresse e-mail valide.`,
  choosePartner: () => 'Choisissez un partenaire, ou créez-le.',
  unknownPartner: (id: string) => `Partenaire « ${id} » inconnu : choisissez-le dans la liste.`,
  endBeforeStart: () => 'La fin précède le début.',
  invalidSchedule: (max: number) => `Échéancier invalide (${max} versements au plus).`,
  unreadableInstalment: () => 'Versement illisible.',
  instalmentNotPositive: () => 'Un versement doit être positif.',
  instalmentsTotal: (total: Cents, amount: Cents) =>
    `Les versements totalisent ${formatEuros(total)}, pour un montant de ${formatEuros(amount)} (écart ${formatEuros(Math.abs(total - amount))}).`,
  invalidReports: (max: number) => `Échéances de rapport invalides (${max} au plus).`,
  invalidValue: () => 'Valeur invalide.',
  fieldsToFix: (count: number) =>
    count === 1 ? 'Un champ est à corriger : rien n’a été enregistré.' : `${count} champs sont à corriger : rien n’a été enregistré.`,
};

export type FormMessages = typeof form;
