/**
 * The weekly digest offline (`citego preview`): one person at the computer, no Google. The trigger
 * and the user's settings are kept in the preview's request log (`.<classeur>.citego.json`); no
 * mail leaves the computer: the last digest is kept there too (`outbox`), for the user to read.
 */
import type { Ports } from '../../shared/usecases/ports';
import type { ReminderPorts } from '../../shared/usecases/reminder-ports';

export function localReminders(p: Ports): ReminderPorts {
  const key = (handler: string) => `trigger:${handler}`;
  return {
    triggers: {
      has: (handler) => p.requests.get(key(handler)) === 'weekly',
      createWeekly: (handler) => p.requests.set(key(handler), 'weekly'),
      remove: (handler) => {
        const had = p.requests.get(key(handler)) === 'weekly';
        p.requests.set(key(handler), '');
        return had ? 1 : 0;
      },
    },
    mail: {
      remainingQuota: () => 100,
      send: (to, subject, body) => p.requests.set('outbox', JSON.stringify({ to, subject, body })),
    },
    user: {
      get: (k) => p.requests.get(`user:${k}`) || null,
      set: (k, v) => p.requests.set(`user:${k}`, v),
    },
  };
}
