/**
 * Server-side validation of the convention form: every field again (the form's checks are
 * for comfort only), with a French message per field. Nothing is written unless all is valid.
 */
import type { Book } from '../sheets/book';
import { isEmailAddress } from '../values/email';
import { formatId } from '../sheets/install';
import { parseDate, type IsoDate } from '../values/dates';
import { parseAmount, formatEuros, type Cents } from '../values/money';
import { matchChoice } from '../sheets/parse/cells';
import { conventions, PARTNER_TYPES } from '../sheets/schema/tables';

export interface ValidConvention {
  readonly requestId: string;
  readonly id: string | null;
  readonly version: string | null;
  readonly title: string;
  readonly partnerId: string | null;
  readonly newPartner: { name: string; type: string; country: string; contact: string; email: string } | null;
  readonly type: string;
  readonly action: string | null;
  readonly project: string | null;
  readonly signedOn: IsoDate | null;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly amount: Cents;
  readonly direction: string;
  readonly status: string;
  readonly notes: string;
  readonly instalments: readonly { date: IsoDate; amount: Cents }[];
  readonly reports: readonly IsoDate[];
  readonly createFolder: boolean;
}

export type Validation = { ok: true; value: ValidConvention } | { ok: false; errors: Record<string, string>; message: string };

const LIMITS = { title: 200, notes: 2000, short: 120, schedule: 60 };
const MAX_AMOUNT = 10_000_000_000; // 100 millions d'euros, in cents

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.prototype.toString.call(v) === '[object Object]';
}

/** Validates a payload from the form (or from anyone calling google.script.run by hand). */
export function validateConvention(raw: unknown, book: Book): Validation {
  const errors: Record<string, string> = {};
  // Messages in the language of Paramètres, like the sidebar.
  const L = (fr: string, en: string) => (book.settings.language === 'en' ? en : fr);
  if (!isObject(raw))
    return {
      ok: false,
      errors: { form: L('Formulaire illisible : rechargez la barre latérale.', 'Unreadable form: reload the sidebar.') },
      message: L('Formulaire illisible : rechargez la barre latérale.', 'Unreadable form: reload the sidebar.'),
    };
  const r = raw;

  const text = (field: string, max: number, required = false): string => {
    const v = r[field];
    if (v === undefined || v === null || v === '') {
      if (required) errors[field] = L('Champ obligatoire.', 'Required field.');
      return '';
    }
    if (typeof v !== 'string') {
      errors[field] = L('Valeur invalide : du texte est attendu.', 'Invalid value: text expected.');
      return '';
    }
    const t = v.trim();
    if (t.length > max)
      errors[field] = L(`Trop long : ${t.length} caractères, ${max} au plus.`, `Too long: ${t.length} characters, at most ${max}.`);
    else if (required && t === '') errors[field] = L('Champ obligatoire.', 'Required field.');
    return t;
  };
  const date = (field: string, value: unknown, required: boolean): IsoDate | null => {
    if (value === undefined || value === null || value === '') {
      if (required) errors[field] = L('Date obligatoire.', 'Date required.');
      return null;
    }
    if (typeof value !== 'string') {
      errors[field] = L('Date invalide : saisissez-la comme 15/03/2025.', 'Invalid date: type it like 15/03/2025.');
      return null;
    }
    const d = parseDate(value.trim(), 'UTC');
    if (!d.ok) {
      errors[field] = L(
        `« ${value.trim().slice(0, 20)} » n'est pas une date valide (ex. 15/03/2025).`,
        `"${value.trim().slice(0, 20)}" is not a valid date (e.g. 15/03/2025).`,
      );
      return null;
    }
    return d.date;
  };
  const money = (field: string, value: unknown, required: boolean): Cents | null => {
    if (value === undefined || value === null || value === '') {
      if (required) errors[field] = L('Montant obligatoire.', 'Amount required.');
      return null;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      errors[field] = L('Montant invalide : saisissez-le comme 1 234,56.', 'Invalid amount: type it like 1 234,56.');
      return null;
    }
    const a = parseAmount(typeof value === 'string' ? value.slice(0, 40) : value);
    if (!a.ok) {
      errors[field] = L(
        `« ${String(value).slice(0, 20)} » n'est pas un montant (ex. 1 234,56).`,
        `"${String(value).slice(0, 20)}" is not an amount (e.g. 1 234,56).`,
      );
      return null;
    }
    if (a.cents < 0) errors[field] = L('Le montant ne peut pas être négatif.', 'The amount cannot be negative.');
    else if (a.cents > MAX_AMOUNT)
      errors[field] = L('Montant hors de portée (100 millions d’euros au plus).', 'Amount out of range (at most 100 million euros).');
    return a.cents;
  };
  const choice = (field: string, choices: readonly { label: string; synonyms?: readonly string[] }[], required: boolean): string | null => {
    const v = text(field, LIMITS.short, required);
    if (!v) return null;
    const m = matchChoice(choices, v);
    if (!m)
      errors[field] = L(
        `Valeur inconnue ; choisissez parmi : ${choices.map((c) => c.label).join(', ')}.`,
        `Unknown value; choose among: ${choices.map((c) => c.label).join(', ')}.`,
      );
    return m;
  };

  const requestId = typeof r.requestId === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(r.requestId) ? r.requestId : null;
  if (!requestId)
    errors.form = L('Identifiant de demande manquant : rechargez la barre latérale.', 'Missing request id: reload the sidebar.');
  let id: string | null = null;
  if (r.id !== null && r.id !== undefined && r.id !== '') {
    if (typeof r.id !== 'string' || !book.conventions.records.some((c) => c.id === r.id))
      errors.form = L(
        `La convention ${String(r.id).slice(0, 30)} n'existe plus dans la feuille Conventions.`,
        `Agreement ${String(r.id).slice(0, 30)} is no longer in the Conventions sheet.`,
      );
    else id = r.id;
  }
  const version = typeof r.version === 'string' ? r.version.slice(0, 20000) : null;
  const title = text('title', LIMITS.title, true);
  const typeChoices = (conventions.columns.type.choices ?? []) as { label: string }[];
  const type = choice('type', typeChoices, true);
  const action = choice('action', (conventions.columns.action.choices ?? []) as { label: string }[], false);
  const direction = choice('direction', (conventions.columns.direction.choices ?? []) as { label: string }[], true);
  const projectCode = text('project', LIMITS.short);
  const project = projectCode || null;
  if (project && !book.projects.records.some((p) => p.code === project))
    errors.project = L(
      `Projet « ${project.slice(0, 30)} » inconnu : choisissez-le dans la liste.`,
      `Unknown project "${project.slice(0, 30)}": pick it from the list.`,
    );
  const status = text('status', LIMITS.short);
  const notes = text('notes', LIMITS.notes);

  // Partner: an existing one, or a new one created with the convention.
  let partnerId: string | null = null;
  let newPartner: ValidConvention['newPartner'] = null;
  if (r.newPartner !== null && r.newPartner !== undefined) {
    if (!isObject(r.newPartner)) errors.partner = L('Nouveau partenaire illisible.', 'Unreadable new partner.');
    else {
      const p = r.newPartner;
      const field = (k: string) => (typeof p[k] === 'string' ? (p[k] as string).trim() : p[k] === undefined || p[k] === null ? '' : null);
      const name = field('name');
      const ptype = field('type');
      const country = field('country');
      const contact = field('contact');
      const email = field('email');
      if ([name, ptype, country, contact, email].some((x) => x === null))
        errors.partnerName = L('Valeur invalide : du texte est attendu.', 'Invalid value: text expected.');
      else if (!name) errors.partnerName = L('Nom du partenaire obligatoire.', 'Partner name required.');
      else if (name.length > LIMITS.short || (country ?? '').length > LIMITS.short || (contact ?? '').length > LIMITS.short)
        errors.partnerName = L(
          `Trop long : ${LIMITS.short} caractères au plus par champ.`,
          `Too long: at most ${LIMITS.short} characters per field.`,
        );
      else if (book.partners.records.some((x) => (x.name ?? '').toLowerCase() === name.toLowerCase()))
        errors.partnerName = L(
          `« ${name} » existe déjà : choisissez-le dans la liste.`,
          `"${name}" already exists: pick it from the list.`,
        );
      const typeLabel = ptype ? matchChoice(PARTNER_TYPES, ptype) : null;
      if (ptype && !typeLabel)
        errors.partnerType = L(
          `Type inconnu ; choisissez parmi : ${PARTNER_TYPES.map((t) => t.label).join(', ')}.`,
          `Unknown type; choose among: ${PARTNER_TYPES.map((t) => t.label).join(', ')}.`,
        );
      if (email && !isEmailAddress(email))
        errors.partnerEmail = L(
          `« ${email.slice(0, 40)} » n'est pas une adresse e-mail valide.`,
          `"${email.slice(0, 40)}" is not a valid e-mail address.`,
        );
      if (!errors.partnerName && !errors.partnerType && !errors.partnerEmail)
        newPartner = {
          name: name as string,
          type: typeLabel ?? 'autre',
          country: country ?? '',
          contact: contact ?? '',
          email: email ?? '',
        };
    }
  } else {
    const pid = text('partnerId', LIMITS.short);
    if (!pid) errors.partner = L('Choisissez un partenaire, ou créez-le.', 'Choose a partner, or create one.');
    else if (!book.partners.records.some((p) => p.id === pid))
      errors.partner = L(
        `Partenaire « ${pid.slice(0, 30)} » inconnu : choisissez-le dans la liste.`,
        `Unknown partner "${pid.slice(0, 30)}": pick it from the list.`,
      );
    else partnerId = pid;
  }

  const signedOn = date('signedOn', r.signedOn, false);
  const start = date('start', r.start, true);
  const end = date('end', r.end, true);
  if (start && end && end < start) errors.end = L('La fin précède le début.', 'The end is before the start.');
  const amount = money('amount', r.amount, true);

  const instalments: { date: IsoDate; amount: Cents }[] = [];
  if (r.instalments !== undefined && r.instalments !== null) {
    if (!Array.isArray(r.instalments) || r.instalments.length > LIMITS.schedule)
      errors.instalments = L(
        `Échéancier invalide (${LIMITS.schedule} versements au plus).`,
        `Invalid schedule (at most ${LIMITS.schedule} instalments).`,
      );
    else
      r.instalments.forEach((it: unknown, i: number) => {
        if (!isObject(it)) {
          errors[`instalment${i}`] = L('Versement illisible.', 'Unreadable instalment.');
          return;
        }
        const d = date(`instalment${i}Date`, it.date, true);
        const a = money(`instalment${i}Amount`, it.amount, true);
        if (a === 0) errors[`instalment${i}Amount`] = L('Un versement doit être positif.', 'An instalment must be positive.');
        if (d && a) instalments.push({ date: d, amount: a });
      });
    if (!errors.instalments && instalments.length > 0 && instalments.length === (r.instalments as unknown[]).length && amount !== null) {
      const total = instalments.reduce((s, x) => s + x.amount, 0);
      if (total !== amount)
        errors.instalments = L(
          `Les versements totalisent ${formatEuros(total)}, pour un montant de ${formatEuros(amount)} (écart ${formatEuros(Math.abs(total - amount))}).`,
          `The instalments add up to ${formatEuros(total)}, for an amount of ${formatEuros(amount)} (gap ${formatEuros(Math.abs(total - amount))}).`,
        );
    }
  }
  const reports: IsoDate[] = [];
  if (r.reports !== undefined && r.reports !== null) {
    if (!Array.isArray(r.reports) || r.reports.length > LIMITS.schedule)
      errors.reports = L(
        `Échéances de rapport invalides (${LIMITS.schedule} au plus).`,
        `Invalid report deadlines (at most ${LIMITS.schedule}).`,
      );
    else
      r.reports.forEach((it: unknown, i: number) => {
        const d = date(`report${i}Date`, isObject(it) ? it.date : it, true);
        if (d) reports.push(d);
      });
  }
  const createFolder = r.createFolder === undefined ? true : r.createFolder === true;
  if (r.createFolder !== undefined && typeof r.createFolder !== 'boolean') errors.createFolder = L('Valeur invalide.', 'Invalid value.');

  const count = Object.keys(errors).length;
  if (count > 0)
    return {
      ok: false,
      errors,
      message:
        count === 1
          ? L('Un champ est à corriger : rien n’a été enregistré.', 'One field needs fixing: nothing was saved.')
          : L(`${count} champs sont à corriger : rien n’a été enregistré.`, `${count} fields need fixing: nothing was saved.`),
    };
  return {
    ok: true,
    value: {
      requestId: requestId as string,
      id,
      version,
      title,
      partnerId,
      newPartner,
      type: type as string,
      action,
      project,
      signedOn,
      start: start as IsoDate,
      end: end as IsoDate,
      amount: amount as Cents,
      direction: direction as string,
      status,
      notes,
      instalments,
      reports,
      createFolder,
    },
  };
}

/** Compte rendu financier (CERFA 15059): within 6 months after the end of the fiscal year of the last instalment. */
export function suggestedReportDate(lastInstalment: IsoDate, start: { month: number; day: number }): IsoDate {
  const y = Number(lastInstalment.slice(0, 4));
  const m = Number(lastInstalment.slice(5, 7));
  const d = Number(lastInstalment.slice(8, 10));
  const fy = m > start.month || (m === start.month && d >= start.day) ? y : y - 1;
  // Last day of the fiscal year, then six months later (the same day of the month, or the month's end).
  const endOfYear = new Date(Date.UTC(fy + 1, start.month - 1, start.day - 1));
  const target = new Date(Date.UTC(endOfYear.getUTCFullYear(), endOfYear.getUTCMonth() + 7, 0));
  return target.toISOString().slice(0, 10) as IsoDate;
}

/** `C-2025-007` after the highest number of that year; partners `P-0042` after the highest. */
export function nextConventionId(existing: readonly (string | null)[], year: number): string {
  let max = 0;
  const re = new RegExp(`^C-${year}-(\\d+)$`);
  for (const id of existing) {
    const m = id ? re.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return formatId('C-', max + 1, year);
}

export function nextPartnerId(existing: readonly (string | null)[]): string {
  let max = 0;
  for (const id of existing) {
    const m = id ? /^P-(\d+)$/.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return formatId('P-', max + 1);
}
