/** « Clôture de l'exercice »: the proposed year-end entries of a year, one Accept button each. */
import type { YearEndView } from '../../shared/usecases/rpc';
import { formatEuros, formatEurosEn } from '../../shared/values/money';
import { lang, say, t } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, failureText } from '../common/rpc-client';

const status = byId('status');
const content = byId('content');
const year = byId<HTMLSelectElement>('year');
const acceptAll = byId<HTMLButtonElement>('accept-all');
const result = byId('result');
let current: YearEndView | null = null;

const eur = (c: number) => (lang === 'en' ? formatEurosEn(c) : formatEuros(c));

function newRequestId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `r${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

function busy(text: string): void {
  status.hidden = false;
  status.className = 'busy';
  status.textContent = text;
}

function fail(prefix: string, e: unknown): void {
  status.hidden = false;
  status.className = 'banner error';
  status.textContent = `${prefix}${say(' : ', ': ')}${failureText(e)}`;
}

function proposalItem(p: YearEndView['proposals'][number]): HTMLElement {
  const lines = el(
    'table',
    { class: 'lines' },
    ...p.lines.map((l) =>
      el(
        'tr',
        {},
        el('td', {}, `${l.account} ${l.accountLabel}`),
        el('td', { class: 'num' }, l.debit ? eur(l.debit) : ''),
        el('td', { class: 'num' }, l.credit ? eur(l.credit) : ''),
      ),
    ),
  );
  const action = p.accepted
    ? el('span', { class: 'accepted' }, say('✓ Acceptée', '✓ Accepted'))
    : el('button', { type: 'button', 'data-id': p.id }, say('Accepter', 'Accept'));
  if (action instanceof HTMLButtonElement) action.addEventListener('click', () => accept([p.id], action));
  return el(
    'li',
    { 'data-proposal': p.id },
    el(
      'div',
      { class: 'proposal-head' },
      el('strong', {}, `${p.kindLabel} — ${p.convention}`),
      el('span', { class: 'amount' }, eur(p.amount)),
    ),
    el('div', { class: 'reason' }, p.reason),
    lines,
    el('div', { class: 'muted' }, p.id),
    action,
  );
}

function render(v: YearEndView): void {
  current = v;
  clear(year);
  for (const y of v.years) {
    const option = el('option', { value: String(y) }, String(y));
    if (y === v.year) option.selected = true;
    year.append(option);
  }
  byId('heading').textContent = say(
    `Exercice ${v.label}, clôture au ${v.closing.split('-').reverse().join('/')}`,
    `Fiscal year ${v.label}, closing ${v.closing}`,
  );
  const list = byId('proposals');
  clear(list);
  if (v.proposals.length === 0)
    list.append(
      el('li', {}, say('Aucune écriture d’inventaire à proposer pour cet exercice.', 'No year-end entry to propose for this year.')),
    );
  for (const p of v.proposals) list.append(proposalItem(p));
  const findings = byId('finding-list');
  clear(findings);
  for (const f of v.findings) findings.append(el('li', {}, f.text));
  byId('findings').hidden = v.findings.length === 0;
  acceptAll.disabled = !v.proposals.some((p) => !p.accepted);
}

async function load(y: number | null): Promise<void> {
  busy(t('Chargement…'));
  acceptAll.disabled = true;
  try {
    render(await call('getYearEnd', y, lang));
    status.hidden = true;
    content.hidden = false;
  } catch (e) {
    fail(say('La clôture n’a pas pu être calculée', 'The closing could not be computed'), e);
  }
}

function accept(ids: readonly string[] | 'all', button: HTMLButtonElement): void {
  if (!current) return;
  button.disabled = true;
  acceptAll.disabled = true;
  result.hidden = true;
  busy(say('Écriture…', 'Writing…'));
  call('acceptYearEnd', current.year, ids, newRequestId())
    .then((r) => {
      status.hidden = true;
      const n = r.written.length;
      result.textContent = say(
        n === 0
          ? `Rien de nouveau à écrire dans « ${r.sheet} ».`
          : `${n} écriture${n > 1 ? 's' : ''} écrite${n > 1 ? 's' : ''} dans « ${r.sheet} ».`,
        `${r.written.length} entr${r.written.length > 1 ? 'ies' : 'y'} written in “${r.sheet}”.`,
      );
      result.hidden = false;
      return load(r.year);
    })
    .catch((e: unknown) => {
      button.disabled = false;
      fail(say('L’écriture n’a pas pu être enregistrée', 'The entry could not be saved'), e);
    });
}

year.addEventListener('change', () => void load(Number(year.value)));
acceptAll.addEventListener('click', () => accept('all', acceptAll));

void load(null);
