import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge } from '../../bridge/server';
import { localDispatch } from '../../preview/dispatch';
import { readXlsx } from '../../xlsx/read';
import { UserError } from '../../xlsx/errors';
import { workbookPath, type Io } from '../io';

/** `citego preview`: the built sidebars on 127.0.0.1, their server calls run against the .xlsx. */
export async function previewCommand(io: Io, opts: { workbook?: string; port?: string }): Promise<number> {
  const chosen = workbookPath(opts.workbook);
  // The embedded demo is never modified: the preview works on a copy of it.
  const path = chosen.isDemo ? join(mkdtempSync(join(tmpdir(), 'citego-apercu-')), 'demo.xlsx') : chosen.path;
  if (chosen.isDemo) copyFileSync(chosen.path, path);
  await readXlsx(path); // refuses a bad file before serving anything
  const port = opts.port === undefined ? 8787 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError('usage', `--port attend un numéro de port, pas « ${opts.port} »`);
  const root = join(__dirname, '..');
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'Code.js')))
    throw new UserError('usage', 'Les barres latérales ne sont pas construites : lancez « npm run build ».');
  const server = await startBridge({
    distDir: dist,
    shimFile: join(root, 'build', 'bridge-shim.js'),
    dispatch: localDispatch(path),
    port,
    title: `Citego — aperçu local de ${path}`,
  }).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(
      'usage',
      e.code === 'EADDRINUSE'
        ? `Le port ${port} est déjà utilisé : essayez --port ${port + 1}`
        : `Serveur impossible à démarrer (${e.code ?? e.message})`,
    );
  });
  io.out(`Aperçu local : ${server.url}/`);
  io.err(
    `${chosen.isDemo ? 'Démonstration : une copie est utilisée. ' : ''}Les enregistrements sont écrits dans ${path}. Ctrl+C pour arrêter.`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
