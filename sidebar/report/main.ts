import { cellText } from '../../shared/reports/cell-text';
import { lang as pageLang, say } from '../common/i18n';
import { byId, clear, el, link } from '../common/dom';
import { call, failureText } from '../common/rpc-client';

const status = byId('status');
const year = byId<HTMLSelectElement>('year');
const lang = byId<HTMLSelectElement>('lang');
const generate = byId<HTMLButtonElement>('generate');
const steps = byId('steps');
const done = byId('done');

function step(id: 'step-read' | 'step-write', state: 'running' | 'done' | ''): void {
  byId(id).className = state;
}

function fail(e: unknown): void {
  status.hidden = false;
  status.className = 'banner error';
  status.textContent = `${say('Le rapport n’a pas pu être généré', 'The report could not be generated')} : ${failureText(e)}`;
}

async function load(): Promise<void> {
  try {
    const p = await call('previewAnnualReport', null, pageLang);
    lang.value = pageLang;
    clear(year);
    for (const y of p.years.includes(p.year) ? p.years : [p.year, ...p.years]) {
      const option = el('option', { value: String(y) }, String(y));
      if (y === p.year) option.selected = true;
      year.append(option);
    }
    const existing = byId('existing');
    clear(existing);
    existing.hidden = !p.existingUrl;
    if (p.existingUrl)
      existing.append(
        say('Déjà généré : ', 'Already generated: '),
        link(p.existingUrl, say('ouvrir', 'open')),
        say(' (il sera mis à jour).', ' (it will be updated).'),
      );
    status.hidden = true;
    byId('content').hidden = false;
    generate.disabled = false;
    ag.disabled = false;
  } catch (e) {
    fail(e);
  }
}

generate.addEventListener('click', () => {
  const y = Number(year.value);
  const l = lang.value === 'en' ? 'en' : 'fr';
  generate.disabled = true;
  status.hidden = true;
  done.hidden = true;
  byId('figures').hidden = true;
  steps.hidden = false;
  step('step-read', 'running');
  step('step-write', '');
  call('previewAnnualReport', y, l)
    .then((p) => {
      step('step-read', 'done');
      byId('fig-income').textContent = cellText({ amount: p.totalIncome }, pageLang);
      byId('fig-charges').textContent = cellText({ amount: p.totalCharges }, pageLang);
      byId('fig-result').textContent = cellText({ amount: p.netResult }, pageLang);
      byId('figures').hidden = false;
      step('step-write', 'running');
      return call('generateAnnualReport', y, l);
    })
    .then((r) => {
      step('step-write', 'done');
      clear(done);
      done.append(
        el('div', {}, say(`${r.title} est prêt.`, `${r.title} is ready.`)),
        link(r.url, say('Ouvrir le rapport', 'Open the report')),
      );
      done.hidden = false;
    })
    .catch((e: unknown) => {
      step('step-read', '');
      step('step-write', '');
      fail(e);
    })
    .finally(() => {
      generate.disabled = false;
    });
});

// The AG pack of the chosen year (ordre du jour, allocation of the result, budget, procès-verbal), beside the report.
const ag = byId<HTMLButtonElement>('ag');
ag.addEventListener('click', () => {
  const agDone = byId('ag-done');
  ag.disabled = true;
  agDone.hidden = true;
  status.hidden = true;
  call('generateAgPack', Number(year.value), lang.value === 'en' ? 'en' : 'fr')
    .then((r) => {
      clear(agDone);
      agDone.append(
        el('div', {}, say(`${r.title} est prêt.`, `${r.title} is ready.`)),
        link(r.url, say('Ouvrir le dossier de l’AG', 'Open the meeting pack')),
      );
      agDone.hidden = false;
    })
    .catch((e: unknown) => {
      status.hidden = false;
      status.className = 'banner error';
      status.textContent = `${say('Le dossier de l’AG n’a pas pu être préparé', 'The meeting pack could not be prepared')} : ${failureText(e)}`;
    })
    .finally(() => {
      ag.disabled = false;
    });
});

void load();
