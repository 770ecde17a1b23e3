import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import { startBridge } from '../../bridge/server';
import { localDispatch } from '../../preview/dispatch';
import { driveFolder } from '../../preview/local-ports';
import { removeStaleTemps } from '../../preview/stale-temps';
import { readXlsx } from '../../xlsx/read';
import { WORKBOOK, type CliCommand } from '../command';
import { workbookPath } from '../io';
import { lockWorkbook } from '../../workbook-lock';

function parsePort(value: string | undefined): number {
  const port = value === undefined ? 8787 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw refusal('cliPort', String(value));
  return port;
}

/** `citego preview`: the built sidebars on 127.0.0.1, their server calls run against the .xlsx. */
export const previewCommand: CliCommand<{ workbook?: string; port?: string }> = {
  options: [WORKBOOK, { flag: '--port', text: 'port' }],
  async run(io, opts) {
    const chosen = workbookPath(opts.workbook);
    // The embedded demo is never modified: the preview works on a copy of it.
    const path = chosen.isDemo ? join(mkdtempSync(join(tmpdir(), 'citego-apercu-')), 'demo.xlsx') : chosen.path;
    if (chosen.isDemo) copyFileSync(chosen.path, path);
    await readXlsx(path); // refuses a bad file before serving anything
    const unlock = lockWorkbook(path);
    await removeStaleTemps(path); // what a killed save left behind (scripts/preview/stale-temps.ts)
    const port = parsePort(opts.port);
    const root = join(__dirname, '..');
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'Code.js'))) throw refusal('cliNotBuilt');
    const t = catalogue(io.lang).cli;
    const server = await startBridge({
      distDir: dist,
      shimFile: join(root, 'build', 'bridge-shim.js'),
      dispatch: localDispatch(path),
      port,
      workbook: path,
      fileRoot: driveFolder(path),
      lang: io.lang,
    }).catch((e: NodeJS.ErrnoException) => {
      throw e.code === 'EADDRINUSE' ? refusal('cliPortInUse', port) : refusal('cliServerFailed', e.code ?? e.message);
    });
    io.out(t.previewListening(`${server.url}/`));
    io.err(t.previewWritesTo(path, chosen.isDemo));
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(() => (unlock(), resolve()));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
