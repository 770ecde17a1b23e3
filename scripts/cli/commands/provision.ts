/**
 * `citego provision --title "…" [--from FILE.xlsx]`: a new spreadsheet with every sheet of the schema
 * (scripts/sheets-api/provision.ts), asking the `spreadsheets` scope for this command only; prints
 * the `citego deploy` command that binds the add-on to it.
 */
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import { readXlsx } from '../../xlsx/read';
import type { CliCommand } from '../command';
import { shownPath } from '../io';
import { parseToday } from '../options';

export const provisionCommand: CliCommand<{ title?: string; from?: string }> = {
  options: [
    { flag: '--title', text: 'title' },
    { flag: '--from', text: 'from' },
  ],
  async run(io, opts) {
    const title = (opts.title ?? '').trim();
    if (title === '') throw refusal('liveNoTitle');
    const seed = opts.from ? await readXlsx(opts.from) : null;
    const { authorise } = await import('../../sheets-api/auth');
    const { authContext } = await import('../../sheets-api/read-live');
    const { sheetsApi } = await import('../../sheets-api/client');
    const { planSpreadsheet, provision } = await import('../../sheets-api/provision');
    const plan = planSpreadsheet(seed, Number(parseToday(undefined).slice(0, 4)));
    const api = sheetsApi(await authorise('write', authContext(io)));
    const done = await provision(api, title.slice(0, 200), plan, { timeZone: 'Europe/Paris', fromZone: seed?.timeZone ?? 'UTC' });
    const t = catalogue(io.lang).live;
    io.out(t.provisioned(title, done.url, done.sheets));
    if (opts.from) io.out(t.provisionFilled(shownPath(opts.from), done.rows));
    io.out(t.provisionNext(`npx citego deploy --spreadsheet ${done.id}`));
    return 0;
  },
};
