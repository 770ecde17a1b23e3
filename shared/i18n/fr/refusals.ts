/**
 * Why a use case says no, in French: one sentence that names what to change. Each key is the
 * refusal's code (see shared/i18n/refusal.ts); the English file has the same keys and signatures.
 */
export const refusals = {
  unexpected: () => 'Erreur inattendue : réessayez, puis signalez-la si elle persiste.',
};

export type RefusalMessages = typeof refusals;
