/**
 * The names under which the request log remembers what the use cases made (document properties
 * on Google): kept as they are, since a workbook in use already holds them.
 */
export const KEYS = {
  associationFolder: 'associationFolder',
  reportsFolder: 'reportsFolder',
  conventionsFolder: 'conventionsFolder',
  conventionFolder: (name: string) => `conventionFolder:${name}`,
  conventionRequest: (requestId: string) => `convention-request:${requestId}`,
  accountantRoot: 'accountantFolder',
  accountantYear: (year: number) => `accountantFolder:${year}`,
  accountantSent: (year: number) => `accountantSent:${year}`,
  report: (year: number) => `report:${year}`,
  bankProposalRequest: (requestId: string) => `bank-proposal-request:${requestId}`,
  yearEndRequest: (requestId: string) => `year-end-request:${requestId}`,
  cerfa15059: (convention: string, year: number) => `cerfa15059:${convention}:${year}`,
} as const;
