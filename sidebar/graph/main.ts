/**
 * « Réseau et atlas »: the picture of the network or of the atlas as SVG (shared/graph/svg.ts,
 * the same drawing as the report's), and a zoom on one partner, person, group or term with its
 * neighbours — picked from the list, or by clicking a node.
 */
import type { GraphPicture } from '../../shared/graph/picture';
import { pictureSvg } from '../../shared/graph/svg';
import { lang, say } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const which = byId<HTMLSelectElement>('which');
const focus = byId<HTMLInputElement>('focus');
const holder = byId('picture');
let picture: GraphPicture | null = null;

/** Draws the picture, zoomed on the node whose label is typed (when there is one). */
function draw(): void {
  if (!picture) return;
  const node = picture.nodes.find((n) => n.label === focus.value.trim());
  // The SVG is our own text, every label escaped by pictureSvg: parsed as a document, never run.
  const svg = new DOMParser().parseFromString(pictureSvg(picture, { focus: node?.id ?? null, pixelWidth: 300 }), 'image/svg+xml');
  clear(holder);
  holder.append(document.importNode(svg.documentElement, true));
}

async function load(): Promise<void> {
  showBusy(status, say('Disposition du graphe…', 'Laying the graph out…'));
  try {
    picture = await call('getGraphPicture', which.value === 'atlas' ? 'atlas' : 'network', lang);
    byId('summary').textContent = `${picture.title} — ${picture.summary}`;
    const list = byId('labels');
    clear(list);
    for (const n of [...picture.nodes].sort((a, b) => a.label.localeCompare(b.label, 'fr'))) list.append(el('option', { value: n.label }));
    focus.value = '';
    draw();
    status.hidden = true;
  } catch (e) {
    showFailure(status, say('L’image n’a pas pu être faite', 'The picture could not be made'), e);
  }
}

holder.addEventListener('click', (e) => {
  const g = (e.target as Element).closest('g[data-id]');
  const node = picture?.nodes.find((n) => n.id === g?.getAttribute('data-id'));
  if (!node) return;
  focus.value = node.label;
  draw();
});
focus.addEventListener('change', draw);
which.addEventListener('change', () => void load());
byId('all').addEventListener('click', () => {
  focus.value = '';
  draw();
});
void load();
