/**
 * « Atlas »: the coverage of the atlas by the published contents (docs/domain.md, "Relational
 * atlas", Coverage) — domains, what the site does not say yet, the terms most used in the year, the
 * Veille themes without a term: the list brought to the editorial meeting. Every figure is the server's.
 */
import type { AtlasCoverageView } from '../../shared/usecases/get-atlas-coverage';
import { lang, say } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const content = byId('content');
const year = byId<HTMLSelectElement>('year');

const day = (d: string) => (lang === 'en' ? d : d.split('-').reverse().join('/'));

function list(id: string, items: readonly string[], none: string): void {
  const ul = byId(id);
  clear(ul);
  for (const item of items.length > 0 ? items : [none]) ul.append(el('li', {}, item));
}

function render(c: AtlasCoverageView): void {
  clear(year);
  for (const y of [c.year - 2, c.year - 1, c.year, c.year + 1]) {
    const option = el('option', { value: String(y) }, String(y));
    if (y === c.year) option.selected = true;
    year.append(option);
  }
  const head = byId('domains').querySelector('thead tr') as HTMLElement;
  clear(head);
  const headers = [say('Domaine', 'Domain'), say('Termes', 'Terms'), say('Publiés', 'Published'), say('En préparation', 'In preparation')];
  headers.forEach((h, i) => head.append(el('th', i > 0 ? { class: 'num' } : {}, h)));
  const body = byId('domains').querySelector('tbody') as HTMLElement;
  clear(body);
  for (const d of c.domains)
    body.append(
      el(
        'tr',
        {},
        el('td', {}, d.domain),
        el('td', { class: 'num' }, String(d.terms)),
        el('td', { class: 'num' }, String(d.contents)),
        el('td', { class: 'num' }, String(d.pending)),
      ),
    );
  list(
    'gaps',
    c.gaps.map((g) =>
      say(
        `${g.domains[0]} × ${g.domains[1]} : aucun contenu publié${g.relations > 0 ? ` (${g.relations} relation${g.relations > 1 ? 's' : ''} dans l’atlas)` : ''}${g.pending > 0 ? `, ${g.pending} en préparation` : ''}`,
        `${g.domains[0]} × ${g.domains[1]}: no published content${g.relations > 0 ? ` (${g.relations} relation${g.relations > 1 ? 's' : ''} in the atlas)` : ''}${g.pending > 0 ? `, ${g.pending} in preparation` : ''}`,
      ),
    ),
    say('Chaque paire de domaines est documentée.', 'Every pair of domains is documented.'),
  );
  byId('terms-title').textContent = say(`Termes les plus utilisés en ${c.year}`, `Terms most used in ${c.year}`);
  list(
    'terms',
    c.topTerms.map((x) => `${x.term}${x.domain ? ` (${x.domain})` : ''} — ${x.uses}`),
    say('Aucun contenu ni entrée de veille indexés cette année.', 'No content or watch entry indexed this year.'),
  );
  list(
    'watch',
    c.watchWithoutTerm.map((w) => `${w.date ? `${day(w.date)} — ` : ''}${w.subject}`),
    say('Chaque entrée de la veille nomme un terme de l’atlas.', 'Every watch entry names a term of the atlas.'),
  );
  content.hidden = false;
}

async function load(y: number | null): Promise<void> {
  showBusy(status, say('Lecture de l’atlas…', 'Reading the atlas…'));
  try {
    render(await call('getAtlasCoverage', y));
    status.hidden = true;
  } catch (e) {
    showFailure(status, say('La couverture n’a pas pu être calculée', 'The coverage could not be computed'), e);
  }
}

byId('title').textContent = say('Atlas : couverture', 'Atlas: coverage');
byId('year-label').textContent = say('Exercice', 'Fiscal year');
byId('note').textContent = say(
  'Un contenu publié documente un domaine quand l’Index lui donne un terme de ce domaine, et une paire de domaines quand il lui donne des termes des deux.',
  'A published content documents a domain when the Index gives it a term of that domain, and a pair of domains when it gives it terms of both.',
);
byId('gaps-title').textContent = say('Ce que le site ne dit pas encore', 'What the site does not say yet');
byId('watch-title').textContent = say('Thèmes de la veille sans terme', 'Watch themes without a term');
byId('refresh').textContent = say('Relire', 'Reload');
byId('refresh').addEventListener('click', () => void load(Number(year.value)));
year.addEventListener('change', () => void load(Number(year.value)));
void load(null);
