/**
 * « Groupes et comités »: who sits where, adding or ending a mandate by picking a person (search by
 * name, expertise, organisation type, country), a new group or committee, a person's mandates.
 * Every user string goes through textContent (common/dom.ts); the server checks every field again.
 */
import { personHistory, searchPersons } from '../../shared/network/groups';
import type { GroupsFormResult, GroupsView } from '../../shared/usecases/network-rpc';
import { formatDateFr } from '../../shared/values/dates';
import { byId, clear, el } from '../common/dom';
import { lang, say } from '../common/i18n';
import { call, failureText, newRequestId, showFailure } from '../common/rpc-client';

const status = byId('status');
let view: GroupsView | null = null;
let picked: string | null = null;
const requestIds = { member: newRequestId(), group: newRequestId(), end: newRequestId() };

const date = (d: string | null) => (d === null ? '' : lang === 'en' ? d : formatDateFr(d as never));
const select = (id: string) => byId<HTMLSelectElement>(id);
const input = (id: string) => byId<HTMLInputElement>(id);

for (const [id, fr, en] of [
  ['title', 'Groupes et comités', 'Groups and committees'],
  ['where-heading', 'Qui siège où', 'Who sits where'],
  ['member-heading', 'Ajouter un membre', 'Add a member'],
  ['m-group-label', 'Groupe ou comité', 'Group or committee'],
  ['q-text-label', 'Chercher une personne (nom, expertise, organisation)', 'Search a person (name, expertise, organisation)'],
  ['m-role-label', 'Rôle', 'Role'],
  ['m-since-label', 'Depuis', 'Since'],
  ['member-submit', 'Ajouter', 'Add'],
  ['group-heading', 'Nouveau groupe ou comité', 'New group or committee'],
  ['g-name-label', 'Nom', 'Name'],
  ['g-project-label', 'Projet', 'Project'],
  ['g-animateur-label', 'Animateur', 'Lead'],
  ['group-submit', 'Créer', 'Create'],
  ['history-heading', 'Mandats d’une personne', 'A person’s mandates'],
  ['th-group', 'Groupe', 'Group'],
  ['th-role', 'Rôle', 'Role'],
  ['th-since', 'Depuis', 'Since'],
  ['th-until', 'Jusqu’au', 'Until'],
] as const)
  byId(id).textContent = say(fr, en);

function options(s: HTMLSelectElement, values: readonly (readonly [string, string])[], empty: string | null): void {
  const kept = s.value;
  clear(s);
  if (empty !== null) s.append(el('option', { value: '' }, empty));
  for (const [value, label] of values) s.append(el('option', { value }, label));
  if ([...s.options].some((o) => o.value === kept)) s.value = kept;
}

function showErrors(form: string, errors: Readonly<Record<string, string>>, scope: ParentNode = document): void {
  scope
    .querySelectorAll<HTMLElement>(`.field-error[data-form="${form}"]`)
    .forEach((e) => (e.textContent = errors[e.dataset.for ?? ''] ?? ''));
}

function renderGroups(v: GroupsView): void {
  const list = byId('groups');
  clear(list);
  for (const g of v.groups) {
    const attached = g.project || g.dossier;
    const lead = g.animateurs.length > 0 ? g.animateurs.join(', ') : say('sans animateur', 'no lead');
    const members = el('ul', { class: 'members' });
    for (const m of v.mandates.filter((x) => x.group === g.id && x.active))
      members.append(memberItem(m.person, m.personName || m.person, m.role, m.since, g.id));
    list.append(
      el(
        'li',
        { 'data-id': g.id },
        el('div', {}, el('strong', {}, g.name), ` (${g.id})`),
        el(
          'div',
          { class: 'muted' },
          `${g.type}${attached ? ` · ${attached}` : ''} · ${lead} · ${say(`${g.members} membre(s)`, `${g.members} member(s)`)}`,
        ),
        members,
      ),
    );
  }
}

function memberItem(person: string, name: string, role: string, since: string | null, group: string): HTMLElement {
  const li = el('li', { 'data-person': person }, `${name} — ${role}${since ? ` ${say('depuis le', 'since')} ${date(since)}` : ''} `);
  const end = el('button', { type: 'button', class: 'end' }, say('Mettre fin', 'End'));
  end.addEventListener('click', () => {
    end.hidden = true;
    const until = el('input', { class: 'until', placeholder: say('JJ/MM/AAAA (aujourd’hui)', 'DD/MM/YYYY (today)'), maxlength: '20' });
    const ok = el('button', { type: 'button', class: 'end-confirm' }, say('Confirmer la fin', 'Confirm the end'));
    const errors = el('div', {}, ...['person', 'until'].map((f) => el('div', { class: 'field-error', 'data-form': 'end', 'data-for': f })));
    ok.addEventListener('click', () =>
      submit(() => call('endMembership', { requestId: requestIds.end, group, person, until: until.value.trim() }), 'end', li),
    );
    li.append(until, ok, errors);
  });
  li.append(end);
  return li;
}

function renderResults(): void {
  const v = view;
  if (!v) return;
  const found = searchPersons(v.persons, {
    text: input('q-text').value,
    organisationType: select('q-type').value,
    country: select('q-country').value,
  });
  const list = byId('results');
  clear(list);
  for (const p of found.slice(0, 30)) {
    const b = el(
      'button',
      { type: 'button', class: 'pick', 'data-id': p.id },
      `${p.name} (${p.id})`,
      el('div', { class: 'muted' }, [p.organisationName, p.country, p.expertise].filter(Boolean).join(' · ')),
    );
    b.addEventListener('click', () => {
      picked = p.id;
      byId('m-picked').textContent = say(`Choisie : ${p.name} (${p.id})`, `Chosen: ${p.name} (${p.id})`);
    });
    list.append(el('li', {}, b));
  }
}

function renderHistory(): void {
  const body = byId('history').querySelector('tbody') as HTMLElement;
  clear(body);
  if (!view) return;
  for (const m of personHistory(view.mandates, select('h-person').value))
    body.append(
      el(
        'tr',
        { class: m.active ? '' : 'muted' },
        el('td', {}, `${m.groupName} (${m.group})`),
        el('td', {}, m.role),
        el('td', {}, date(m.since)),
        el('td', {}, date(m.until)),
      ),
    );
}

function render(v: GroupsView): void {
  view = v;
  renderGroups(v);
  const persons = v.persons.map((p) => [p.id, `${p.name} (${p.id})`] as const);
  options(
    select('m-group'),
    v.groups.map((g) => [g.id, `${g.name} (${g.id})`] as const),
    '—',
  );
  options(
    select('q-type'),
    [...new Set(v.persons.map((p) => p.organisationType).filter(Boolean))].sort().map((t) => [t, t] as const),
    say('Tout type d’organisation', 'Any organisation type'),
  );
  options(
    select('q-country'),
    [...new Set(v.persons.map((p) => p.country).filter(Boolean))].sort().map((c) => [c, c] as const),
    say('Tout pays', 'Any country'),
  );
  options(
    select('m-role'),
    v.roles.map((r) => [r, r] as const),
    null,
  );
  if (!select('m-role').value || select('m-role').value === v.roles[0]) select('m-role').value = 'membre';
  options(
    select('g-type'),
    v.groupTypes.map((t) => [t, t] as const),
    '—',
  );
  options(
    select('g-project'),
    v.projects.map((p) => [p.code, `${p.code} — ${p.title}`] as const),
    '—',
  );
  options(
    select('g-dossier'),
    v.dossiers.map((d) => [d.id, `${d.id} — ${d.title}`] as const),
    '—',
  );
  options(select('g-animateur'), persons, '—');
  options(select('h-person'), persons, '—');
  renderResults();
  renderHistory();
}

/** Sends a form; its fields' messages go under them, a refusal in the form's banner. */
/** The form's banner (none for ending a mandate: its message goes in the member's line). */
function showIn(banner: HTMLElement | null, scope: HTMLElement, text: string): void {
  if (!banner) return void scope.append(el('div', { class: 'banner error' }, text));
  banner.textContent = text;
  banner.hidden = false;
}

function submit(send: () => Promise<GroupsFormResult>, form: 'member' | 'group' | 'end', scope: HTMLElement): void {
  const banner = form === 'end' ? null : byId(`${form}-error`);
  if (banner) banner.hidden = true;
  byId('done').hidden = true;
  send()
    .then((r) => {
      if (!r.ok) {
        showErrors(form, r.errors, scope);
        if (banner) showIn(banner, scope, r.message);
        return;
      }
      requestIds[form] = newRequestId();
      showErrors(form, {}, scope);
      render(r.view);
      byId('done').textContent = say(`Enregistré : ${r.id}.`, `Saved: ${r.id}.`);
      byId('done').hidden = false;
    })
    .catch((e: unknown) => showIn(banner, scope, failureText(e)));
}

byId('member-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  if (!picked) return showErrors('member', { person: say('Choisissez une personne dans la recherche.', 'Pick a person from the search.') });
  const payload = {
    requestId: requestIds.member,
    group: select('m-group').value,
    person: picked,
    role: select('m-role').value,
    since: input('m-since').value.trim(),
  };
  submit(() => call('addMembership', payload), 'member', byId('member-form'));
});

byId('group-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const payload = {
    requestId: requestIds.group,
    name: input('g-name').value.trim(),
    type: select('g-type').value,
    project: select('g-project').value,
    dossier: select('g-dossier').value,
    animateur: select('g-animateur').value,
  };
  submit(() => call('saveGroup', payload), 'group', byId('group-form'));
});

for (const id of ['q-text', 'q-type', 'q-country']) byId(id).addEventListener('input', renderResults);
byId('h-person').addEventListener('change', renderHistory);

call('getGroups')
  .then((v) => {
    render(v);
    status.hidden = true;
    byId('content').hidden = false;
  })
  .catch((e: unknown) => showFailure(status, say('Les groupes n’ont pas pu être lus', 'The groups could not be read'), e));
