import { dateInTimeZone, isDate } from '../../values/dates';
import { isEmailAddress } from '../../values/email';
import type { Finding } from '../findings';
import { isLang, type Lang } from '../../i18n/lang';
import type { ReadingMessages } from '../../i18n/fr/reading';
import { parseAmount, type Cents } from '../../values/money';
import { parseExtraAccounts } from '../../ledger/accounts';
import type { CellValue } from '../ports';
import { settingsTable } from '../schema/tables';
import { normalizeLabel, quoteCell } from '../../values/text';
import { isBlank } from '../parse/cells';
import { parseTable } from '../parse/table';

/** Paramètres sheet, every key optional with a sensible default. */
export interface Settings {
  readonly associationName: string;
  readonly siren: string | null;
  /** First day of the fiscal year, e.g. { month: 1, day: 1 }. */
  readonly fiscalYearStart: { readonly month: number; readonly day: number };
  readonly accountantEmail: string | null;
  readonly driveFolder: string | null;
  /** Value of one volunteer hour (contributions volontaires, accounts 864/875). */
  readonly volunteerHourlyRate: Cents;
  readonly language: Lang;
  readonly overrunThresholdPercent: number;
  readonly reportAlertDays: number;
  /** Accounts the association added to the chart (Paramètres › Comptes supplémentaires). */
  readonly extraAccounts: Readonly<Record<string, string>>;
}

/** SMIC horaire brut au 1er novembre 2024 (11,88 €): the usual basis for valuing volunteer time. */
export const DEFAULT_HOURLY_RATE: Cents = 1188;

export const DEFAULT_SETTINGS: Settings = {
  associationName: '',
  siren: null,
  fiscalYearStart: { month: 1, day: 1 },
  accountantEmail: null,
  driveFolder: null,
  volunteerHourlyRate: DEFAULT_HOURLY_RATE,
  language: 'fr',
  overrunThresholdPercent: 10,
  reportAlertDays: 30,
  extraAccounts: {},
};

type Key = Exclude<keyof Settings, never>;

/** The parameter names as written in the sheet, with accepted variants. */
export const SETTING_NAMES: readonly { key: Key; label: string; synonyms: readonly string[]; example: string }[] = [
  { key: 'associationName', label: "Nom de l'association", synonyms: ['Association', 'Nom'], example: '' },
  { key: 'siren', label: 'SIREN', synonyms: ['N° SIREN', 'Numéro SIREN'], example: '' },
  { key: 'fiscalYearStart', label: "Début de l'exercice", synonyms: ['Début exercice', 'Exercice commence le'], example: '01/01' },
  {
    key: 'accountantEmail',
    label: "E-mail de l'expert-comptable",
    synonyms: ['Expert-comptable', 'Email expert-comptable', 'E-mail comptable'],
    example: '',
  },
  { key: 'driveFolder', label: 'Dossier Drive', synonyms: ['Dossier', 'Dossier partagé'], example: '' },
  {
    key: 'volunteerHourlyRate',
    label: 'Taux horaire du bénévolat',
    synonyms: ['Taux horaire bénévolat', 'Valorisation horaire'],
    example: '11,88',
  },
  { key: 'language', label: 'Langue', synonyms: ['Language'], example: 'fr' },
  {
    key: 'overrunThresholdPercent',
    label: 'Seuil de dépassement budgétaire (%)',
    synonyms: ['Seuil de dépassement', 'Seuil dépassement budget'],
    example: '10',
  },
  { key: 'reportAlertDays', label: 'Alerte rapports (jours)', synonyms: ['Alerte rapports', 'Délai alerte rapports'], example: '30' },
  { key: 'extraAccounts', label: 'Comptes supplémentaires', synonyms: ['Comptes ajoutés', 'Plan comptable (ajouts)'], example: '' },
];

function findKey(name: string): Key | null {
  const n = normalizeLabel(name);
  for (const s of SETTING_NAMES) {
    if (normalizeLabel(s.label) === n || s.synonyms.some((x) => normalizeLabel(x) === n)) return s.key;
  }
  return null;
}

function textOf(value: CellValue): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Reads the Paramètres sheet: unknown keys and bad values are findings, defaults stand in. */
export function parseSettings(
  sheet: string,
  rows: readonly (readonly CellValue[])[],
  timeZone: string,
  msg: ReadingMessages,
  findings: Finding[],
): Settings {
  const table = parseTable(settingsTable, sheet, rows, timeZone, msg, findings);
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS };
  if (!table.header) return out;
  const valueHeader = table.header.headerText.value;
  const valueIndex = table.header.index.value;
  for (const rec of table.records) {
    if (rec.name === null) continue;
    const name = rec.name;
    const key = findKey(name);
    const raw = rows[rec.row - 1][valueIndex];
    if (!key) {
      findings.push({
        rule: 'settings.unknown',
        severity: 'info',
        message: msg.settingUnknown(name),
        sheet,
        row: rec.row,
        column: table.header.headerText.name,
      });
      continue;
    }
    if (isBlank(raw)) continue;
    const text = textOf(raw);
    const bad = (expected: string) =>
      findings.push({
        rule: 'cell.invalid',
        severity: 'error',
        message: msg.settingInvalid(name, quoteCell(text), expected),
        sheet,
        row: rec.row,
        column: valueHeader,
        columnIndex: valueIndex + 1,
      });
    switch (key) {
      case 'associationName':
        out.associationName = text;
        break;
      case 'siren': {
        const digits = text.replace(/\s/g, '');
        if (/^\d{9}$/.test(digits)) out.siren = digits;
        else bad('un SIREN (9 chiffres)');
        break;
      }
      case 'fiscalYearStart': {
        // "01/01", "1/7", or a date cell whose day and month are taken.
        const iso = isDate(raw) ? dateInTimeZone(raw, timeZone) : null;
        const m = iso ? [iso, iso.slice(8, 10), iso.slice(5, 7)] : /^(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?$/.exec(text);
        const day = m ? Number(m[1]) : NaN;
        const month = m ? Number(m[2]) : NaN;
        if (month >= 1 && month <= 12 && day >= 1 && day <= 28) out.fiscalYearStart = { month, day };
        else bad('un jour et un mois (ex. 01/01)');
        break;
      }
      case 'accountantEmail':
        if (isEmailAddress(text)) out.accountantEmail = text;
        else bad('une adresse e-mail');
        break;
      case 'driveFolder':
        out.driveFolder = text;
        break;
      case 'volunteerHourlyRate': {
        const r = parseAmount(raw);
        if (r.ok && r.cents >= 0) out.volunteerHourlyRate = r.cents;
        else bad('un montant positif');
        break;
      }
      case 'language': {
        const lang = normalizeLabel(text).slice(0, 2);
        if (isLang(lang)) out.language = lang;
        else bad('fr ou en');
        break;
      }
      case 'extraAccounts': {
        const accounts = parseExtraAccounts(text);
        if (accounts) out.extraAccounts = accounts;
        else bad('une liste de comptes comme « 6185 Colloques ; 7088 Autres produits »');
        break;
      }
      case 'overrunThresholdPercent':
      case 'reportAlertDays': {
        const n = typeof raw === 'number' ? raw : Number(text.replace('%', '').replace(',', '.').trim());
        if (Number.isFinite(n) && n >= 0) out[key] = n;
        else bad('un nombre positif');
        break;
      }
    }
  }
  return out;
}
