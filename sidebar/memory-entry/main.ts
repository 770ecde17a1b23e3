/**
 * « Noter une décision / un événement »: the quick entry to Mémoire. The server checks every field
 * again; one request id per entry, kept until it is saved, so a double click or a retry writes once.
 */
import type { MemoryForm } from '../../shared/usecases/memory';
import { lang, say } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, newRequestId, showFailure } from '../common/rpc-client';

const status = byId('status');
const form = byId<HTMLFormElement>('form');
const save = byId<HTMLButtonElement>('save');
const type = byId<HTMLSelectElement>('type');
let requestId = newRequestId();
const LISTS = ['partner', 'convention', 'project', 'dossier', 'group'] as const;
const value = (id: string) => byId<HTMLInputElement>(id).value;
const frDate = (iso: string) => iso.split('-').reverse().join('/');

function options(select: HTMLSelectElement, items: readonly { id: string; name: string }[], blank: boolean): void {
  clear(select);
  if (blank) select.append(el('option', { value: '' }, '—'));
  for (const i of items) select.append(el('option', { value: i.id }, i.name ? `${i.id} — ${i.name}` : i.id));
}

function fill(f: MemoryForm): void {
  clear(type);
  for (const t of f.types) type.append(el('option', { value: t }, t));
  byId<HTMLInputElement>('date').value = lang === 'en' ? f.today : frDate(f.today);
  options(byId<HTMLSelectElement>('participants'), f.persons, false);
  const lists = { partner: f.partners, convention: f.conventions, project: f.projects, dossier: f.dossiers, group: f.groups };
  for (const k of LISTS) options(byId<HTMLSelectElement>(k), lists[k], true);
}

function showErrors(errors: Readonly<Record<string, string>>): void {
  for (const node of document.querySelectorAll<HTMLElement>('.error-text')) node.textContent = errors[node.dataset.for ?? ''] ?? '';
}

type.addEventListener('change', () => {
  byId('follow-up').hidden = type.value !== 'décision';
});

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  if (save.disabled) return;
  save.disabled = true;
  const participants = [...byId<HTMLSelectElement>('participants').selectedOptions].map((o) => o.value);
  const decision = type.value === 'décision';
  const payload = {
    requestId,
    type: type.value,
    date: value('date'),
    title: value('title'),
    text: byId<HTMLTextAreaElement>('text').value,
    participants,
    partner: value('partner'),
    convention: value('convention'),
    project: value('project'),
    dossier: value('dossier'),
    group: value('group'),
    link: value('link'),
    followUpBy: decision ? value('followUpBy') : '',
    followUpDue: decision ? value('followUpDue') : '',
  };
  call('saveMemoryEntry', payload)
    .then((r) => {
      if (!r.ok) return showErrors(r.errors);
      showErrors({});
      const done = byId('done');
      done.textContent = r.message;
      done.hidden = false;
      requestId = newRequestId();
      for (const id of ['title', 'text', 'link', 'followUpBy', 'followUpDue']) byId<HTMLInputElement>(id).value = '';
    })
    .catch((e: unknown) => showFailure(status, say('L’entrée n’a pas pu être enregistrée', 'The entry could not be saved'), e))
    .finally(() => {
      save.disabled = false;
    });
});

call('getMemoryForm')
  .then((f) => {
    fill(f);
    status.hidden = true;
    form.hidden = false;
  })
  .catch((e: unknown) => showFailure(status, say('Le formulaire n’a pas pu être chargé', 'The form could not be loaded'), e));
