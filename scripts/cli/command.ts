/** A `citego` command: one file in commands/, registered in the table of main.ts (as google/clasp does). */
import type { Io } from './io';

export interface CliOption {
  /** Commander's syntax: `--year <yyyy>`, `--json`. */
  readonly flags: string;
  readonly description: string;
  readonly default?: string;
}

export interface CliCommand<Options extends object> {
  readonly description: string;
  readonly options: readonly CliOption[];
  /** Runs the command; returns the exit code (0 ok, 1 findings). What it throws, main maps to one line. */
  run(io: Io, options: Options): Promise<number>;
}

/** Every command reads a workbook: the demo by default. */
export const WORKBOOK: CliOption = { flags: '--workbook <file>', description: 'classeur .xlsx (par défaut : la démo intégrée)' };
export const OUT: CliOption = { flags: '--out <dir>', description: 'dossier de sortie', default: 'out' };
export const LAST_CLOSED_YEAR: CliOption = { flags: '--year <yyyy>', description: 'exercice (par défaut : le dernier exercice clos)' };
