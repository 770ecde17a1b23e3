import type { CommanderError } from 'commander';
import type { Lang } from '../../shared/i18n/lang';

const quoted = (e: CommanderError, fallback = '') => /'([^']+)'/.exec(e.message)?.[1] ?? fallback;

/** Commander's usage errors in French (in English, commander's own words). */
const USAGE_FR: Record<string, (e: CommanderError) => string> = {
  'commander.unknownOption': (e) => `option inconnue : ${quoted(e)}`,
  'commander.unknownCommand': (e) => `commande inconnue : ${quoted(e)} (voir citego --help)`,
  'commander.optionMissingArgument': (e) => `valeur manquante pour ${quoted(e, 'une option')}`,
  'commander.invalidArgument': (e) => e.message.replace(/^error: /, ''),
  'commander.excessArguments': () => 'trop d’arguments (voir citego --help)',
};

export function usageText(e: CommanderError, lang: Lang): string {
  return lang === 'fr' && USAGE_FR[e.code] ? USAGE_FR[e.code](e) : e.message.replace(/^error: /, '');
}
