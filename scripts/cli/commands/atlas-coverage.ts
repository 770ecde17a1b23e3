/**
 * `citego atlas --coverage`: the coverage of the atlas by the published contents (docs/domain.md,
 * "Relational atlas", Coverage) — domains, pairs of domains, what the site does not say yet, the
 * terms most used in the year, the Veille themes without a term. Exported for the `atlas` router.
 */
import { catalogue } from '../../../shared/i18n/catalogue';
import { formatNumber, formatNumberEn } from '../../../shared/values/numbers';
import { getAtlasCoverage, type AtlasCoverageView } from '../../../shared/usecases/get-atlas-coverage';
import type { CliOption } from '../command';
import { paint, type Io } from '../io';
import { readSource } from '../source';
import { clockOn, parseToday, parseYear } from '../options';

export interface AtlasCoverageOpts {
  workbook?: string;
  sheet?: string;
  year?: string;
  date?: string;
}

export const COVERAGE: CliOption = { flag: '--coverage', text: 'coverage' };
export const COVERAGE_YEAR: CliOption = { flag: '--year', text: 'coverageYear' };

function printCoverage(io: Io, c: AtlasCoverageView): void {
  const t = catalogue(io.lang).atlas;
  const num = io.lang === 'en' ? formatNumberEn : formatNumber;
  io.out(paint(io, 'bold', `${c.associationName ? `${c.associationName} — ` : ''}${t.coverageTitle(c.year)}`));
  if (c.termCount === 0) {
    io.out(t.noAtlas);
    return;
  }
  const width = Math.max(t.domain.length, ...c.domains.map((d) => d.domain.length));
  io.out('');
  io.out(paint(io, 'bold', t.domainsHeading));
  io.out(`  ${t.domain.padEnd(width)}  ${t.terms.padStart(8)}  ${t.contents.padStart(18)}  ${t.pending.padStart(15)}`);
  for (const d of c.domains)
    io.out(`  ${d.domain.padEnd(width)}  ${num(d.terms).padStart(8)}  ${num(d.contents).padStart(18)}  ${num(d.pending).padStart(15)}`);
  io.out('');
  io.out(paint(io, 'bold', t.gapsHeading));
  if (c.gaps.length === 0) io.out(`  ${t.gapsNone}`);
  for (const g of c.gaps) io.out(`  ${paint(io, 'yellow', t.gap(g.domains[0], g.domains[1], g.relations, g.pending))}`);
  io.out('');
  io.out(paint(io, 'bold', t.topTermsHeading(c.year)));
  if (c.topTerms.length === 0) io.out(`  ${t.topTermsNone}`);
  for (const x of c.topTerms) io.out(`  ${num(x.uses).padStart(3)}  ${x.term}${x.domain ? paint(io, 'dim', ` (${x.domain})`) : ''}`);
  io.out('');
  io.out(paint(io, 'bold', t.watchHeading));
  if (c.watchWithoutTerm.length === 0) io.out(`  ${t.watchNone}`);
  for (const w of c.watchWithoutTerm) io.out(`  ${t.watchItem(w.date, w.subject)}`);
  io.out('');
  io.out(paint(io, 'dim', t.coverageNote));
}

/** Prints the coverage of the workbook's atlas; exit code 0. */
export async function runAtlasCoverage(io: Io, opts: AtlasCoverageOpts): Promise<number> {
  const year = parseYear(opts.year);
  const view = getAtlasCoverage({ workbook: (await readSource(io, opts)).reader, clock: clockOn(parseToday(opts.date)) }, year);
  printCoverage(io, view);
  return 0;
}
