/**
 * What commander says, in the user's language: its usage errors and its help (headings, the help
 * option and command, option descriptions without its English "(default: …)"), all from the
 * catalogue (shared/i18n/<lang>/cli.ts).
 */
import { Option, type Command, type CommanderError, type HelpConfiguration } from 'commander';
import { catalogue } from '../../shared/i18n/catalogue';
import type { CliMessages, CliOptionName, OptionHelp } from '../../shared/i18n/fr/cli';
import { LANGS, type Lang } from '../../shared/i18n/lang';

const quoted = (e: CommanderError) => /'([^']+)'/.exec(e.message)?.[1] ?? null;
/** `--year <yyyy>` -> `--year` */
const flagOf = (option: string) => option.split(/[ ,]/)[0];

/** `option '--lang <lang>' argument 'de' is invalid. Allowed choices are fr, en.` */
function notAChoice(e: CommanderError, t: CliMessages): string | null {
  const m = /option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/.exec(e.message.replace(/^error: /, ''));
  return m ? t.notAChoice(flagOf(m[1]), m[2], m[3].split(', ')) : null;
}

/** A usage error in one line; commander's own words for one it has no code for. */
export function usageText(e: CommanderError, lang: Lang): string {
  const t = catalogue(lang).cli;
  const option = quoted(e);
  const said: Record<string, () => string | null> = {
    'commander.unknownOption': () => option && t.unknownOption(option),
    'commander.unknownCommand': () => option && t.unknownCommand(option),
    'commander.optionMissingArgument': () => t.missingValue(option && flagOf(option)),
    'commander.invalidArgument': () => notAChoice(e, t),
    'commander.excessArguments': () => t.tooManyArguments(),
  };
  return said[e.code]?.() ?? e.message.replace(/^error: /, '');
}

/** An option with its placeholder and help line in `lang`. */
export function option(name: CliOptionName, flag: string, lang: Lang, defaultValue?: string): Option {
  const text: OptionHelp = catalogue(lang).cli.options[name];
  const o = new Option(text.value ? `${flag} <${text.value}>` : flag, text.help);
  return defaultValue === undefined ? o : o.default(defaultValue);
}

export const langOption = (lang: Lang) => option('lang', '--lang', lang, 'fr').choices(LANGS);

/** The help in `lang`: set on the root before its subcommands, which inherit it. */
export function localHelp(root: Command, lang: Lang): Command {
  const t = catalogue(lang).cli.help;
  const help: HelpConfiguration = {
    styleTitle: (title) => t.headings[title] ?? title,
    // The catalogue's help line already says the default; commander would add it in English.
    optionDescription: (o) => o.description,
  };
  return root.usage(t.rootUsage).helpOption('-h, --help', t.helpOption).helpCommand(t.helpCommand, t.helpCommandText).configureHelp(help);
}
