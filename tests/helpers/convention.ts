/** A new convention as the form sends it: partner P-0007, project ATLAS, two instalments and a report, with its Drive folder. */
const NEW_CONVENTION = {
  requestId: 'gas-request-0001',
  id: null,
  version: null,
  title: 'Atlas — volet sud-américain',
  partnerId: 'P-0007',
  newPartner: null,
  type: 'subvention',
  action: 'atlas relationnel',
  project: 'ATLAS',
  signedOn: '02/12/2025',
  start: '01/01/2026',
  end: '31/12/2026',
  amount: '12 500,00',
  direction: 'recette',
  status: 'signée',
  notes: '',
  instalments: [
    { date: '15/01/2026', amount: '6 250' },
    { date: '15/09/2026', amount: '6 250' },
  ],
  reports: [{ date: '30/06/2027' }],
  createFolder: true,
};

export function conventionPayload(changes: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { ...NEW_CONVENTION, ...changes };
}
