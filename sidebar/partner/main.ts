/**
 * « Fiche partenaire »: the card of one partner (shared/network/partner-card.ts); every item is a
 * row of the workbook, and a click selects it (selectCell). Nothing is computed here.
 */
import type { PartnerCardView } from '../../shared/usecases/rpc';
import type { Place } from '../../shared/network/partner-card';
import { formatDateFr, type IsoDate } from '../../shared/values/dates';
import { formatEuros, formatEurosEn, type Cents } from '../../shared/values/money';
import { lang, say, t } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const content = byId('content');
const picker = byId<HTMLSelectElement>('picker');
const sections = byId('sections');

const eur = (c: Cents | null) => (c === null ? '' : lang === 'en' ? formatEurosEn(c) : formatEuros(c));
const day = (d: IsoDate | null) => (d === null ? '' : lang === 'en' ? d : formatDateFr(d));

function jump(place: Place, item: HTMLElement): void {
  document.querySelectorAll('.item.selected').forEach((n) => n.classList.remove('selected'));
  item.classList.add('selected');
  call('selectCell', { sheet: place.sheet, row: place.row, column: null }).catch((e: unknown) =>
    showFailure(status, say('Impossible d’aller à la ligne', 'Cannot go to the row'), e),
  );
}

/** One clickable row of a section: its texts, and where it lives. */
function item(place: Place, ...texts: string[]): HTMLLIElement {
  const li = el(
    'li',
    { class: 'item', tabindex: '0', role: 'button', 'data-sheet': place.sheet, 'data-row': String(place.row) },
    ...texts.filter((x) => x !== '').map((x, i) => el('div', { class: i === 0 ? '' : 'muted' }, x)),
  );
  li.addEventListener('click', () => jump(place, li));
  li.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') jump(place, li);
  });
  return li;
}

function section(id: string, title: string, items: HTMLElement[], empty: string): void {
  const list = el('ul', { class: 'findings', id });
  if (items.length === 0) list.append(el('li', { class: 'muted' }, empty));
  else list.append(...items);
  sections.append(el('h2', {}, title), list);
}

function moneyTable(c: PartnerCardView): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', {}, t('Exercice')),
    el('th', { class: 'num' }, say('Reçu', 'Received')),
    el('th', { class: 'num' }, say('Payé', 'Paid')),
  );
  const rows = c.money.map((m) =>
    el('tr', {}, el('td', {}, String(m.year)), el('td', { class: 'num' }, eur(m.received)), el('td', { class: 'num' }, eur(m.paid))),
  );
  const total = el(
    'tr',
    { class: 'total' },
    el('td', {}, say('Total', 'Total')),
    el('td', { class: 'num' }, eur(c.totals.received)),
    el('td', { class: 'num' }, eur(c.totals.paid)),
  );
  return el('table', { id: 'money' }, el('thead', {}, head), el('tbody', {}, ...rows, total));
}

function render(c: PartnerCardView): void {
  clear(sections);
  byId('identity').textContent = [c.name, c.type, c.country, c.status].filter((x) => x).join(' · ');
  // The direction of the money, then what was booked on it so far (docs/domain.md, "Partner card").
  const direction = (x: PartnerCardView['conventions'][number]) =>
    x.direction === 'dépense'
      ? `${say('dépense', 'expense')}, ${eur(x.toDate)} ${say('versés à ce jour', 'paid to date')}`
      : `${say('recette', 'income')}, ${eur(x.toDate)} ${say('reçus à ce jour', 'received to date')}`;
  const state = (x: PartnerCardView['conventions'][number]) => (x.ended ? say('terminée', 'ended') : x.status);
  section(
    'conventions',
    say('Conventions', 'Agreements'),
    c.conventions.map((x) => item(x.place, `${x.year ?? '—'} · ${x.id} · ${eur(x.amount)} ${direction(x)}`, x.title, state(x))),
    say('Aucune convention.', 'No agreement.'),
  );
  sections.append(el('h2', {}, say('Argent reçu et payé (écritures)', 'Money received and paid (booked lines)')), moneyTable(c));
  section(
    'people',
    say('Personnes et groupes', 'People and groups'),
    c.people.map((p) =>
      item(
        p.place,
        `${p.name}${p.role ? ` — ${p.role}` : ''}`,
        ...p.seats.map((s) => `${s.group} ${s.groupName} (${s.role ?? '—'}${s.active ? '' : `, ${say('fin', 'ended')} ${day(s.until)}`})`),
      ),
    ),
    say('Aucune personne de ce partenaire dans Personnes.', 'No person of this partner in Personnes.'),
  );
  section(
    'dossiers',
    say('Dossiers', 'Dossiers'),
    c.dossiers.map((d) => item(d.place, `${d.id} · ${d.title}`, `${d.status ?? ''} · ${d.via}`)),
    say('Aucun dossier.', 'No dossier.'),
  );
  section(
    'memory',
    say('Mémoire', 'Memory'),
    c.memory.map((m) => item(m.place, `${day(m.date)} · ${m.title}`, m.type ?? '')),
    say('Rien dans Mémoire.', 'Nothing in Mémoire.'),
  );
  section(
    'opportunities',
    say('Opportunités ouvertes', 'Open opportunities'),
    c.opportunities.map((o) => item(o.place, `${o.id} · ${o.title}`, `${o.stage ?? '—'} · ${eur(o.amount)}`, o.nextAction)),
    say('Aucune opportunité ouverte.', 'No open opportunity.'),
  );
  section(
    'deadlines',
    say('Prochaines échéances', 'Next deadlines'),
    c.deadlines.map((d) =>
      item(
        d.place,
        `${day(d.date)}${d.late ? ` · ${say('en retard', 'late')}` : ''} · ${d.kind} · ${d.ref}`,
        d.label === d.ref ? eur(d.amount) : d.label,
      ),
    ),
    say('Aucune échéance à venir.', 'No deadline ahead.'),
  );
}

async function load(partner: string | null): Promise<void> {
  showBusy(status, t('Chargement…'));
  try {
    const c = await call('getPartnerCard', partner, lang);
    clear(picker);
    for (const p of c.partners)
      picker.append(el('option', p.id === c.id ? { value: p.id, selected: '' } : { value: p.id }, `${p.id} · ${p.name}`));
    render(c);
    status.hidden = true;
    content.hidden = false;
  } catch (e) {
    showFailure(status, say('La fiche n’a pas pu être lue', 'The card could not be read'), e);
  }
}

picker.addEventListener('change', () => void load(picker.value));
void load(new URLSearchParams(location.search).get('partner'));
