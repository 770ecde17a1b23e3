/**
 * citego — the association console offline, on an .xlsx export (the embedded demo by default).
 * One command per file in commands/, registered in COMMANDS; the core never prints; one
 * top-level catch turns what is thrown into one line and an exit code (0 ok, 1 findings,
 * 2 usage/file/refusal). Heavy libraries (exceljs, docx) load only when a command needs them.
 */
import { Command, CommanderError } from 'commander';
import { catalogue } from '../../shared/i18n/catalogue';
import type { CliCommandName, OptionHelp } from '../../shared/i18n/fr/cli';
import { isLang, type Lang } from '../../shared/i18n/lang';
import { refusalText } from '../../shared/i18n/refusal';
import type { CliCommand } from './command';
import { agCommand } from './commands/ag';
import { cashplanCommand } from './commands/cashplan';
import { cerfa15059Command } from './commands/cerfa15059';
import { checkCommand } from './commands/check';
import { deployCommand } from './commands/deploy';
import { closeCommand } from './commands/close';
import { exportCommand } from './commands/export';
import { initCommand } from './commands/init';
import { loginCommand } from './commands/login';
import { logoutCommand } from './commands/logout';
import { linksCommand } from './commands/links';
import { overviewCommand } from './commands/overview';
import { previewCommand } from './commands/preview';
import { provisionCommand } from './commands/provision';
import { reconcileCommand } from './commands/reconcile';
import { reportCommand } from './commands/report';
import { calendarCommand, memoryCommand } from './commands/memory';
import { partnerCommand } from './commands/partner';
import { atlasCommand } from './commands/atlas';
import { networkCommand } from './commands/network';
import { processIo, type Io } from './io';
import { langOption, localHelp, option, usageText } from './usage';

const COMMANDS: Record<CliCommandName, CliCommand<object>> = {
  overview: overviewCommand,
  check: checkCommand,
  report: reportCommand,
  export: exportCommand,
  close: closeCommand,
  cerfa15059: cerfa15059Command,
  preview: previewCommand,
  init: initCommand,
  deploy: deployCommand,
  reconcile: reconcileCommand,
  login: loginCommand,
  logout: logoutCommand,
  provision: provisionCommand,
  links: linksCommand,
  memory: memoryCommand,
  calendar: calendarCommand,
  partner: partnerCommand,
  atlas: atlasCommand,
  network: networkCommand,
  ag: agCommand,
  cashplan: cashplanCommand,
};

function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return isLang(value) ? value : 'fr';
}

/** The program in `lang`: its help and descriptions from the catalogue. */
function program(io: Io, done: (code: number) => void): Command {
  const t = catalogue(io.lang).cli;
  const root = localHelp(new Command().name('citego'), io.lang)
    .description(t.program)
    .addOption(langOption(io.lang))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: () => undefined });
  for (const [name, command] of Object.entries(COMMANDS) as [CliCommandName, CliCommand<object>][]) {
    const sub = root.command(name).description(t.commands[name]);
    for (const o of command.options) sub.addOption(option(o.text, o.flag, io.lang, o.default));
    const arg = command.argument;
    const argText: OptionHelp | null = arg ? catalogue(io.lang).cli.options[arg] : null;
    if (argText) sub.argument(`[${argText.value ?? 'x'}...]`, argText.help);
    sub
      .addOption(langOption(io.lang))
      .action(async (...a: unknown[]) =>
        done(await command.run(io, arg ? { ...(a[1] as object), [arg]: (a[0] as string[]).join(' ') } : (a[0] as object))),
      );
  }
  return root;
}

/** One line for anything thrown: usage, refusal (an unreadable workbook file is one), or (a bug) the unexpected. */
function failure(io: Io, lang: Lang, e: unknown): number {
  if (e instanceof CommanderError && ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code)) return 0;
  const known = e instanceof CommanderError ? usageText(e, lang) : refusalText(e, lang);
  io.err(`citego : ${known ?? catalogue(lang).cli.unexpected(e instanceof Error ? e.message.split('\n')[0] : String(e))}`);
  if (known === null && process.env.CITEGO_DEBUG) io.err(String(e instanceof Error ? e.stack : e));
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv);
  const io = processIo(lang);
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return failure(io, lang, e);
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  main(args.length === 0 ? ['--help'] : args).then((code) => {
    process.exitCode = code;
  });
}
