import { resolve } from 'node:path';
import { catalogue } from '../../../shared/i18n/catalogue';
import { readWorkbook } from '../../../shared/sheets/parsed-workbook';
import { fiscalYearBounds, fiscalYearLabel } from '../../../shared/ledger/fiscal-years';
import { writeGexf } from '../../../shared/graph/gexf';
import { laidOutNetwork, networkPictureOf, type LabelledPeriod } from '../../../shared/graph/picture';
import { pictureSvg } from '../../../shared/graph/svg';
import { writeFileAtomic } from '../../files';
import { WORKBOOK, type CliCommand } from '../command';
import { readSource, SHEET } from '../source';
import { shownPath } from '../io';
import { parseToday, parseYear } from '../options';

/**
 * `citego network [--year aaaa] [--gexf FILE] [--svg FILE]`: the partnership network laid out
 * (docs/domain.md, "Pictures of the network and the atlas"), summed up, written for Gephi and as
 * the picture the sidebar shows.
 */
export const networkCommand: CliCommand<{ workbook?: string; sheet?: string; year?: string; gexf?: string; svg?: string }> = {
  options: [WORKBOOK, SHEET, { flag: '--year', text: 'networkYear' }, { flag: '--gexf', text: 'gexf' }, { flag: '--svg', text: 'svg' }],
  async run(io, opts) {
    const book = readWorkbook((await readSource(io, opts)).reader, io.lang);
    const year = parseYear(opts.year);
    const start = book.settings.fiscalYearStart;
    const period: LabelledPeriod | null = year === null ? null : { ...fiscalYearBounds(year, start), label: fiscalYearLabel(year, start) };
    const g = laidOutNetwork(book, period);
    const t = catalogue(io.lang).cli;
    io.out(t.networkSummary(g.order, g.size, new Set(g.mapNodes((_id, a) => a.community)).size));
    if (opts.gexf) {
      const file = resolve(opts.gexf);
      const description = catalogue(io.lang).graph.networkTitle(period?.label ?? null);
      await writeFileAtomic(file, writeGexf(g, { lastModified: parseToday(undefined), description }));
      io.out(t.fileWritten(shownPath(file)));
    }
    if (opts.svg) {
      const file = resolve(opts.svg);
      await writeFileAtomic(file, pictureSvg(networkPictureOf(g, period, io.lang)));
      io.out(t.fileWritten(shownPath(file)));
    }
    return 0;
  },
};
