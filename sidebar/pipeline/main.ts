/**
 * « Opportunités »: the funnel (count and amount per stage, per project), what needs an action this
 * week, and moving an opportunity on one stage with a dated note; a granted one becomes a convention
 * (the convention form opens pre-filled). Every user string goes through textContent (common/dom.ts).
 */
import type { Pipeline, PipelineItem } from '../../shared/usecases/network-rpc';
import { formatDateFr } from '../../shared/values/dates';
import { formatEuros, formatEurosEn } from '../../shared/values/money';
import { byId, clear, el } from '../common/dom';
import { lang, say } from '../common/i18n';
import { call, failureText, newRequestId, showFailure } from '../common/rpc-client';

/** The longest note the server takes (shared/usecases/move-opportunity.ts MOVE_NOTE_MAX). */
const NOTE_MAX = 500;

const status = byId('status');
const form = byId<HTMLFormElement>('move-form');
const moveTo = byId<HTMLSelectElement>('move-to');
const note = byId<HTMLTextAreaElement>('move-note');
const noteError = document.querySelector<HTMLElement>('.field-error[data-for="note"]') as HTMLElement;
let view: Pipeline | null = null;
let moving: PipelineItem | null = null;
let requestId = newRequestId();

const euros = (cents: number) => (lang === 'en' ? formatEurosEn(cents) : formatEuros(cents));
const date = (d: string) => (lang === 'en' ? d : formatDateFr(d as never));

for (const [id, fr, en] of [
  ['title', 'Opportunités', 'Opportunities'],
  ['week-heading', 'À faire cette semaine', 'To do this week'],
  ['week-empty', 'Rien d’échu ni d’attendu dans les 7 jours.', 'Nothing overdue or due within 7 days.'],
  ['funnel-heading', 'Entonnoir', 'Funnel'],
  ['project-label', 'Projet', 'Project'],
  ['th-stage', 'Étape', 'Stage'],
  ['th-count', 'Nombre', 'Count'],
  ['th-amount', 'Montant visé', 'Amount sought'],
  ['list-heading', 'Les opportunités', 'The opportunities'],
  ['move-to-label', 'Passer à l’étape', 'Move to stage'],
  ['move-note-label', 'Note (datée d’aujourd’hui)', 'Note (dated today)'],
  ['move-submit', 'Enregistrer', 'Save'],
  ['move-cancel', 'Annuler', 'Cancel'],
] as const)
  byId(id).textContent = say(fr, en);

function daysText(days: number): string {
  if (days < 0) return say(`en retard de ${-days} j`, `${-days} d overdue`);
  if (days === 0) return say('aujourd’hui', 'today');
  return say(`dans ${days} j`, `in ${days} d`);
}

function renderWeek(p: Pipeline): void {
  const list = byId('week');
  clear(list);
  byId('week-empty').hidden = p.thisWeek.length > 0;
  for (const a of p.thisWeek) {
    const when = el('span', { class: a.daysLeft < 0 ? 'overdue' : '' }, `${date(a.due)} · ${daysText(a.daysLeft)}`);
    list.append(el('li', { 'data-id': a.id }, when, el('div', {}, `${a.title} (${a.id})`), el('div', { class: 'muted' }, a.nextAction)));
  }
}

function renderFunnel(p: Pipeline): void {
  const select = byId<HTMLSelectElement>('project');
  // Before the first render the select is empty: '*' (every project), not '' (the opportunities of no project).
  const chosen = select.options.length === 0 ? '*' : select.value;
  clear(select);
  select.append(el('option', { value: '*' }, say('Tous les projets', 'All projects')));
  for (const x of p.byProject) select.append(el('option', { value: x.project }, x.project || say('(sans projet)', '(no project)')));
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '*';
  const funnel = select.value === '*' ? p.funnel : (p.byProject.find((x) => x.project === select.value)?.funnel ?? []);
  const body = byId('funnel').querySelector('tbody') as HTMLElement;
  clear(body);
  for (const c of funnel)
    body.append(
      el(
        'tr',
        { 'data-stage': c.stage },
        el('td', {}, c.stage),
        el('td', { class: 'num' }, String(c.count)),
        el('td', { class: 'num' }, euros(c.amount)),
      ),
    );
  const leftOut = byId('left-out');
  leftOut.hidden = p.leftOut.length === 0;
  leftOut.textContent = say(
    `Lignes hors entonnoir (sans ID ou étape hors liste) : ${p.leftOut.join(', ')} — voir « Vérifier la cohérence ».`,
    `Rows left out (no ID or a stage not in the list): ${p.leftOut.join(', ')} — see "Check consistency".`,
  );
}

function itemActions(i: PipelineItem): HTMLElement {
  const actions = el('div', { class: 'item-actions' });
  if (i.moves.length > 0) {
    const b = el('button', { type: 'button', class: 'move-open' }, say('Faire avancer', 'Move on'));
    b.addEventListener('click', () => openMove(i, actions));
    actions.append(b);
  }
  if (i.convertible) {
    const b = el('button', { type: 'button', class: 'convert' }, say('Transformer en convention', 'Turn into an agreement'));
    b.addEventListener('click', () => convert(i, b));
    actions.append(b);
  }
  if (i.convention) actions.append(el('span', { class: 'muted' }, say(`Convention ${i.convention}`, `Agreement ${i.convention}`)));
  return actions;
}

function renderItems(p: Pipeline): void {
  const list = byId('items');
  clear(list);
  for (const i of p.items) {
    const head = el('div', {}, el('span', { class: 'stage' }, i.stage), ` ${i.title} (${i.id})`);
    const amount = i.amount === null ? '' : ` · ${euros(i.amount)}`;
    const who = el(
      'div',
      { class: 'muted' },
      `${i.partnerName || i.partner || say('sans partenaire', 'no partner')}${i.project ? ` · ${i.project}` : ''}${amount}`,
    );
    list.append(el('li', { 'data-id': i.id }, head, who, itemActions(i)));
  }
}

function render(p: Pipeline): void {
  view = p;
  renderWeek(p);
  renderFunnel(p);
  renderItems(p);
  form.hidden = true;
  document.body.append(form);
}

function openMove(i: PipelineItem, under: HTMLElement): void {
  moving = i;
  clear(moveTo);
  for (const s of i.moves) moveTo.append(el('option', { value: s }, s));
  note.value = '';
  noteError.textContent = '';
  byId('move-error').hidden = true;
  under.after(form);
  form.hidden = false;
}

function load(): Promise<void> {
  return call('getPipeline').then((p) => {
    render(p);
    status.hidden = true;
    byId('content').hidden = false;
  });
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const i = moving;
  const submit = byId<HTMLButtonElement>('move-submit');
  if (!i || submit.disabled) return;
  const text = note.value.trim();
  noteError.textContent = text.length > NOTE_MAX ? say(`${NOTE_MAX} caractères au plus.`, `${NOTE_MAX} characters at most.`) : '';
  if (noteError.textContent) return note.setAttribute('aria-invalid', 'true');
  note.removeAttribute('aria-invalid');
  submit.disabled = true;
  call('moveOpportunity', { requestId, id: i.id, from: i.stage, to: moveTo.value, note: text })
    .then((r) => {
      requestId = newRequestId();
      render(r.pipeline);
      byId('moved').textContent = `${i.id} — ${r.line}`;
      byId('moved').hidden = false;
    })
    .catch((e: unknown) => {
      // Someone else moved it, the row changed…: say why, and show the sheet as it is now.
      const why = failureText(e);
      requestId = newRequestId();
      return load().then(() => {
        byId('moved').hidden = true;
        const li = document.querySelector(`#items li[data-id="${CSS.escape(i.id)}"]`);
        const banner = el('div', { class: 'banner error move-refused' }, why);
        (li ?? byId('items')).append(banner);
      });
    })
    .finally(() => (submit.disabled = false));
});

byId('move-cancel').addEventListener('click', () => {
  form.hidden = true;
  moving = null;
});
byId('project').addEventListener('change', () => view && renderFunnel(view));

/** On Google the convention sidebar replaces this one; offline this page goes to the form. */
function convert(i: PipelineItem, button: HTMLButtonElement): void {
  button.disabled = true;
  call('openOpportunityConvention', i.id)
    .then((r) => {
      if (!r.shown) location.href = `${r.page}${lang === 'en' ? '&lang=en' : ''}`;
    })
    .catch((e: unknown) => showFailure(status, say('Impossible d’ouvrir la convention', 'Cannot open the agreement'), e))
    .finally(() => (button.disabled = false));
}

load().catch((e: unknown) => showFailure(status, say('Les opportunités n’ont pas pu être lues', 'The opportunities could not be read'), e));
