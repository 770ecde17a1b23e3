/** `citego logout`: deletes the token `citego login` kept. */
import { catalogue } from '../../../shared/i18n/catalogue';
import type { CliCommand } from '../command';
import { shownPath } from '../io';

export const logoutCommand: CliCommand<object> = {
  options: [],
  async run(io) {
    const { removeToken, tokenPath } = await import('../../sheets-api/store');
    const t = catalogue(io.lang).live;
    io.out(removeToken() ? t.loggedOut(shownPath(tokenPath())) : t.notLoggedIn());
    return 0;
  },
};
