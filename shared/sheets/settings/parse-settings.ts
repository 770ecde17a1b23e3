import { dateCellText, dateInTimeZone, isDate, parseDate, type IsoDate } from '../../values/dates';
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
  /** Paramètres › SIRET and › N° RNA (optional): the CERFA 15059 identification; blank stays blank, never invented. */
  readonly siret: string | null;
  readonly rna: string | null;
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
  /** The association's resource site (Paramètres › Site web): the base of the atlas' SKOS IRIs. */
  readonly website: string | null;
  /** The annual report's cover (docs/domain.md, "Annual report"): the AG's date and the day the board closed the accounts, null when blank. */
  readonly agDate: IsoDate | null;
  readonly accountsClosedOn: IsoDate | null;
  /** Paramètres › Trésorerie minimale: the cash plan flags the months that end below it (docs/domain.md, "Twelve-month cash plan"). */
  readonly minimumCash: Cents;
}

/** SMIC horaire brut au 1er novembre 2024 (11,88 €): the usual basis for valuing volunteer time. */
export const DEFAULT_HOURLY_RATE: Cents = 1188;

export const DEFAULT_SETTINGS: Settings = {
  associationName: '',
  siren: null,
  siret: null,
  rna: null,
  fiscalYearStart: { month: 1, day: 1 },
  accountantEmail: null,
  driveFolder: null,
  volunteerHourlyRate: DEFAULT_HOURLY_RATE,
  language: 'fr',
  overrunThresholdPercent: 10,
  reportAlertDays: 30,
  extraAccounts: {},
  website: null,
  agDate: null,
  accountsClosedOn: null,
  minimumCash: 0,
};

type Key = Exclude<keyof Settings, never>;

/** The parameter names as written in the sheet, with accepted variants. */
export const SETTING_NAMES: readonly { key: Key; label: string; synonyms: readonly string[]; example: string }[] = [
  { key: 'associationName', label: "Nom de l'association", synonyms: ['Association', 'Nom'], example: '' },
  { key: 'siren', label: 'SIREN', synonyms: ['N° SIREN', 'Numéro SIREN'], example: '' },
  { key: 'siret', label: 'SIRET', synonyms: ['N° SIRET', 'Numéro SIRET'], example: '' },
  { key: 'rna', label: 'N° RNA', synonyms: ['RNA', 'Numéro RNA', 'Numéro RNA (W…)'], example: '' },
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
  { key: 'website', label: 'Site web', synonyms: ['Site', 'Site ressources', 'Site internet', 'Adresse du site'], example: '' },
  { key: 'agDate', label: "Date de l'AG", synonyms: ['Date AG', "Date de l'assemblée générale", 'AG'], example: '' },
  { key: 'accountsClosedOn', label: 'Comptes arrêtés le', synonyms: ['Arrêté des comptes', 'Date d’arrêté des comptes'], example: '' },
  { key: 'minimumCash', label: 'Trésorerie minimale', synonyms: ['Seuil de trésorerie', 'Trésorerie minimum'], example: '' },
];

function findKey(name: string): Key | null {
  const n = normalizeLabel(name);
  for (const s of SETTING_NAMES) {
    if (normalizeLabel(s.label) === n || s.synonyms.some((x) => normalizeLabel(x) === n)) return s.key;
  }
  return null;
}

function textOf(value: CellValue): string {
  if (isDate(value)) return dateCellText(value);
  return String(value).trim();
}

/** How one parameter's cell is read: its value, or the kind of value that was expected. */
type SettingReader = (
  text: string,
  raw: CellValue,
  timeZone: string,
) => { ok: true; value: unknown } | { ok: false; expected: ExpectedSetting };
export type ExpectedSetting =
  'siren' | 'siret' | 'rna' | 'dayMonth' | 'email' | 'positiveAmount' | 'lang' | 'accounts' | 'positiveNumber' | 'date';

const ok = (value: unknown) => ({ ok: true as const, value });
const no = (expected: ExpectedSetting) => ({ ok: false as const, expected });

function readNumber(text: string, raw: CellValue) {
  const n = typeof raw === 'number' ? raw : Number(text.replace('%', '').replace(',', '.').trim());
  return Number.isFinite(n) && n >= 0 ? ok(n) : no('positiveNumber');
}

function readDate(_text: string, raw: CellValue, timeZone: string) {
  const d = parseDate(raw, timeZone);
  return d.ok ? ok(d.date) : no('date');
}

function readPositiveAmount(_text: string, raw: CellValue) {
  const r = parseAmount(raw);
  return r.ok && r.cents >= 0 ? ok(r.cents) : no('positiveAmount');
}

const READERS: Record<Key, SettingReader> = {
  associationName: (text) => ok(text),
  siren: (text) => {
    const digits = text.replace(/\s/g, '');
    return /^\d{9}$/.test(digits) ? ok(digits) : no('siren');
  },
  siret: (text) => {
    const digits = text.replace(/\s/g, '');
    return /^\d{14}$/.test(digits) ? ok(digits) : no('siret');
  },
  // Répertoire national des associations: W and nine digits (or letters in old numbers, e.g. W751234567).
  rna: (text) => {
    const id = text.replace(/\s/g, '').toUpperCase();
    return /^W[0-9A-Z]{9}$/.test(id) ? ok(id) : no('rna');
  },
  // "01/01", "1/7", or a date cell whose day and month are taken.
  fiscalYearStart: (text, raw, timeZone) => {
    const iso = isDate(raw) ? dateInTimeZone(raw, timeZone) : null;
    const m = iso ? [iso, iso.slice(8, 10), iso.slice(5, 7)] : /^(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?$/.exec(text);
    const day = m ? Number(m[1]) : NaN;
    const month = m ? Number(m[2]) : NaN;
    return month >= 1 && month <= 12 && day >= 1 && day <= 28 ? ok({ month, day }) : no('dayMonth');
  },
  accountantEmail: (text) => (isEmailAddress(text) ? ok(text) : no('email')),
  driveFolder: (text) => ok(text),
  website: (text) => ok(text),
  volunteerHourlyRate: readPositiveAmount,
  minimumCash: readPositiveAmount,
  language: (text) => {
    const lang = normalizeLabel(text).slice(0, 2);
    return isLang(lang) ? ok(lang) : no('lang');
  },
  extraAccounts: (text) => {
    const accounts = parseExtraAccounts(text);
    return accounts ? ok(accounts) : no('accounts');
  },
  overrunThresholdPercent: readNumber,
  reportAlertDays: readNumber,
  agDate: readDate,
  accountsClosedOn: readDate,
};

/** Reads the Paramètres sheet: unknown keys and bad values are findings, defaults stand in. */
export function parseSettings(
  sheet: string,
  rows: readonly (readonly CellValue[])[],
  timeZone: string,
  msg: ReadingMessages,
  findings: Finding[],
): Settings {
  const table = parseTable(settingsTable, sheet, rows, timeZone, msg, findings);
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (!table.header) return DEFAULT_SETTINGS;
  const { headerText, index } = table.header;
  for (const rec of table.records) {
    if (rec.name === null) continue;
    const key = findKey(rec.name);
    const raw = rows[rec.row - 1][index.value];
    const at = { sheet, row: rec.row };
    if (!key) {
      findings.push({ rule: 'settings.unknown', severity: 'info', message: msg.settingUnknown(rec.name), ...at, column: headerText.name });
      continue;
    }
    if (isBlank(raw)) continue;
    const text = textOf(raw);
    const read = READERS[key](text, raw, timeZone);
    if (read.ok) out[key] = read.value;
    else
      findings.push({
        rule: 'cell.invalid',
        severity: 'error',
        message: msg.settingInvalid(rec.name, quoteCell(text), msg.settingExpected(read.expected)),
        ...at,
        column: headerText.value,
        columnIndex: index.value + 1,
      });
  }
  return out as unknown as Settings;
}
