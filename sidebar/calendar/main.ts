/** « Calendrier »: what is late, the next 90 days (each line jumps to its row), the .ics, the weekly e-mail. */
import type { CalendarEntry } from '../../shared/usecases/calendar';
import type { DigestStatus } from '../../shared/usecases/digest';
import { lang, say } from '../common/i18n';
import { byId, clear, el, link } from '../common/dom';
import { call, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const day = (iso: string) => (lang === 'en' ? iso : iso.split('-').reverse().join('/'));

function jump(e: CalendarEntry): void {
  if (!e.sheet || !e.row) return;
  call('selectCell', { sheet: e.sheet, row: e.row, column: null }).catch((err: unknown) =>
    showFailure(status, say('Impossible d’aller à la ligne', 'Cannot go to the row'), err),
  );
}

function list(id: string, entries: readonly CalendarEntry[], late: boolean): void {
  const ul = byId(id);
  clear(ul);
  for (const e of entries) {
    const li = el('li', { class: `${late ? 'late' : ''}${e.sheet ? '' : ' static'}` }, el('span', { class: 'date' }, day(e.date)), e.text);
    if (e.sheet) li.addEventListener('click', () => jump(e));
    ul.append(li);
  }
  if (entries.length === 0) ul.append(el('li', { class: 'static muted' }, say('Rien.', 'Nothing.')));
}

function showDigest(d: DigestStatus): void {
  byId<HTMLInputElement>('digest-on').checked = d.on;
  byId<HTMLTextAreaElement>('digest-emails').value = d.emails.join('\n');
  byId('digest-state').textContent = d.on
    ? say(
        `Envoi actif${d.lastSent ? `, dernier envoi le ${day(d.lastSent)}` : ''}.`,
        `On${d.lastSent ? `, last sent on ${d.lastSent}` : ''}.`,
      )
    : say('Envoi arrêté.', 'Off.');
  const failure = byId('digest-failure');
  failure.hidden = !d.failure;
  if (d.failure)
    failure.textContent = say(
      `L’envoi du ${day(d.failure.date)} a échoué deux fois : ${d.failure.why === 'quota' ? 'quota d’e-mails du jour atteint' : d.failure.why}.`,
      `The e-mail of ${d.failure.date} failed twice: ${d.failure.why === 'quota' ? 'daily e-mail quota reached' : d.failure.why}.`,
    );
}

async function load(): Promise<void> {
  try {
    const [view, digest] = await Promise.all([call('getCalendar', lang), call('getDigest')]);
    list('late', view.late, true);
    list('upcoming', view.upcoming, false);
    byId('next-title').textContent = say(`Dans les ${view.days} prochains jours`, `In the next ${view.days} days`);
    showDigest(digest);
    status.hidden = true;
    byId('content').hidden = false;
  } catch (e) {
    showFailure(status, say('Le calendrier n’a pas pu être lu', 'The calendar could not be read'), e);
  }
}

byId('publish').addEventListener('click', () => {
  const done = byId('published');
  showBusy(status, say('Publication…', 'Publishing…'));
  call('publishCalendar', lang)
    .then((r) => {
      status.hidden = true;
      clear(done);
      done.append(
        el('div', {}, say(`${r.events} événements dans ${r.name}.`, `${r.events} events in ${r.name}.`)),
        link(r.url, say('Ouvrir', 'Open')),
      );
      done.hidden = false;
    })
    .catch((e: unknown) => showFailure(status, say('Le calendrier n’a pas pu être publié', 'The calendar could not be published'), e));
});

byId('digest-save').addEventListener('click', () => {
  const on = byId<HTMLInputElement>('digest-on').checked;
  const emails = byId<HTMLTextAreaElement>('digest-emails')
    .value.split(/[\s,;]+/)
    .filter(Boolean);
  showBusy(status, say('Enregistrement…', 'Saving…'));
  call('setDigest', on, emails)
    .then((d) => {
      status.hidden = true;
      showDigest(d);
    })
    .catch((e: unknown) => showFailure(status, say('L’envoi n’a pas pu être enregistré', 'The e-mail could not be saved'), e));
});

void load();
