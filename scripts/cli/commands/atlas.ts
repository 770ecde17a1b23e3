/**
 * `citego atlas`: a router to the atlas' jobs, one option each, each in its own module —
 * `--skos FILE.ttl` (export) and `--import FILE.ttl [--write]` (scripts/atlas/skos-command.ts),
 * `--gexf FILE.gexf` (scripts/atlas/gexf-command.ts).
 */
import { refusal } from '../../../shared/i18n/refusal';
import { exportGexf } from '../../atlas/gexf-command';
import { exportSkos, importSkos } from '../../atlas/skos-command';
import { WORKBOOK, type CliCommand } from '../command';

interface AtlasOpts {
  workbook?: string;
  skos?: string;
  import?: string;
  write?: boolean;
  gexf?: string;
}

export const atlasCommand: CliCommand<AtlasOpts> = {
  options: [
    WORKBOOK,
    { flag: '--skos', text: 'skosOut' },
    { flag: '--import', text: 'skosImport' },
    { flag: '--write', text: 'write' },
    { flag: '--gexf', text: 'gexfOut' },
  ],
  async run(io, opts) {
    if (opts.skos !== undefined) return exportSkos(io, opts.workbook, opts.skos);
    if (opts.import !== undefined) return importSkos(io, opts.workbook, opts.import, opts.write === true);
    if (opts.gexf !== undefined) return exportGexf(io, opts.workbook, opts.gexf);
    throw refusal('cliAtlasWhat');
  },
};
