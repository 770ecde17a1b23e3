/** A `citego` command: one file in commands/, registered in the table of main.ts (as google/clasp does). */
import type { CliOptionName } from '../../shared/i18n/fr/cli';
import type { Io } from './io';

export interface CliOption {
  /** The option, as typed: `--year`, `--json`. */
  readonly flag: string;
  /** Its placeholder and help line in the catalogue (shared/i18n/<lang>/cli.ts, `options`). */
  readonly text: CliOptionName;
  readonly default?: string;
}

/** A command: its options and what it does; its description is the catalogue's (`commands`). */
export interface CliCommand<Options extends object> {
  readonly options: readonly CliOption[];
  /** An optional word after the command (`citego memory "charte"`), passed as the option of that name. */
  /** An optional argument after the command's name (`citego partner P-0003`), given to `run` under this option's name. */
  readonly argument?: CliOptionName;
  /** Runs the command; returns the exit code (0 ok, 1 findings). What it throws, main maps to one line. */
  run(io: Io, options: Options): Promise<number>;
}

/** Every command reads a workbook: the demo by default. */
export const WORKBOOK: CliOption = { flag: '--workbook', text: 'workbook' };
export const OUT: CliOption = { flag: '--out', text: 'out', default: 'out' };
export const LAST_CLOSED_YEAR: CliOption = { flag: '--year', text: 'year' };
