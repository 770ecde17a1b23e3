/** « Mémoire »: search every year of the Mémoire sheet, filter, jump to a row; export the register of decisions. */
import { MemoryIndex, type MemoryHit } from '../../shared/memory/search';
import { lang, say } from '../common/i18n';
import { byId, clear, el, link } from '../common/dom';
import { call, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const query = byId<HTMLInputElement>('query');
const type = byId<HTMLSelectElement>('type');
const year = byId<HTMLSelectElement>('year');
const partner = byId<HTMLInputElement>('partner');
const project = byId<HTMLInputElement>('project');
let sheet: string | null = null;
let index: MemoryIndex | null = null;
let total = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const day = (iso: string | null) => (iso === null ? '' : lang === 'en' ? iso : iso.split('-').reverse().join('/'));

function jump(h: MemoryHit): void {
  if (!sheet) return;
  call('selectCell', { sheet, row: h.row, column: null }).catch((e: unknown) =>
    showFailure(status, say('Impossible d’aller à la ligne', 'Cannot go to the row'), e),
  );
}

function fill(types: readonly string[], years: readonly number[]): void {
  for (const t of types) type.append(el('option', { value: t }, t));
  for (const y of years) year.append(el('option', { value: String(y) }, String(y)));
}

/** Searched here, in the sidebar, over the index built once: every keystroke answers at once. */
function search(): void {
  if (!index) return;
  const hits = index.search({
    text: query.value,
    type: type.value || null,
    year: year.value ? Number(year.value) : null,
    partner: partner.value.trim() || null,
    project: project.value.trim() || null,
  });
  byId('count').textContent = say(`${hits.length} résultat(s) sur ${total} entrées.`, `${hits.length} result(s) of ${total} entries.`);
  const ul = byId('hits');
  clear(ul);
  for (const h of hits) {
    const li = el(
      'li',
      {},
      el('div', { class: 'meta' }, `${day(h.date)} · ${h.type ?? ''} · ${sheet ?? ''}!${h.row}`),
      el('strong', {}, h.title),
      el('div', { class: 'excerpt' }, h.excerpt),
    );
    li.addEventListener('click', () => jump(h));
    ul.append(li);
  }
}

async function load(): Promise<void> {
  try {
    const data = await call('getMemory');
    sheet = data.sheet;
    total = data.entries.length;
    index = new MemoryIndex(data.entries, data.names);
    fill(data.types, data.years);
    status.hidden = true;
    search();
  } catch (e) {
    showFailure(status, say('La Mémoire n’a pas pu être lue', 'The memory could not be read'), e);
  }
}

function later(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(search, 150);
}

for (const input of [query, partner, project]) input.addEventListener('input', later);
for (const select of [type, year]) select.addEventListener('change', search);

byId('register').addEventListener('click', () => {
  const done = byId('registered');
  showBusy(status, say('Écriture du registre…', 'Writing the register…'));
  call('exportDecisions', year.value ? Number(year.value) : null, lang)
    .then((r) => {
      status.hidden = true;
      clear(done);
      done.append(
        el('div', {}, say(`${r.title} : ${r.count} décision(s).`, `${r.title}: ${r.count} decision(s).`)),
        link(r.url, say('Ouvrir', 'Open')),
      );
      done.hidden = false;
    })
    .catch((e: unknown) => showFailure(status, say('Le registre n’a pas pu être écrit', 'The register could not be written'), e));
});

void load();
