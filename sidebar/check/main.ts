import type { Finding, Severity } from '../../shared/sheets/findings';
import { lang, say, t } from '../common/i18n';
import { cellReference } from '../../shared/sheets/findings';
import type { CheckReport } from '../../shared/usecases/rpc';
import { byId, clear, el } from '../common/dom';
import { call, failureText } from '../common/rpc-client';

const status = byId('status');
const content = byId('content');
const rerun = byId<HTMLButtonElement>('rerun');
const groups = byId('groups');
const LABELS: Record<Severity, [string, string]> =
  lang === 'en'
    ? { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] }
    : { error: ['erreur', 'erreurs'], warning: ['avertissement', 'avertissements'], info: ['information', 'informations'] };
let report: CheckReport | null = null;

function shownSeverities(): Set<string> {
  return new Set([...document.querySelectorAll<HTMLInputElement>('#filters input:checked')].map((i) => i.value));
}

function select(f: Finding, item: HTMLElement): void {
  if (f.row === null) return;
  document.querySelectorAll('.finding.selected').forEach((n) => n.classList.remove('selected'));
  item.classList.add('selected');
  call('selectCell', { sheet: f.sheet, row: f.row, column: f.columnIndex ?? null }).catch((e: unknown) => {
    status.hidden = false;
    status.className = 'banner error';
    status.textContent = `${say('Impossible d’aller à la cellule', 'Cannot go to the cell')} : ${failureText(e)}`;
  });
}

function render(): void {
  if (!report) return;
  for (const s of ['error', 'warning', 'info'] as const) {
    const n = report.counts[s];
    byId(`count-${s}`).textContent = `${n} ${LABELS[s][n > 1 ? 1 : 0]}`;
  }
  const shown = shownSeverities();
  const visible = report.findings.filter((f) => shown.has(f.severity));
  clear(groups);
  byId('empty').hidden = report.findings.some((f) => f.severity !== 'info');
  const bySheet = new Map<string, Finding[]>();
  for (const f of visible) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    const ul = el('ul', { class: 'findings' });
    for (const f of list) {
      const item = el(
        'li',
        { class: `finding ${f.severity}`, tabindex: '0', role: 'button', 'data-rule': f.rule },
        el('div', { class: 'where' }, `${cellReference(f).replace(/^.*!/, '')}${f.column ? ` · ${f.column}` : ''}`),
        el('div', {}, f.message),
      );
      item.addEventListener('click', () => select(f, item));
      item.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') select(f, item);
      });
      ul.append(item);
    }
    groups.append(el('h2', {}, `${sheet || '—'} (${list.length})`), ul);
  }
}

async function runCheck(): Promise<void> {
  rerun.disabled = true;
  status.hidden = false;
  status.className = 'busy';
  status.textContent = t('Vérification en cours…');
  try {
    report = await call('runCheck', lang);
    status.hidden = true;
    content.hidden = false;
    render();
  } catch (e) {
    status.className = 'banner error';
    status.textContent = `${say('La vérification a échoué', 'The check failed')} : ${failureText(e)}`;
  } finally {
    rerun.disabled = false;
  }
}

byId('filters').addEventListener('change', render);
rerun.addEventListener('click', () => void runCheck());
void runCheck();
