import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Lang } from '../../shared/i18n/lang';

/** Where output goes: data on stdout, messages on stderr; colours only on a terminal without NO_COLOR. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  lang: Lang;
}

/**
 * `citego overview | head -1`: the reader closed the pipe, so the rest of the output has nowhere
 * to go. Stop quietly, like other command-line tools, instead of an EPIPE stack trace.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    if (stream.listenerCount('error') === 0)
      stream.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw e;
      });
}

/**
 * What reaches the terminal: text from a workbook, a file or Google may hold escape sequences that
 * clear the screen or retitle the window. Only our own colours (`ESC [ n m`), line feeds and tabs pass.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]/g, '');
}

export function processIo(lang: Lang): Io {
  quietOnClosedPipe();
  const color = !('NO_COLOR' in process.env) && Boolean(process.stdout.isTTY) && process.env.TERM !== 'dumb';
  const line = (t: string) => terminalSafe(t.endsWith('\n') ? t : `${t}\n`);
  return {
    out: (t) => process.stdout.write(line(t)),
    err: (t) => process.stderr.write(line(t)),
    color,
    lang,
  };
}

const CODES = { red: 31, yellow: 33, blue: 34, green: 32, bold: 1, dim: 2 } as const;

export function paint(io: Io, style: keyof typeof CODES, text: string): string {
  return io.color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text;
}

/** The embedded demo workbook, found from the built CLI (build/) or the sources. */
export function demoWorkbookPath(): string {
  const candidates = [join(__dirname, '..', 'examples', 'demo.xlsx'), join(__dirname, '..', '..', 'examples', 'demo.xlsx')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

export function workbookPath(option: string | undefined): { path: string; isDemo: boolean } {
  return option ? { path: resolve(option), isDemo: false } : { path: demoWorkbookPath(), isDemo: true };
}

/** A path as the user reads it: relative when it is under the current folder, else absolute (never `../../tmp/…`). */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
