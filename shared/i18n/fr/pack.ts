/**
 * The accountant's pack as the user sees it in French (the sidebar's checklist, `citego export`):
 * what each file holds and what is ready or missing. The files themselves — names, column
 * headers, contents — stay French whatever the language: they are for a French accountant.
 */
import { formatNumber } from '../../values/numbers';

export const pack = {
  files: {
    fec: (lines: number) => `Fichier des écritures comptables (${formatNumber(lines)} lignes)`,
    generalLedger: 'Grand livre',
    trialBalance: 'Balance des comptes',
    budget: 'Budget et réalisé par projet',
    volunteering: 'Valorisation du bénévolat (864/875)',
    subsidies: 'Subventions accordées, reçues, non utilisées',
    vouchers: 'Index des pièces et justificatifs',
    excluded: 'Lignes du Journal à corriger, non reprises dans les écritures',
  },
  labels: {
    fec: 'FEC',
    journal: 'Journal',
    vouchers: 'Justificatifs',
    email: "E-mail de l'expert-comptable",
    report: 'Rapport annuel',
  },
  fecReady: (file: string, entries: number) =>
    `${file}, ${formatNumber(entries)} ${entries > 1 ? 'écritures équilibrées' : 'écriture équilibrée'}`,
  journalBooked: (lines: number) => `${formatNumber(lines)} ${lines > 1 ? 'opérations reprises' : 'opération reprise'}`,
  journalExcluded: (rows: readonly number[]) =>
    rows.length > 1
      ? `${rows.length} lignes à corriger (lignes ${rows.join(', ')}), non reprises`
      : `1 ligne à corriger (ligne ${rows[0]}), non reprise`,
  vouchersComplete: () => 'toutes les pièces ont un justificatif',
  vouchersMissing: (n: number) =>
    n > 1 ? `${formatNumber(n)} pièces sans numéro ou sans justificatif` : '1 pièce sans numéro ou sans justificatif',
  emailMissing: () => 'à renseigner dans Paramètres',
  reportJoined: () => 'joint au dossier',
  reportMissing: () => 'pas encore généré',
};

export type PackMessages = typeof pack;
export type PackFileKey = keyof PackMessages['files'];
export type ChecklistKey = keyof PackMessages['labels'];
