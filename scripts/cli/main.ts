/**
 * citego — the association console offline, on an .xlsx export (the embedded demo by default).
 * One command per file in commands/, registered here; the core never prints; one top-level
 * catch turns errors into a one-line message and an exit code (0 ok, 1 findings, 2 usage/file).
 * Heavy libraries (exceljs) are loaded by the commands that need them, so --help stays instant.
 */
import { Command, CommanderError, Option } from 'commander';
import { isLang, type Lang } from '../../shared/i18n/lang';
import { UserError } from '../xlsx/errors';
import { processIo } from './io';

function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return isLang(value) ? value : 'fr';
}

const USAGE_FR: Record<string, (e: CommanderError) => string> = {
  'commander.unknownOption': (e) => `option inconnue : ${/'([^']+)'/.exec(e.message)?.[1] ?? ''}`,
  'commander.unknownCommand': (e) => `commande inconnue : ${/'([^']+)'/.exec(e.message)?.[1] ?? ''} (voir citego --help)`,
  'commander.optionMissingArgument': (e) => `valeur manquante pour ${/'([^']+)'/.exec(e.message)?.[1] ?? 'une option'}`,
  'commander.invalidArgument': (e) => e.message.replace(/^error: /, ''),
  'commander.excessArguments': () => 'trop d’arguments (voir citego --help)',
};

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv);
  const io = processIo(lang);
  const program = new Command();
  const langOption = () => new Option('--lang <lang>', 'langue des messages : fr ou en').choices(['fr', 'en']).default('fr');
  program
    .name('citego')
    .description('Console de l’association : lecture, vérification et rapports sur un classeur .xlsx (démo intégrée par défaut)')
    .addOption(langOption())
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: () => undefined });

  let code = 0;
  program
    .command('overview', { isDefault: false })
    .description('lit toutes les feuilles et résume ce qui a été trouvé (commande de npm start)')
    .option('--workbook <file>', 'classeur .xlsx (par défaut : la démo intégrée)')
    .addOption(langOption())
    .action(async (opts: { workbook?: string }) => {
      const { overviewCommand } = await import('./commands/overview');
      code = await overviewCommand(io, opts);
    });
  program
    .command('check')
    .description('vérifie la cohérence du budget, du journal, des financements et des conventions (code 1 s’il y a des erreurs)')
    .option('--workbook <file>', 'classeur .xlsx (par défaut : la démo intégrée)')
    .option('--year <yyyy>', 'exercice à vérifier (par défaut : tous)')
    .option('--json', 'sortie JSON {"findings":[…]}')
    .option('--date <aaaa-mm-jj>', 'date du jour pour les échéances (par défaut : aujourd’hui)')
    .addOption(langOption())
    .action(async (opts: { workbook?: string; year?: string; json?: boolean; date?: string }) => {
      const { checkCommand } = await import('./commands/check');
      code = await checkCommand(io, opts);
    });
  program
    .command('report')
    .description('génère le rapport annuel (activité et financier) en .docx dans --out')
    .option('--workbook <file>', 'classeur .xlsx (par défaut : la démo intégrée)')
    .option('--year <yyyy>', 'exercice (par défaut : le dernier exercice clos)')
    .option('--out <dir>', 'dossier de sortie', 'out')
    .addOption(langOption())
    .action(async (opts: { workbook?: string; year?: string; out?: string }) => {
      const { reportCommand } = await import('./commands/report');
      code = await reportCommand(io, opts);
    });
  program
    .command('export')
    .description('prépare le dossier de l’expert-comptable (FEC, grand livre, balance…) dans --out/<année>/')
    .option('--workbook <file>', 'classeur .xlsx (par défaut : la démo intégrée)')
    .option('--year <yyyy>', 'exercice (par défaut : le dernier exercice clos)')
    .option('--out <dir>', 'dossier de sortie', 'out')
    .addOption(langOption())
    .action(async (opts: { workbook?: string; year?: string; out?: string }) => {
      const { exportCommand } = await import('./commands/export');
      code = await exportCommand(io, opts);
    });
  program
    .command('preview')
    .description('sert les barres latérales sur 127.0.0.1 et exécute leurs appels sur le classeur .xlsx')
    .option('--workbook <file>', 'classeur .xlsx (par défaut : la démo intégrée)')
    .option('--port <n>', 'port (par défaut 8787 ; 0 = un port libre)')
    .addOption(langOption())
    .action(async (opts: { workbook?: string; port?: string }) => {
      const { previewCommand } = await import('./commands/preview');
      code = await previewCommand(io, opts);
    });
  program
    .command('init')
    .description('crée les feuilles manquantes (Installer / réparer) dans --workbook, sans toucher aux données')
    .option('--workbook <file>', 'classeur .xlsx à compléter (créé s’il n’existe pas)')
    .addOption(langOption())
    .action(async (opts: { workbook?: string }) => {
      const { initCommand } = await import('./commands/init');
      code = await initCommand(io, opts);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const text = lang === 'fr' && USAGE_FR[e.code] ? USAGE_FR[e.code](e) : e.message.replace(/^error: /, '');
      io.err(`citego : ${text}`);
      return 2;
    }
    if (e instanceof UserError) {
      io.err(`citego : ${e.message}`);
      return 2;
    }
    io.err(`citego : erreur inattendue : ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    if (process.env.CITEGO_DEBUG) io.err(String(e instanceof Error ? e.stack : e));
    return 2;
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  main(args.length === 0 ? ['--help'] : args).then((code) => {
    process.exitCode = code;
  });
}
