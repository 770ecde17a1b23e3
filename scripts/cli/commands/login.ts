/** `citego login [--client FILE.json] [--write]`: the browser flow, then the token kept 0600 (scripts/sheets-api/). */
import { catalogue } from '../../../shared/i18n/catalogue';
import { refusal } from '../../../shared/i18n/refusal';
import type { CliCommand } from '../command';
import { shownPath } from '../io';

export const loginCommand: CliCommand<{ client?: string; write?: boolean }> = {
  options: [
    { flag: '--client', text: 'client' },
    { flag: '--write', text: 'writeScope' },
  ],
  async run(io, opts) {
    const { login } = await import('../../sheets-api/auth');
    const { authContext } = await import('../../sheets-api/read-live');
    const { readClientFile, readToken, tokenPath } = await import('../../sheets-api/store');
    const ctx = authContext(io, process.env, opts.client);
    const file = opts.client ?? process.env.CITEGO_OAUTH_CLIENT;
    const stored = file ? null : readToken(process.env);
    const client = file ? readClientFile(file) : stored;
    if (!client) throw refusal('liveNoCredentials');
    const access = opts.write ? 'write' : 'read';
    await login(ctx, access, client);
    const t = catalogue(io.lang).live;
    io.out(t.loggedIn(shownPath(tokenPath()), access === 'write' ? t.scopeWrite() : t.scopeRead()));
    return 0;
  },
};
