/**
 * `citego links [--workbook F] [--parallel N] [--timeout S]`: the URLs of Dossiers and Veille
 * (shared/links/plan.ts) fetched by scripts/links/check.ts; the broken ones listed with their cells.
 * Exit code 1 when a link is broken (README, « Codes de sortie »), 0 otherwise.
 */
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import { planLinks, type LinkCell } from '../../../shared/links/plan';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { checkLinks, DEFAULT_LINK_CHECK, type LinkFailure } from '../../links/check';
import { WORKBOOK, type CliCommand } from '../command';
import { paint, type Io } from '../io';
import { readSource, SHEET } from '../source';

interface LinksOpts {
  workbook?: string;
  sheet?: string;
  parallel?: string;
  timeout?: string;
}

function count(typed: string | undefined, min: number, max: number, no: (t: string) => never): number | null {
  if (typed === undefined) return null;
  if (!/^\d{1,3}$/.test(typed) || Number(typed) < min || Number(typed) > max) no(typed);
  return Number(typed);
}

function why(io: Io, f: LinkFailure, seconds: number): string {
  const t = catalogue(io.lang).skos;
  switch (f.kind) {
    case 'status':
      return t.status(f.code);
    case 'timeout':
      return t.timeout(seconds);
    case 'connect':
      return t.connectTimeout(Math.min(seconds, DEFAULT_LINK_CHECK.connectTimeoutMs / 1000));
    case 'redirects':
      return t.tooManyRedirects(DEFAULT_LINK_CHECK.maxRedirects);
    case 'loop':
      return t.redirectLoop(f.url);
    case 'network':
      return t.unreachable(f.message);
    default: {
      const never: never = f;
      return never;
    }
  }
}

export const linksCommand: CliCommand<LinksOpts> = {
  options: [WORKBOOK, SHEET, { flag: '--parallel', text: 'parallel' }, { flag: '--timeout', text: 'linkTimeout' }],
  async run(io, opts) {
    const t = catalogue(io.lang).skos;
    const parallel =
      count(opts.parallel, 1, 16, (x) => {
        throw refusal('linksConcurrency', x);
      }) ?? DEFAULT_LINK_CHECK.parallel;
    const seconds =
      count(opts.timeout, 1, 120, (x) => {
        throw refusal('linksTimeout', x);
      }) ?? DEFAULT_LINK_CHECK.timeoutMs / 1000;
    const plan = planLinks(readWorkbook((await readSource(io, opts)).reader, io.lang));
    if (plan.targets.length + plan.notWeb.length === 0) {
      io.out(t.linksNone());
      return 0;
    }
    io.out(paint(io, 'bold', t.linksTitle(plan.targets.length, parallel)));
    const timeoutMs = seconds * 1000;
    const outcomes = await checkLinks(
      plan.targets.map((x) => x.url),
      { ...DEFAULT_LINK_CHECK, parallel, timeoutMs, connectTimeoutMs: Math.min(timeoutMs, DEFAULT_LINK_CHECK.connectTimeoutMs) },
    );
    const at = (cells: readonly LinkCell[]) => cells.map((c) => t.linkAt(c.sheet, c.cell)).join(', ');
    const broken: string[] = plan.notWeb.map((c) => t.linkLine(at([c]), c.text, t.notWeb()));
    const moved: string[] = [];
    plan.targets.forEach((target, i) => {
      const o = outcomes[i];
      if (!o.ok) broken.push(t.linkLine(at(target.cells), target.url, why(io, o.failure, seconds)));
      else if (o.movedPermanently) moved.push(t.linkLine(at(target.cells), target.url, t.movedTo(o.finalUrl)));
    });
    io.out(paint(io, 'green', t.linksAllGood(plan.targets.length + plan.notWeb.length - broken.length)));
    if (moved.length > 0) {
      io.out(paint(io, 'yellow', t.linksRedirected(moved.length)));
      for (const line of moved) io.out(line);
    }
    if (broken.length === 0) return 0;
    io.out(paint(io, 'red', t.linksBroken(broken.length)));
    for (const line of broken) io.out(line);
    return 1;
  },
};
