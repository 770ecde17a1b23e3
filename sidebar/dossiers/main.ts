/**
 * « Dossiers »: the dossier pipeline (docs/domain.md, "Dossier pipeline") — the board by stage,
 * what is late, who reviews what; each card moves one stage on or back, and publishing asks for the
 * page's URL and date. The server finds the row again and refuses a stale move.
 */
import type { DossierBoard, DossierCard, Stage } from '../../shared/dossiers/pipeline';
import { lang, say } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, newRequestId, showBusy, showFailure } from '../common/rpc-client';

const STAGE_LABEL: Record<Stage, string> = {
  idée: say('Idée', 'Idea'),
  rédaction: say('Rédaction', 'Writing'),
  relecture: say('Relecture', 'Review'),
  publié: say('Publié', 'Published'),
};
const ORDER: readonly Stage[] = ['idée', 'rédaction', 'relecture', 'publié'];

const status = byId('status');
const result = byId('result');
const content = byId('content');

const day = (d: string) => (lang === 'en' ? d : d.split('-').reverse().join('/'));

function move(card: DossierCard, to: Stage, extra: { url: string; publishedOn: string } | null, button: HTMLButtonElement): void {
  if (!card.stage) return;
  button.disabled = true;
  result.hidden = true;
  showBusy(status, say('Enregistrement…', 'Saving…'));
  const m = {
    id: card.id,
    from: card.stage,
    to,
    url: extra?.url ?? null,
    publishedOn: extra?.publishedOn ?? null,
    requestId: newRequestId(),
  };
  call('moveDossier', m)
    .then((board) => {
      status.hidden = true;
      result.textContent = say(`${card.id} passe en « ${to} ».`, `${card.id} moved to “${STAGE_LABEL[to]}”.`);
      result.hidden = false;
      render(board);
    })
    .catch((e: unknown) => {
      button.disabled = false;
      showFailure(status, say('Le dossier n’a pas été déplacé', 'The dossier was not moved'), e);
    });
}

/** Publishing asks for the page's address and the date (today by default). */
function publishForm(card: DossierCard, today: string, button: HTMLButtonElement): HTMLElement {
  const url = el('input', { type: 'url', placeholder: 'https://…', 'aria-label': say('Adresse de la page', 'Page address') });
  const date = el('input', { type: 'date', value: today, 'aria-label': say('Publié le', 'Published on') });
  const ok = el('button', { type: 'button', class: 'action' }, say('Publier', 'Publish'));
  ok.addEventListener('click', () => move(card, 'publié', { url: url.value.trim(), publishedOn: date.value }, ok));
  const form = el('div', { class: 'publish' }, url, date, ok);
  button.disabled = true;
  return form;
}

function cardItem(card: DossierCard, today: string): HTMLElement {
  const moves = el('div', { class: 'moves' });
  const at = card.stage ? ORDER.indexOf(card.stage) : -1;
  const item = el('li', { class: card.late ? 'card late' : 'card', 'data-id': card.id });
  for (const to of at < 0 ? [] : [ORDER[at - 1], ORDER[at + 1]]) {
    if (!to) continue;
    const back = ORDER.indexOf(to) < at;
    const b = el('button', { type: 'button', 'data-to': to }, back ? `← ${STAGE_LABEL[to]}` : `${STAGE_LABEL[to]} →`);
    b.addEventListener('click', () => (to === 'publié' ? item.append(publishForm(card, today, b)) : move(card, to, null, b)));
    moves.append(b);
  }
  const reviewers = card.reviewers.map((r) => r.name).join(', ');
  const parts: (HTMLElement | null)[] = [
    el('strong', {}, `${card.id} — ${card.title}`),
    el(
      'div',
      { class: 'meta' },
      [card.type, card.parent ? say(`dans ${card.parent}`, `in ${card.parent}`) : null].filter(Boolean).join(' · '),
    ),
    card.due
      ? el(
          'div',
          { class: 'meta' },
          say(`Échéance ${day(card.due)}`, `Due ${day(card.due)}`),
          card.late ? el('span', { class: 'late-badge' }, say(' — en retard', ' — late')) : '',
        )
      : null,
    card.committee
      ? el('div', { class: 'meta' }, `${card.committee.name ?? card.committee.id}${reviewers ? ` : ${reviewers}` : ''}`)
      : null,
    moves,
  ];
  for (const p of parts) if (p) item.append(p);
  return item;
}

function render(b: DossierBoard): void {
  const board = byId('board');
  clear(board);
  for (const col of b.columns) {
    const title = col.stage ? STAGE_LABEL[col.stage] : say('Sans statut', 'No status');
    board.append(
      el(
        'section',
        { class: 'stage', 'data-stage': col.stage ?? '' },
        el('h2', {}, title, el('span', { class: 'count' }, ` (${col.cards.length})`)),
        el('ul', { class: 'plain' }, ...col.cards.map((c) => cardItem(c, b.today))),
      ),
    );
  }
  const late = byId('late');
  clear(late);
  for (const c of b.late) late.append(el('li', {}, `${c.id} — ${c.title} (${c.stage ? STAGE_LABEL[c.stage] : '?'}, ${day(c.due ?? '')})`));
  byId('late-section').hidden = b.late.length === 0;
  const reviews = byId('reviews');
  clear(reviews);
  for (const r of b.reviews)
    reviews.append(el('li', {}, `${r.reviewer.name}${r.reviewer.role ? ` (${r.reviewer.role})` : ''} : ${r.dossiers.join(', ')}`));
  byId('reviews-section').hidden = b.reviews.length === 0;
  content.hidden = false;
}

async function load(): Promise<void> {
  showBusy(status, say('Lecture des feuilles…', 'Reading the sheets…'));
  try {
    render(await call('getDossierBoard'));
    status.hidden = true;
  } catch (e) {
    showFailure(status, say('Le tableau n’a pas pu être lu', 'The board could not be read'), e);
  }
}

byId('intro').textContent = say(
  'Les dossiers et leurs fiches, de l’idée à la publication, avec leur comité de relecture et leur échéance.',
  'Dossiers and their fiches, from idea to publication, with their review committee and due date.',
);
byId('late-title').textContent = say('En retard', 'Late');
byId('reviews-title').textContent = say('Qui relit quoi', 'Who reviews what');
byId('refresh').textContent = say('Relire', 'Reload');
byId('refresh').addEventListener('click', () => void load());
void load();
