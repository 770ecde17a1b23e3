import type { ConventionForm, ConventionPayload } from '../../shared/conventions/payload';
import { lang, say, t } from '../common/i18n';
import { suggestedReportDate } from '../../shared/conventions/report-date';
import { formatDateFr, parseDate, type IsoDate } from '../../shared/values/dates';
import { formatEuros, parseAmount } from '../../shared/values/money';
import { ACTIONS, conventions, PARTNER_TYPES } from '../../shared/sheets/schema/tables';
import { byId, clear, el, link } from '../common/dom';
import { call, failureText, newRequestId } from '../common/rpc-client';

const form = byId<HTMLFormElement>('form');
const status = byId('status');
const save = byId<HTMLButtonElement>('save');
const input = (id: string) => byId<HTMLInputElement>(id);
let data: ConventionForm | null = null;
let requestId = newRequestId();

function options(select: HTMLSelectElement, values: readonly (readonly [string, string])[], empty: string | null): void {
  clear(select);
  if (empty !== null) select.append(el('option', { value: '' }, empty));
  for (const [value, label] of values) select.append(el('option', { value }, label));
}

function line(container: HTMLElement, kind: 'instalment' | 'report', value: { date: string; amount?: string } = { date: '' }): void {
  const date = el('input', {
    class: 'date',
    placeholder: t('JJ/MM/AAAA'),
    'aria-label': kind === 'instalment' ? say('Date du versement', 'Instalment date') : say('Date du rapport', 'Report date'),
  });
  date.value = value.date;
  const row = el('div', { class: `line ${kind}` }, date);
  if (kind === 'instalment') {
    const amount = el('input', {
      class: 'amount',
      placeholder: '0,00',
      inputmode: 'decimal',
      'aria-label': say('Montant du versement', 'Instalment amount'),
    });
    amount.value = value.amount ?? '';
    row.append(amount);
  }
  const remove = el('button', { type: 'button', title: t('Retirer'), 'aria-label': t('Retirer') }, '×');
  remove.addEventListener('click', () => {
    row.remove();
    refresh();
  });
  row.append(remove);
  container.append(row);
  row.addEventListener('input', refresh);
}

function partnerIdFromInput(): string | null {
  const text = input('partner').value.trim();
  const p = data?.partners.find((x) => `${x.name} (${x.id})` === text || x.id === text || x.name === text);
  return p ? p.id : null;
}

/** Live comfort: the instalments' sum and the suggested financial report. */
function refresh(): void {
  const amounts = [...document.querySelectorAll<HTMLInputElement>('#instalments .amount')].map((i) => parseAmount(i.value));
  const total = amounts.reduce((s, a) => s + (a.ok ? a.cents : 0), 0);
  const target = parseAmount(input('amount').value);
  byId('instalment-sum').textContent =
    amounts.length === 0
      ? say('Facultatif : des versements datés dont la somme fait le montant.', 'Optional: dated instalments adding up to the amount.')
      : `${say('Total des versements', 'Instalments total')} : ${formatEuros(total)}${target.ok ? ` ${say('sur', 'of')} ${formatEuros(target.cents)}` : ''}`;
  const suggest = byId<HTMLButtonElement>('suggest-report');
  const dates = [...document.querySelectorAll<HTMLInputElement>('#instalments .date')]
    .map((i) => parseDate(i.value, 'UTC'))
    .filter((d) => d.ok)
    .map((d) => (d as { date: IsoDate }).date);
  const last = dates.sort().pop() ?? (parseDate(input('end').value, 'UTC') as { ok: boolean; date?: IsoDate }).date;
  if (byId<HTMLSelectElement>('type').value === 'subvention' && last && data) {
    const d = suggestedReportDate(last, data.fiscalYearStart);
    suggest.hidden = false;
    suggest.dataset.date = formatDateFr(d);
    suggest.textContent = `${say('Proposer le compte rendu financier', 'Suggest the financial report')} : ${formatDateFr(d)}`;
  } else suggest.hidden = true;
}

function showErrors(errors: Record<string, string>): void {
  document.querySelectorAll<HTMLElement>('.field-error').forEach((e) => (e.textContent = ''));
  document.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  for (const [field, message] of Object.entries(errors)) {
    const m = /^(instalment|report)(\d+)(Date|Amount)?$/.exec(field);
    if (m) {
      const rows = document.querySelectorAll<HTMLElement>(`#${m[1]}s .line`);
      const target = rows[Number(m[2])]?.querySelector<HTMLInputElement>(m[3] === 'Amount' ? '.amount' : '.date');
      target?.setAttribute('aria-invalid', 'true');
      const slot = document.querySelector<HTMLElement>(`.field-error[data-for="${m[1]}s"]`);
      if (slot) slot.textContent = say(`Ligne ${Number(m[2]) + 1} : ${message}`, `Line ${Number(m[2]) + 1}: ${message}`);
      continue;
    }
    const slot = document.querySelector<HTMLElement>(`.field-error[data-for="${field}"]`);
    if (slot) slot.textContent = message;
    const id = field === 'partner' ? 'partner' : field === 'status' ? 'status-field' : field;
    document.getElementById(id)?.setAttribute('aria-invalid', 'true');
  }
}

/** The form's own checks, for comfort: the server checks everything again. */
function localErrors(p: ConventionPayload): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!p.title) errors.title = say('Champ obligatoire.', 'Required field.');
  if (!p.newPartner && !p.partnerId)
    errors.partner = say(
      'Choisissez un partenaire dans la liste, ou cochez « Nouveau partenaire ».',
      'Choose a partner from the list, or tick "New partner".',
    );
  if (p.newPartner && !p.newPartner.name) errors.partnerName = say('Nom du partenaire obligatoire.', 'Partner name required.');
  for (const f of ['start', 'end', 'signedOn'] as const) {
    if (!p[f]) {
      if (f !== 'signedOn') errors[f] = say('Date obligatoire.', 'Date required.');
    } else if (!parseDate(p[f], 'UTC').ok)
      errors[f] = say(`« ${p[f]} » n'est pas une date valide (ex. 15/03/2025).`, `"${p[f]}" is not a valid date (e.g. 15/03/2025).`);
  }
  const a = parseAmount(p.amount);
  if (!p.amount) errors.amount = say('Montant obligatoire.', 'Amount required.');
  else if (!a.ok)
    errors.amount = say(`« ${p.amount} » n'est pas un montant (ex. 1 234,56).`, `"${p.amount}" is not an amount (e.g. 1 234,56).`);
  else if (a.cents < 0) errors.amount = say('Le montant ne peut pas être négatif.', 'The amount cannot be negative.');
  return errors;
}

function payload(): ConventionPayload {
  const creating = input('new-partner').checked;
  return {
    requestId,
    id: data?.current?.id ?? null,
    version: data?.current?.version ?? null,
    title: input('title').value.trim(),
    partnerId: creating ? null : partnerIdFromInput(),
    newPartner: creating
      ? {
          name: input('partnerName').value.trim(),
          type: byId<HTMLSelectElement>('partnerType').value,
          country: input('partnerCountry').value.trim(),
          contact: input('partnerContact').value.trim(),
          email: input('partnerEmail').value.trim(),
        }
      : null,
    type: byId<HTMLSelectElement>('type').value,
    action: byId<HTMLSelectElement>('action').value,
    project: byId<HTMLSelectElement>('project').value,
    signedOn: input('signedOn').value.trim(),
    start: input('start').value.trim(),
    end: input('end').value.trim(),
    amount: input('amount').value.trim(),
    direction: byId<HTMLSelectElement>('direction').value,
    status: input('status-field').value.trim(),
    notes: byId<HTMLTextAreaElement>('notes').value.trim(),
    instalments: [...document.querySelectorAll<HTMLElement>('#instalments .line')].map((l) => ({
      date: (l.querySelector('.date') as HTMLInputElement).value.trim(),
      amount: (l.querySelector('.amount') as HTMLInputElement).value.trim(),
    })),
    reports: [...document.querySelectorAll<HTMLElement>('#reports .line')].map((l) => ({
      date: (l.querySelector('.date') as HTMLInputElement).value.trim(),
    })),
    createFolder: input('createFolder').checked,
    opportunityId: data?.prefill?.opportunityId ?? null,
  };
}

function fill(d: ConventionForm): void {
  data = d;
  options(
    byId('type'),
    (conventions.columns.type.choices ?? []).map((c) => [c.label, c.label] as const),
    null,
  );
  options(
    byId('direction'),
    (conventions.columns.direction.choices ?? []).map((c) => [c.label, c.label] as const),
    null,
  );
  options(
    byId('action'),
    ACTIONS.map((c) => [c.label, c.label] as const),
    '—',
  );
  options(
    byId('project'),
    d.projects.map((p) => [p.code, `${p.code} — ${p.title}`] as const),
    '—',
  );
  options(
    byId('partnerType'),
    PARTNER_TYPES.map((c) => [c.label, c.label] as const),
    null,
  );
  const list = byId('partners');
  clear(list);
  for (const p of d.partners) list.append(el('option', { value: `${p.name} (${p.id})` }));
  clear(byId('instalments'));
  clear(byId('reports'));
  byId('notice').hidden = true;
  const c = d.current;
  if (c) {
    byId('heading').textContent = say(`Modifier la convention ${c.id}`, `Edit agreement ${c.id}`);
    input('title').value = c.title;
    const p = d.partners.find((x) => x.id === c.partnerId);
    input('partner').value = p ? `${p.name} (${p.id})` : (c.partnerId ?? '');
    for (const [id, v] of [
      ['type', c.type],
      ['direction', c.direction],
      ['action', c.action],
      ['project', c.project],
    ] as const)
      byId<HTMLSelectElement>(id).value = v;
    for (const [id, v] of [
      ['signedOn', c.signedOn],
      ['start', c.start],
      ['end', c.end],
      ['amount', c.amount],
      ['status-field', c.status],
    ] as const)
      input(id).value = v;
    byId<HTMLTextAreaElement>('notes').value = c.notes;
    c.instalments.forEach((i) => line(byId('instalments'), 'instalment', i));
    c.reports.forEach((r) => line(byId('reports'), 'report', r));
    input('createFolder').checked = !c.folder;
  } else byId<HTMLSelectElement>('direction').value = 'recette';
  // A saved subsidy received can have its compte rendu financier (CERFA 15059) written in its folder.
  byId('cerfa').hidden = !(c?.id && c.type === 'subvention' && c.direction !== 'dépense');
  byId('cerfa-result').hidden = true;
  if (d.notice) {
    byId('notice').textContent = d.notice;
    byId('notice').hidden = false;
  }
  refresh();
}

input('new-partner').addEventListener('change', () => {
  byId('partner-fields').hidden = !input('new-partner').checked;
  input('partner').disabled = input('new-partner').checked;
});
byId('add-instalment').addEventListener('click', () => line(byId('instalments'), 'instalment'));
byId('add-report').addEventListener('click', () => line(byId('reports'), 'report'));
byId('suggest-report').addEventListener('click', () =>
  line(byId('reports'), 'report', { date: byId('suggest-report').dataset.date ?? '' }),
);
for (const id of ['amount', 'type', 'end']) byId(id).addEventListener('input', refresh);
byId('type').addEventListener('change', refresh);

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  if (save.disabled) return;
  const p = payload();
  const local = localErrors(p);
  byId('saved').hidden = true;
  byId('form-error').hidden = true;
  showErrors(local);
  if (Object.keys(local).length > 0) return;
  save.disabled = true;
  save.textContent = say('Enregistrement…', 'Saving…');
  call('saveConvention', p)
    .then((r) => {
      if (!r.ok) {
        showErrors(r.errors);
        byId('form-error').textContent = r.message;
        byId('form-error').hidden = false;
        return;
      }
      const saved = byId('saved');
      clear(saved);
      saved.append(
        el(
          'div',
          {},
          say(
            `Convention ${r.id} ${r.created ? 'enregistrée' : 'mise à jour'}${r.partnerId ? `, partenaire ${r.partnerId} créé` : ''}.`,
            `Agreement ${r.id} ${r.created ? 'saved' : 'updated'}${r.partnerId ? `, partner ${r.partnerId} created` : ''}.`,
          ),
        ),
      );
      if (r.folderUrl) saved.append(link(r.folderUrl, say('Ouvrir son dossier', 'Open its folder')));
      if (r.warning) saved.append(el('div', { class: 'warning' }, r.warning));
      saved.hidden = false;
      requestId = newRequestId();
      // Continue on the saved convention: its fresh version guards the next edit.
      return call('getConventionForm', r.id).then((d) => fill(d));
    })
    .catch((e: unknown) => {
      byId('form-error').textContent = `${say('Rien n’a été enregistré', 'Nothing was saved')} : ${failureText(e)}`;
      byId('form-error').hidden = false;
    })
    .finally(() => {
      save.disabled = false;
      save.textContent = t('Enregistrer');
    });
});

/**
 * Once the compte rendu is sent: its Échéances report row gets Fait = oui (rpc markReportDone). One
 * request id per button, so that a double click writes once.
 */
function reportDoneButton(id: string, due: string): HTMLElement {
  const requestId = newRequestId();
  const day = lang === 'en' ? due : formatDateFr(due as IsoDate);
  const button = el(
    'button',
    { type: 'button', id: 'cerfa-sent' },
    say(`Envoyé : marquer fait le rapport du ${day}`, `Sent: mark the report due ${day} done`),
  );
  const said = el('div', { id: 'cerfa-sent-result' });
  button.addEventListener('click', () => {
    button.setAttribute('disabled', '');
    call('markReportDone', id, due, requestId)
      .then((r) => {
        said.textContent = say(
          `Échéances, ligne ${r.row} : rapport du ${day} marqué fait.`,
          `Échéances, row ${r.row}: report due ${day} marked done.`,
        );
      })
      .catch((e: unknown) => {
        said.textContent = failureText(e);
        button.removeAttribute('disabled');
      });
  });
  return el('div', {}, button, said);
}

byId('cerfa-generate').addEventListener('click', () => {
  const id = data?.current?.id;
  if (!id) return;
  const button = byId<HTMLButtonElement>('cerfa-generate');
  const result = byId('cerfa-result');
  button.disabled = true;
  result.hidden = true;
  call('generateCerfa15059', id, null, lang)
    .then((r) => {
      clear(result);
      result.className = 'banner ok';
      result.append(link(r.url, say(`Ouvrir le compte rendu ${r.year}`, `Open the ${r.year} report`)));
      if (r.reportDue) result.append(reportDoneButton(id, r.reportDue));
    })
    .catch((e: unknown) => {
      result.className = 'banner error';
      result.textContent = failureText(e);
    })
    .finally(() => {
      result.hidden = false;
      button.disabled = false;
    });
});

/** A granted opportunity to turn into a convention: set by the server on Google, `?opportunity=O-0011` offline. */
const opportunity = document.documentElement.dataset.opportunity || new URLSearchParams(location.search).get('opportunity');

/** The form's fields taken from the opportunity (partner, project, amount, title, type); saving links the two. */
function prefill(d: ConventionForm): void {
  const o = d.prefill;
  if (!o) return;
  input('title').value = o.title;
  const p = d.partners.find((x) => x.id === o.partnerId);
  input('partner').value = p ? `${p.name} (${p.id})` : '';
  byId<HTMLSelectElement>('project').value = o.project;
  byId<HTMLSelectElement>('type').value = o.type;
  input('amount').value = o.amount;
  byId('from-opportunity').textContent = say(
    `Depuis l’opportunité ${o.opportunityId} : elle sera liée à la convention enregistrée.`,
    `From opportunity ${o.opportunityId}: it will be linked to the saved agreement.`,
  );
  byId('from-opportunity').hidden = false;
  refresh();
}

// Offline preview: /convention.html?convention=C-2025-003 opens that convention.
(opportunity
  ? call('getOpportunityConvention', opportunity)
  : call('getConventionForm', new URLSearchParams(location.search).get('convention'))
)
  .then((d) => {
    fill(d);
    prefill(d);
    status.hidden = true;
    form.hidden = false;
  })
  .catch((e: unknown) => {
    status.className = 'banner error';
    status.textContent = `${say('Le formulaire n’a pas pu s’ouvrir', 'The form could not open')} : ${failureText(e)}`;
  });
