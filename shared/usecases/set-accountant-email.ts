/** rpc setAccountantEmail: the accountant's address, checked, stored in Paramètres under the lock. */
import { writeSetting } from '../sheets/settings/write-setting';
import { parseEmail } from './args';
import type { Ports } from './ports';

export function setAccountantEmail(p: Pick<Ports, 'workbook' | 'lock'>, email: unknown): { email: string } {
  const valid = parseEmail(email);
  p.lock.withLock(() => writeSetting(p.workbook, 'accountantEmail', valid));
  return { email: valid };
}
