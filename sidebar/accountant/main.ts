import type { AccountantStatus } from '../../shared/usecases/rpc';
import { isEmailAddress } from '../../shared/values/email';
import { say, t } from '../common/i18n';
import { formatDateFr, type IsoDate } from '../../shared/values/dates';
import { byId, clear, el, link } from '../common/dom';
import { call, failureText, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const content = byId('content');
const email = byId<HTMLInputElement>('email');
const emailError = byId('email-error');
const year = byId<HTMLSelectElement>('year');
const prepare = byId<HTMLButtonElement>('prepare');
const result = byId('result');
const problem = byId('problem');
let current: AccountantStatus | null = null;

const busy = (text: string) => showBusy(status, text);
const fail = (prefix: string, e: unknown) => showFailure(status, prefix, e);

function render(s: AccountantStatus): void {
  current = s;
  if (document.activeElement !== email) email.value = s.email ?? '';
  clear(year);
  const years = s.years.includes(s.year) ? s.years : [s.year, ...s.years];
  for (const y of years) {
    const option = el('option', { value: String(y) }, String(y));
    if (y === s.year) option.selected = true;
    year.append(option);
  }
  const folder = byId('folder');
  clear(folder);
  folder.hidden = !s.folderUrl;
  if (s.folderUrl) {
    folder.append(link(s.folderUrl, say('Ouvrir le dossier partagé', 'Open the shared folder')));
    if (s.lastSent) folder.append(say(` — envoyé le ${formatDateFr(s.lastSent as IsoDate)}`, ` — sent on ${s.lastSent}`));
  }
  const list = byId('checklist');
  clear(list);
  for (const c of s.checklist)
    list.append(el('li', { class: c.ok ? 'ok' : 'todo' }, el('strong', {}, c.label), `${say(' : ', ': ')}${c.detail}`));
  problem.hidden = !s.problem;
  problem.textContent = s.problem ?? '';
  prepare.disabled = !s.email || s.problem !== null;
}

async function load(y: number | null): Promise<void> {
  busy(t('Chargement…'));
  prepare.disabled = true;
  try {
    render(await call('getAccountantStatus', y));
    status.hidden = true;
    content.hidden = false;
  } catch (e) {
    fail(say('Le dossier n’a pas pu être lu', 'The folder could not be read'), e);
  }
}

byId('email-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const value = email.value.trim();
  if (!isEmailAddress(value)) {
    email.setAttribute('aria-invalid', 'true');
    emailError.textContent = say('Saisissez une adresse comme nom@cabinet.fr.', 'Enter an address like name@firm.com.');
    return;
  }
  email.removeAttribute('aria-invalid');
  emailError.textContent = '';
  const button = byId<HTMLButtonElement>('save-email');
  button.disabled = true;
  call('setAccountantEmail', value)
    .then(() => load(current?.year ?? null))
    .catch((e: unknown) => {
      email.setAttribute('aria-invalid', 'true');
      emailError.textContent = failureText(e);
    })
    .finally(() => {
      button.disabled = false;
    });
});

year.addEventListener('change', () => void load(Number(year.value)));

prepare.addEventListener('click', () => {
  if (!current) return;
  prepare.disabled = true;
  result.hidden = true;
  busy(say('Préparation du dossier : écriture des fichiers et partage…', 'Preparing the folder: writing the files and sharing…'));
  call('prepareAccountantFolder', current.year)
    .then((r) => {
      status.hidden = true;
      clear(result);
      result.append(
        el(
          'div',
          {},
          say(
            `Dossier ${r.year} prêt et partagé avec ${r.sharedWith} (commentateur).`,
            `${r.year} folder ready and shared with ${r.sharedWith} (commenter).`,
          ),
        ),
        link(r.folderUrl, say('Ouvrir le dossier', 'Open the folder')),
        el('ul', { class: 'files' }, ...r.files.map((f) => el('li', {}, link(f.url, f.name)))),
      );
      if (!r.notedInMemory)
        result.append(
          el(
            'div',
            { class: 'warning' },
            say('La feuille Mémoire est absente : l’envoi n’y a pas été noté.', 'No Mémoire sheet: the sending was not recorded.'),
          ),
        );
      result.hidden = false;
      return load(r.year);
    })
    .catch((e: unknown) => fail(say('Le dossier n’a pas pu être préparé', 'The folder could not be prepared'), e))
    .finally(() => {
      prepare.disabled = !current?.email;
    });
});

void load(null);
