/**
 * `citego atlas`: a router to the atlas' jobs, one option each, each in its own module —
 * `--coverage` (atlas-coverage.ts, also what `citego atlas` alone prints), `--skos FILE.ttl`
 * (export) and `--import FILE.ttl [--write]` (scripts/atlas/skos-command.ts), `--gexf FILE.gexf`
 * (scripts/atlas/gexf-command.ts).
 */
import { exportGexf } from '../../atlas/gexf-command';
import { exportSkos, importSkos } from '../../atlas/skos-command';
import { WORKBOOK, type CliCommand } from '../command';
import { SHEET } from '../source';
import { COVERAGE, COVERAGE_YEAR, runAtlasCoverage, type AtlasCoverageOpts } from './atlas-coverage';

interface AtlasOpts extends AtlasCoverageOpts {
  coverage?: boolean;
  skos?: string;
  import?: string;
  write?: boolean;
  gexf?: string;
}

export const atlasCommand: CliCommand<AtlasOpts> = {
  options: [
    WORKBOOK,
    SHEET,
    COVERAGE,
    COVERAGE_YEAR,
    { flag: '--skos', text: 'skosOut' },
    { flag: '--import', text: 'skosImport' },
    { flag: '--write', text: 'write' },
    { flag: '--gexf', text: 'gexfOut' },
  ],
  async run(io, opts) {
    if (opts.skos !== undefined) return exportSkos(io, opts, opts.skos);
    if (opts.import !== undefined) return importSkos(io, opts.workbook, opts.import, opts.write === true);
    if (opts.gexf !== undefined) return exportGexf(io, opts, opts.gexf);
    return runAtlasCoverage(io, opts);
  },
};
