import { formatNumber } from '../../shared/values/numbers';
import { lang, say, t as tr } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, failureText } from '../common/rpc-client';

const status = byId('status');
const content = byId('content');
const refresh = byId<HTMLButtonElement>('refresh');

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n > 1 ? many : one}`;
}

async function load(): Promise<void> {
  refresh.disabled = true;
  status.hidden = false;
  status.className = 'busy';
  status.textContent = tr('Lecture des feuilles…');
  try {
    const o = await call('getOverview', lang);
    const present = o.tables.filter((t) => t.found);
    byId('summary').textContent =
      `${o.associationName ? `${o.associationName} : ` : ''}${plural(present.length, say('feuille lue', 'sheet read'), say('feuilles lues', 'sheets read'))}, ` +
      `${plural(o.counts.error, say('erreur', 'error'), say('erreurs', 'errors'))}.`;
    const body = byId('tables').querySelector('tbody') as HTMLElement;
    clear(body);
    for (const t of o.tables) {
      body.append(
        el(
          'tr',
          {},
          el('td', {}, t.found ?? `${t.sheet} (${say('absente', 'missing')})`),
          el('td', { class: 'num' }, t.found ? formatNumber(t.records) : '–'),
          el('td', { class: `num${t.problems ? ' error' : ''}` }, t.found ? formatNumber(t.problems) : '–'),
        ),
      );
    }
    const list = byId('findings');
    clear(list);
    const shown = o.findings.filter((f) => f.severity === 'error');
    byId('findings-title').hidden = shown.length === 0;
    for (const f of shown) {
      const where = `${f.sheet}${f.row ? ` ${say('ligne', 'row')} ${f.row}` : ''}${f.column ? `, ${f.column}` : ''}`;
      list.append(el('li', {}, el('div', { class: 'ref' }, where), el('div', {}, f.message)));
    }
    if (shown.length === 0)
      list.append(el('li', { class: 'banner ok' }, say('Toutes les cellules se lisent correctement.', 'Every cell reads correctly.')));
    status.hidden = true;
    content.hidden = false;
  } catch (e) {
    status.className = 'banner error';
    status.textContent = `${say('La lecture a échoué', 'Reading failed')} : ${failureText(e)}`;
  } finally {
    refresh.disabled = false;
  }
}

refresh.addEventListener('click', () => void load());
void load();
