import type { BankLineView, BankProposal } from '../../shared/bank/reconcile';
import { decodeBankFile } from '../../shared/bank/decode';
import type { BankReconciliation } from '../../shared/usecases/rpc';
import { cellText } from '../../shared/reports/cell-text';
import type { IsoDate } from '../../shared/values/dates';
import { lang, say, t } from '../common/i18n';
import { byId, clear, el } from '../common/dom';
import { call, failureText, newRequestId, showBusy, showFailure } from '../common/rpc-client';

const status = byId('status');
const content = byId('content');
const csv = byId<HTMLTextAreaElement>('csv');
const file = byId<HTMLInputElement>('file');
const importError = byId('import-error');
const imported = byId('imported');
const year = byId<HTMLSelectElement>('year');
const importButton = byId<HTMLButtonElement>('import');
let current: BankReconciliation | null = null;
/** The chosen file's text, decoded as the bank wrote it (UTF-8 or Windows-1252). */
let fileText: string | null = null;

const euros = (cents: number) => cellText({ amount: cents }, lang);
const day = (d: string) => cellText({ date: d as IsoDate }, lang);

const busy = (text: string) => showBusy(status, text);
const fail = (prefix: string, e: unknown) => showFailure(status, prefix, e);

function lineItem(l: BankLineView, extra: string): HTMLLIElement {
  return el('li', {}, el('span', { class: 'amount' }, euros(l.amount)), el('span', { class: 'when' }, day(l.date)), extra, l.label);
}

/** What explains the gap, line by line, and whether anything is left unexplained (docs/domain.md, "Bank reconciliation"). */
function gapItems(b: NonNullable<BankReconciliation['balance']>): HTMLLIElement[] {
  const items: HTMLLIElement[] = [];
  // Without an opening in the books the statement's explains the gap; with one, a different start is unexplained (docs/domain.md).
  const openingDiffers = b.openingDifference !== null && b.openingDifference !== 0 && b.bookOpeningSource !== 'none';
  if (b.openingDifference !== null && b.openingDifference !== 0 && !openingDiffers)
    items.push(
      el(
        'li',
        {},
        say(
          'dont solde d’ouverture absent des comptes (à saisir dans Soldes d’ouverture) : ',
          'of which no opening balance in the books (to type in Soldes d’ouverture): ',
        ),
        euros(b.openingDifference),
      ),
    );
  if (openingDiffers)
    items.push(
      el(
        'li',
        {},
        say(
          `dont départ différent (le relevé part de ${euros(b.statementOpening ?? 0)}, les comptes de ${euros(b.bookStart)}) : `,
          `of which a different start (the statement starts at ${euros(b.statementOpening ?? 0)}, the books at ${euros(b.bookStart)}): `,
        ),
        euros(b.openingDifference ?? 0),
      ),
    );
  if (b.unmatchedBank !== 0)
    items.push(
      el(
        'li',
        {},
        say('dont lignes du relevé absentes du Journal : ', 'of which statement lines missing from the Journal: '),
        euros(b.unmatchedBank),
      ),
    );
  if (b.unmatchedBook !== 0)
    items.push(
      el(
        'li',
        {},
        say('dont lignes du Journal pas encore au relevé : ', 'of which Journal lines not yet on the statement: '),
        euros(-b.unmatchedBook),
      ),
    );
  items.push(
    b.unexplained === 0
      ? el('li', { class: 'ok' }, say('Écart entièrement expliqué.', 'Gap fully explained.'))
      : el(
          'li',
          { class: 'warning' },
          say('Reste inexpliqué : ', 'Unexplained: '),
          euros(b.unexplained ?? 0),
          openingDiffers
            ? say(
                ' — vérifiez le solde d’ouverture du 512 dans Soldes d’ouverture, ou le relevé précédent.',
                ' — check the 512 opening balance in Soldes d’ouverture, or the previous statement.',
              )
            : '',
        ),
  );
  return items;
}

function balanceItems(r: BankReconciliation): HTMLLIElement[] {
  const b = r.balance;
  if (!b)
    return [
      el(
        'li',
        {},
        say('Aucune ligne de relevé pour cet exercice : importez le relevé.', 'No statement line for this year: import the statement.'),
      ),
    ];
  const at = day(b.date);
  const items = [el('li', {}, say(`Solde des comptes au ${at} : `, `Books balance on ${at}: `), euros(b.bookClosing))];
  if (b.statementClosing === null || b.gap === null)
    return [
      ...items,
      el(
        'li',
        {},
        say(
          'Le relevé n’a pas de colonne Solde : l’écart ne peut pas être calculé.',
          'The statement has no Solde column: no gap can be computed.',
        ),
      ),
    ];
  items.unshift(el('li', {}, say(`Solde du relevé au ${at} : `, `Statement balance on ${at}: `), euros(b.statementClosing)));
  items.push(el('li', { class: 'total' }, say('Écart : ', 'Gap: '), euros(b.gap)));
  return [...items, ...gapItems(b)];
}

function proposalItem(p: BankProposal): HTMLLIElement {
  const accept = el('button', { type: 'button', 'data-id': p.id }, say('Accepter', 'Accept'));
  accept.addEventListener('click', () => void acceptProposal(p, accept));
  return el(
    'li',
    {},
    el('span', { class: 'amount' }, euros(p.amount)),
    el('span', { class: 'when' }, day(p.date)),
    p.label,
    el(
      'div',
      { class: 'muted' },
      say(
        `→ Journal, compte ${p.account} (${p.accountLabel}), pièce ${p.voucher}`,
        `→ Journal, account ${p.account} (${p.accountLabel}), voucher ${p.voucher}`,
      ),
    ),
    accept,
  );
}

function fill(list: HTMLElement, items: HTMLLIElement[], empty: string): void {
  clear(list);
  list.append(...(items.length > 0 ? items : [el('li', { class: 'muted' }, empty)]));
}

function render(r: BankReconciliation): void {
  current = r;
  clear(year);
  for (const y of r.years.includes(r.year) ? r.years : [r.year, ...r.years]) {
    const option = el('option', { value: String(y) }, String(y));
    if (y === r.year) option.selected = true;
    year.append(option);
  }
  byId('summary').textContent = say(
    `${r.matched} ligne${r.matched > 1 ? 's' : ''} rapprochée${r.matched > 1 ? 's' : ''} sur ${r.statementCount} du relevé (${r.ticked} pointée${r.ticked > 1 ? 's' : ''} à l’instant).`,
    `${r.matched} of ${r.statementCount} statement lines matched (${r.ticked} ticked just now).`,
  );
  fill(byId('balance'), balanceItems(r), '');
  fill(byId('proposals'), r.proposals.map(proposalItem), say('Aucune.', 'None.'));
  fill(
    byId('unmatched-bank'),
    r.unmatchedBank.map((l) => lineItem(l, '')),
    say('Aucune.', 'None.'),
  );
  fill(
    byId('unmatched-book'),
    r.unmatchedBook.map((l) => lineItem(l, l.voucher ? `${l.voucher} · ` : '')),
    say('Aucune.', 'None.'),
  );
  content.hidden = false;
  status.hidden = true;
}

async function load(y: number | null): Promise<void> {
  busy(t('Rapprochement en cours…'));
  try {
    render(await call('reconcileBank', y));
  } catch (e) {
    fail(say('Le rapprochement n’a pas pu être fait', 'The reconciliation could not be made'), e);
  }
}

async function acceptProposal(p: BankProposal, button: HTMLButtonElement): Promise<void> {
  if (!current) return;
  button.disabled = true;
  busy(say('Ajout au Journal…', 'Adding to the Journal…'));
  try {
    const r = await call('acceptBankProposal', current.year, p.id, newRequestId());
    render(r);
    // The line went below a Total row the Journal ended with: its SUM leaves it out (docs/domain.md).
    const total = byId('total-row');
    if (r.journalTotalRow !== undefined) {
      total.textContent = say(
        `Les lignes ajoutées sont sous la ligne Total (ligne ${r.journalTotalRow}) : étendez sa formule.`,
        `The lines added are below the Total row (row ${r.journalTotalRow}): extend its formula.`,
      );
      total.hidden = false;
    }
  } catch (e) {
    button.disabled = false;
    fail(say('La ligne n’a pas pu être ajoutée', 'The line could not be added'), e);
  }
}

function statementText(): string {
  return csv.value.trim() !== '' ? csv.value : (fileText ?? '');
}

function refreshButton(): void {
  importButton.disabled = statementText().trim() === '';
}

csv.addEventListener('input', refreshButton);
file.addEventListener('change', () => {
  const chosen = file.files?.[0];
  fileText = null;
  refreshButton();
  if (!chosen) return;
  void chosen.arrayBuffer().then((buffer) => {
    fileText = decodeBankFile(new Uint8Array(buffer)).text;
    refreshButton();
  });
});

importButton.addEventListener('click', () => {
  const text = statementText();
  importButton.disabled = true;
  importError.textContent = '';
  imported.hidden = true;
  busy(say('Import du relevé…', 'Importing the statement…'));
  call('importBankStatement', text)
    .then((r) => {
      imported.textContent = say(
        `${r.added} ligne${r.added > 1 ? 's' : ''} ajoutée${r.added > 1 ? 's' : ''} à Relevés, ${r.alreadyThere} déjà présente${r.alreadyThere > 1 ? 's' : ''}.`,
        `${r.added} line${r.added > 1 ? 's' : ''} added to Relevés, ${r.alreadyThere} already there.`,
      );
      imported.hidden = false;
      csv.value = '';
      file.value = '';
      fileText = null;
      return load(null);
    })
    .catch((e: unknown) => {
      status.hidden = true;
      importError.textContent = failureText(e);
    })
    .finally(refreshButton);
});

year.addEventListener('change', () => void load(Number(year.value)));

void load(null);
