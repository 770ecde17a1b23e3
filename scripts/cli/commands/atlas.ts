/**
 * `citego atlas`: a thin router over the atlas's jobs, one file each — `--coverage`
 * (atlas-coverage.ts, also what `citego atlas` alone prints).
 */
import { WORKBOOK, type CliCommand } from '../command';
import { COVERAGE, COVERAGE_YEAR, runAtlasCoverage, type AtlasCoverageOpts } from './atlas-coverage';

export const atlasCommand: CliCommand<AtlasCoverageOpts & { coverage?: boolean }> = {
  options: [WORKBOOK, COVERAGE, COVERAGE_YEAR],
  async run(io, opts) {
    return runAtlasCoverage(io, opts);
  },
};
