/**
 * « Clôture de l'exercice »: the proposed year-end entries of a fiscal year, each with its reason
 * in the user's language and whether it is already accepted (docs/domain.md, "Year end").
 */
import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import { fiscalYearLabel, lastClosedYear, ledgerYears } from '../ledger/fiscal-years';
import { yearEndProposals } from '../ledger/year-end';
import { acceptedIds } from '../ledger/year-end-accepted';
import { readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import { parseLang, parseYearArg } from './args';
import type { Ports } from './ports';
import type { YearEndView } from './rpc';

/** The view of a year's closing, pure: the CLI prints it, the sidebar lists it. */
export function yearEndView(book: ParsedWorkbook, year: number, lang: Lang): YearEndView {
  const m = catalogue(lang).close;
  const ye = yearEndProposals(book, year);
  const accepted = acceptedIds(book);
  const years = ledgerYears(book);
  return {
    year,
    label: fiscalYearLabel(year, book.settings.fiscalYearStart),
    years: years.includes(year) ? years : [year, ...years].sort((a, b) => b - a),
    closing: ye.closing,
    proposals: ye.proposals.map((p) => ({
      id: p.id,
      kind: p.kind,
      kindLabel: m.kinds[p.kind],
      convention: p.convention,
      amount: p.amount,
      lines: p.lines.map((l) => ({ account: l.account, accountLabel: l.accountLabel, debit: l.debit, credit: l.credit })),
      reason: m.reason(p),
      accepted: accepted.has(p.id),
    })),
    findings: ye.findings.map((f) => ({ convention: f.convention, text: m.endedUnspent(f) })),
  };
}

/** The rpc: the year asked, else the last closed one. */
export function getYearEnd(ports: Pick<Ports, 'workbook' | 'clock'>, rawYear: unknown, rawLang: unknown): YearEndView {
  const lang = parseLang(rawLang);
  const asked = parseYearArg(rawYear, true);
  const book = readWorkbook(ports.workbook, lang);
  return yearEndView(book, asked ?? lastClosedYear(book, ports.clock.today()), lang);
}
