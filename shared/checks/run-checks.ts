import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import { countBySeverity, SEVERITY_ORDER, type Finding, type Severity } from '../sheets/findings';
import { CheckContext, type CheckOptions, type Rule } from './context';
import { budgetCvn, budgetOverrun, budgetUnbalanced } from './rules/budget';
import {
  assoThreshold,
  conventionDates,
  conventionIneligible,
  conventionPeriod,
  conventionReport,
  conventionUnspent,
  conventionWritten,
} from './rules/conventions';
import { fundingCofinancing, fundingOrder, fundingOver } from './rules/funding';
import { idDuplicate } from './rules/id-duplicate';
import { ledgerAmount, ledgerDuplicate, ledgerInKind, ledgerSide, ledgerVoucher } from './rules/ledger';
import { openingAccount, openingCarried, openingUnbalanced } from './rules/opening';
import { yearEndEntry } from './rules/year-end-entries';
import { refUnknown } from './rules/ref-unknown';
import { ledgerPrivateSubsidy, ledgerUnknownAccount } from './rules/accounts';
import { NETWORK_RULES } from './rules/network';
import { ATLAS_RULES } from './rules/atlas-rules';

/** Every consistency rule of docs/domain.md, in the order findings are listed (`cell.invalid` comes from reading). */
export const RULES: readonly Rule[] = [
  refUnknown,
  idDuplicate,
  ledgerAmount,
  ledgerInKind,
  ledgerSide,
  ledgerUnknownAccount,
  ledgerPrivateSubsidy,
  ledgerVoucher,
  ledgerDuplicate,
  openingUnbalanced,
  openingAccount,
  openingCarried,
  yearEndEntry,
  budgetUnbalanced,
  budgetCvn,
  budgetOverrun,
  fundingOrder,
  fundingCofinancing,
  fundingOver,
  conventionDates,
  conventionPeriod,
  conventionIneligible,
  conventionWritten,
  conventionReport,
  conventionUnspent,
  assoThreshold,
  ...NETWORK_RULES,
  ...ATLAS_RULES,
];

export interface CheckResult {
  readonly findings: Finding[];
  readonly counts: Record<Severity, number>;
}

/** `Journal|17|Recette`: one cell of the workbook. */
function cellKey(f: Finding): string {
  return `${f.sheet}|${f.row ?? ''}|${f.column ?? ''}`;
}

/** What one rule finds; a rule that crashes gives an `internal` finding instead, never a crashed check. */
function runRule(rule: Rule, ctx: CheckContext): Finding[] {
  try {
    return rule.check(ctx);
  } catch (e) {
    const message = ctx.msg.internal(rule.id, e instanceof Error ? e.message : String(e));
    return [{ rule: 'internal', severity: 'error', message, sheet: '', row: null, column: null }];
  }
}

/**
 * Runs every rule on the parsed workbook. Findings: reading problems first, then by severity,
 * sheet and row. One cause, one finding: a rule's finding on a cell already reported as
 * `cell.invalid` is dropped (the rules also treat such a cell as unknown, see ./unknown.ts).
 */
export function runChecks(book: ParsedWorkbook, options: CheckOptions): CheckResult {
  const ctx = new CheckContext(book, options);
  const invalid = new Set(book.findings.filter((f) => f.rule === 'cell.invalid').map(cellKey));
  const findings: Finding[] = [...book.findings];
  for (const rule of RULES) findings.push(...runRule(rule, ctx).filter((f) => !invalid.has(cellKey(f))));
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  findings.sort((a, b) => rank(a.severity) - rank(b.severity) || a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  return { findings, counts: countBySeverity(findings) };
}
