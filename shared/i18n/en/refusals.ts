/** Why a use case says no, in English: same keys and signatures as the French file. */
import type { RefusalMessages } from '../fr/refusals';

export const refusals: RefusalMessages = {
  unexpected: () => 'Unexpected error: try again, then report it if it persists.',
};
