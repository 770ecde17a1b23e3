/**
 * rpc acceptBankProposal and `citego reconcile --accept`: one proposed Journal line (bank fees,
 * interest: shared/bank/reconcile.ts) appended to the Journal, then the reconciliation run again
 * (which ticks the statement line with it). Idempotent: a request id already answered returns the
 * same reconciliation, and a proposal whose line is now matched no longer exists.
 */
import { reconcile } from '../bank/reconcile';
import { refusal } from '../i18n/refusal';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import { appendRecords } from '../sheets/records';
import { ledger } from '../sheets/schema/tables';
import type { IsoDate } from '../values/dates';
import { parseYearArg } from './args';
import { KEYS, REQUEST_TTL_SECONDS } from './keys';
import type { Ports } from './ports';
import { BANK_TABLES, reconcileNow, type BankReconciliation } from './reconcile-bank';

const MAX_ID = 400;

function textArg(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID) throw refusal('bankProposalArg');
  return value;
}

/**
 * The row of a Total typed under the Journal's last line, or null: an appended line lands below
 * it, outside its SUM (docs/domain.md, "Bank reconciliation", Proposals). Rows are not moved.
 */
function trailingTotalRow(book: ParsedWorkbook): number | null {
  let last = 0;
  for (const r of book.ledger.records) if (r.row > last) last = r.row;
  let total: number | null = null;
  for (const f of book.findings)
    if (f.rule === 'row.total' && f.sheet === book.ledger.sheet && f.row !== null && f.row > last) total = Math.max(total ?? 0, f.row);
  return total;
}

/**
 * Appends the Journal line of the proposal `id` of `year`; refused when it no longer exists.
 * Returns the row of a Total row the line went below, or null.
 */
export function acceptProposalNow(wb: Ports['workbook'], year: number, id: string): number | null {
  const book = readWorkbook(wb, 'fr', BANK_TABLES);
  const proposal = reconcile(book, year).report.proposals.find((x) => x.id === id);
  if (!proposal) throw refusal('bankProposalUnknown');
  const amount = Math.abs(proposal.amount);
  appendRecords(wb, ledger, [
    {
      date: { date: proposal.date as IsoDate },
      voucher: proposal.voucher,
      label: proposal.label,
      account: proposal.account,
      income: proposal.amount > 0 ? amount : null,
      expense: proposal.amount < 0 ? amount : null,
      means: 'banque',
    },
  ]);
  return trailingTotalRow(book);
}

export function acceptBankProposal(
  p: Pick<Ports, 'workbook' | 'lock' | 'clock' | 'cache'>,
  year: unknown,
  id: unknown,
  requestId: unknown,
): BankReconciliation {
  const y = parseYearArg(year);
  const proposal = textArg(id);
  const rid = textArg(requestId);
  return p.lock.withLock(() => {
    const done = p.cache.get(KEYS.bankProposalRequest(rid)) !== null;
    const totalRow = done ? null : acceptProposalNow(p.workbook, y, proposal);
    const result = reconcileNow(p.workbook, y, p.clock.today());
    p.cache.put(KEYS.bankProposalRequest(rid), proposal, REQUEST_TTL_SECONDS);
    return totalRow === null ? result : { ...result, journalTotalRow: totalRow };
  });
}
