/**
 * « Trésorerie »: the twelve-month cash plan (rpc getCashPlan, docs/domain.md "Twelve-month cash
 * plan"): month ends as a small SVG line and a table, the months below Paramètres › Trésorerie
 * minimale in red. The server computes every figure; this page only draws them.
 */
import type { CashPlanView } from '../../shared/usecases/rpc';
import { cellText } from '../../shared/reports/cell-text';
import { lang, say } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const from = byId<HTMLInputElement>('from');
const show = byId<HTMLButtonElement>('show');
const SVG = 'http://www.w3.org/2000/svg';

function svg(name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The month ends joined by a line, the threshold dashed, the months below it as red dots. */
function draw(view: CashPlanView): void {
  const chart = byId('chart');
  clear(chart);
  const values = [...view.months.map((m) => m.closing), view.minimum, 0];
  const lo = Math.min(...values);
  const hi = Math.max(...values, lo + 1);
  const x = (i: number) => 10 + (i * 260) / Math.max(1, view.months.length - 1);
  const y = (v: number) => 110 - ((v - lo) / (hi - lo)) * 100;
  chart.setAttribute('aria-label', say('Trésorerie en fin de mois', 'Cash at the end of each month'));
  chart.append(svg('line', { x1: 10, x2: 270, y1: y(0), y2: y(0), stroke: '#5f6368', 'stroke-width': 1 }));
  if (view.minimum > 0)
    chart.append(svg('line', { x1: 10, x2: 270, y1: y(view.minimum), y2: y(view.minimum), stroke: '#d93025', 'stroke-dasharray': '4 3' }));
  const points = view.months.map((m, i) => `${x(i)},${y(m.closing)}`).join(' ');
  chart.append(svg('polyline', { points, fill: 'none', stroke: '#1a73e8', 'stroke-width': 2 }));
  view.months.forEach((m, i) =>
    chart.append(svg('circle', { cx: x(i), cy: y(m.closing), r: m.below ? 4 : 2.5, fill: m.below ? '#d93025' : '#1a73e8' })),
  );
}

function fill(view: CashPlanView): void {
  byId('title').textContent = view.title;
  byId('opening').textContent = view.opening;
  from.value = view.from;
  draw(view);
  const body = byId('months').querySelector('tbody') as HTMLElement;
  clear(body);
  for (const m of view.months) {
    const row = el('tr', { class: m.below ? 'below' : '' });
    row.append(el('td', {}, m.label), el('td', { class: 'num' }, cellText({ amount: m.closing }, lang)));
    body.append(row);
  }
  const notes = byId('notes');
  clear(notes);
  for (const n of view.notes) notes.append(el('li', {}, n));
  byId('content').hidden = false;
}

async function load(month: string | null): Promise<void> {
  showBusy(status, say('Lecture des feuilles…', 'Reading the sheets…'));
  show.disabled = true;
  try {
    fill(await call('getCashPlan', month, lang));
    status.hidden = true;
  } catch (e) {
    showFailure(status, say('Le plan n’a pas pu être calculé', 'The plan could not be computed'), e);
  } finally {
    show.disabled = false;
  }
}

show.addEventListener('click', () => void load(from.value || null));
void load(null);
