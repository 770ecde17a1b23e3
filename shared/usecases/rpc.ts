/**
 * The sidebar <-> server contract. Every argument and result is JSON-safe: no Date, no
 * undefined, no function (google.script.run refuses them); dates travel as `YYYY-MM-DD`.
 * Each shell answers it with one `RpcTable` (apps-script/index.ts, scripts/preview/dispatch.ts);
 * tests/gas/shells.test.ts checks that they, the sidebars and dist/Code.js name the same calls.
 */
import type { Finding } from '../sheets/findings';
import type { Lang } from '../i18n/lang';
import type { ChecklistKey } from '../i18n/fr/pack';
import type { Overview } from '../sheets/overview';
import type { GraphPicture } from '../graph/picture';
import type { Severity } from '../sheets/findings';
import type { ConventionForm, ConventionPayload, SaveResult } from '../conventions/payload';
import type { BankReconciliation } from './reconcile-bank';
import type { BankImportResult } from './import-bank-statement';
import { NETWORK_RPC_NAMES, type NetworkRpc } from './network-rpc';
import type { MemoryEntryPayload, MemoryEntryResult } from '../memory/entry';
import type { DecisionsResult, MemoryData, MemoryForm } from './memory';
import type { CalendarView } from './calendar';
import type { DigestStatus } from './digest';
import type { PartnerCardView } from './get-partner-card';
import type { DossierBoard } from './get-dossier-board';
import type { DossierMove } from './move-dossier';
import type { AtlasCoverageView } from './get-atlas-coverage';

export type { BankReconciliation, BankImportResult, PartnerCardView };

/** The check as the sidebar receives it. */
export interface CheckReport {
  readonly associationName: string;
  readonly counts: Record<Severity, number>;
  readonly findings: readonly Finding[];
}

/** A cell to select: the sheet name, the 1-based row and column. */
export interface CellTarget {
  readonly sheet: string;
  readonly row: number;
  readonly column: number | null;
}

export type JsonFinding = Finding;

/** The "Dossier expert-comptable" sidebar's view of a year. */
export interface AccountantStatus {
  readonly associationName: string;
  readonly email: string | null;
  readonly year: number;
  readonly years: readonly number[];
  readonly folderUrl: string | null;
  /** `YYYY-MM-DD` of the last sending of that year's pack. */
  readonly lastSent: string | null;
  /** `key` says what is checked; `label` and `detail` are in the language of Paramètres. */
  readonly checklist: readonly { readonly key: ChecklistKey; readonly label: string; readonly ok: boolean; readonly detail: string }[];
  /** Why no pack can be made for that year, if so. */
  readonly problem: string | null;
}

export interface AccountantResult {
  readonly year: number;
  readonly folderUrl: string;
  readonly sharedWith: string;
  readonly files: readonly { readonly name: string; readonly id: string; readonly url: string }[];
  readonly checklist: AccountantStatus['checklist'];
  readonly sentOn: string;
  readonly notedInMemory: boolean;
}

/** What the "Rapport annuel" sidebar shows before writing the Doc. */
export interface ReportPreview {
  readonly year: number;
  readonly years: readonly number[];
  /** Journal lines booked for the year. */
  readonly lines: number;
  readonly totalIncome: number;
  readonly totalCharges: number;
  readonly netResult: number;
  readonly existingUrl: string | null;
}

export interface ReportResult {
  readonly year: number;
  readonly url: string;
  readonly title: string;
  readonly folderUrl: string;
}

/** « Clôture de l'exercice »: the proposed year-end entries of a year (amounts in cents, dates `YYYY-MM-DD`). */
export interface YearEndView {
  readonly year: number;
  readonly label: string;
  readonly years: readonly number[];
  readonly closing: string;
  readonly proposals: readonly {
    readonly id: string;
    readonly kind: 'receivable' | 'deferred' | 'dedicated' | 'dedicatedUse';
    readonly kindLabel: string;
    readonly convention: string;
    readonly amount: number;
    readonly lines: readonly { readonly account: string; readonly accountLabel: string; readonly debit: number; readonly credit: number }[];
    /** Why, with the figures it comes from, in the language asked. */
    readonly reason: string;
    readonly accepted: boolean;
  }[];
  /** Ended conventions' unspent money, likely owed back: said, not booked. */
  readonly findings: readonly { readonly convention: string; readonly text: string }[];
}

export interface YearEndAccepted {
  readonly year: number;
  /** IDs written now, and those already in the sheet (not written again). */
  readonly written: readonly string[];
  readonly already: readonly string[];
  readonly sheet: string;
}

/** A compte rendu financier (CERFA 15059) written in its convention's folder. */
export interface CerfaResult {
  readonly convention: string;
  readonly year: number;
  readonly url: string;
  readonly title: string;
  readonly folderUrl: string;
  /** The Échéances report date it answers (`YYYY-MM-DD`), to be marked done once sent; null when none. */
  readonly reportDue: string | null;
}

/** An Échéances report row marked done (Fait = oui); `already` when it was (another user, or this same request). */
export interface ReportDone {
  readonly convention: string;
  readonly date: string;
  readonly row: number;
  readonly already: boolean;
}

/** The twelve-month cash plan for the sidebar « Trésorerie » (amounts in cents, months `YYYY-MM`). */
export interface CashPlanView {
  readonly from: string;
  readonly title: string;
  readonly opening: string;
  readonly minimum: number;
  readonly months: readonly {
    readonly month: string;
    readonly label: string;
    readonly opening: number;
    readonly in: number;
    readonly out: number;
    readonly closing: number;
    readonly below: boolean;
  }[];
  readonly notes: readonly string[];
}

export interface RpcContract extends NetworkRpc {
  /** Reads every table of the bound spreadsheet and says what was found. */
  getOverview: { args: [lang: Lang]; result: Overview };
  /** Runs every consistency rule on the bound spreadsheet. */
  runCheck: { args: [lang: Lang]; result: CheckReport };
  /** Activates the sheet and selects the cell of a finding. */
  selectCell: { args: [target: CellTarget]; result: { selected: string } };
  getAccountantStatus: { args: [year: number | null]; result: AccountantStatus };
  /** Validates and stores the accountant's e-mail in Paramètres. */
  setAccountantEmail: { args: [email: string]; result: { email: string } };
  prepareAccountantFolder: { args: [year: number]; result: AccountantResult };
  previewAnnualReport: { args: [year: number | null, lang: Lang]; result: ReportPreview };
  generateAnnualReport: { args: [year: number | null, lang: Lang]; result: ReportResult };
  /** The convention form's lists, and the convention to edit when the menu asked for one. */
  getConventionForm: { args: [id: string | null]; result: ConventionForm };
  saveConvention: { args: [payload: ConventionPayload]; result: SaveResult };
  /** The bank reconciliation of a year (the statement's latest by default), its matches ticked in Relevés › Pointé. */
  reconcileBank: { args: [year: number | null]; result: BankReconciliation };
  /** A bank CSV's text appended to Relevés, without the lines already there. */
  importBankStatement: { args: [csv: string]; result: BankImportResult };
  /** One proposed Journal line (bank fees, interest) appended; the reconciliation run again. */
  acceptBankProposal: { args: [year: number, id: string, requestId: string]; result: BankReconciliation };
  /** The proposed year-end entries of a year (the last closed one when null). */
  getYearEnd: { args: [year: number | null, lang: Lang]; result: YearEndView };
  /** Writes the accepted ones (IDs, or 'all') into « Écritures d'inventaire », once. */
  acceptYearEnd: { args: [year: number, ids: readonly string[] | 'all', requestId: string]; result: YearEndAccepted };
  /** The compte rendu financier (CERFA 15059) of a subsidy convention, in its folder. */
  generateCerfa15059: { args: [convention: string, year: number | null, lang: Lang]; result: CerfaResult };
  // The memory and the calendar (shared/usecases/memory.ts, calendar.ts, digest.ts).
  /** The quick entry's lists (Personnes, partners, conventions…) and today. */
  getMemoryForm: { args: []; result: MemoryForm };
  /** One Mémoire row appended under the lock, once per request id. */
  saveMemoryEntry: { args: [payload: MemoryEntryPayload]; result: MemoryEntryResult };
  /** Every Mémoire entry: the sidebar indexes them once and searches as the user types. */
  getMemory: { args: []; result: MemoryData };
  /** The register of decisions of a year (this year when null) as a document kept in place. */
  exportDecisions: { args: [year: number | null, lang: Lang]; result: DecisionsResult };
  /** What is late and the next 90 days. */
  getCalendar: { args: [lang: Lang]; result: CalendarView };
  /** The whole calendar as an .ics file in the association's folder. */
  publishCalendar: { args: [lang: Lang]; result: { url: string; name: string; events: number } };
  /** This user's weekly e-mail: on or off, to whom, the last send and the last failure. */
  getDigest: { args: []; result: DigestStatus };
  setDigest: { args: [on: boolean, emails: readonly string[]]; result: DigestStatus };
  /** The card of a partner (ID or name; on Google, null = the row the menu was used on, else the first partner). */
  getPartnerCard: { args: [partner: string | null, lang: Lang]; result: PartnerCardView };
  /** The dossier pipeline: board by stage, late, who reviews what; a move one stage on or back. */
  getDossierBoard: { args: []; result: DossierBoard };
  moveDossier: { args: [move: DossierMove]; result: DossierBoard };
  /** The atlas's coverage by the published contents (the current fiscal year when null). */
  getAtlasCoverage: { args: [year: number | null]; result: AtlasCoverageView };
  /** The picture of the network or of the atlas, laid out, for the sidebar « Réseau et atlas ». */
  getGraphPicture: { args: [which: 'network' | 'atlas', lang: Lang]; result: GraphPicture };
  // AG pack, cash plan, CERFA follow-up
  generateAgPack: { args: [year: number | null, lang: Lang]; result: ReportResult };
  getCashPlan: { args: [from: string | null, lang: Lang]; result: CashPlanView };
  /** Marks the convention's report row of Échéances done (its date, or the earliest not done when null). */
  markReportDone: { args: [convention: string, date: string | null, requestId: string]; result: ReportDone };
}

export type RpcName = keyof RpcContract;

/** Every rpc name once; the compiler refuses a name missing here or not in the contract. */
const NAMES: Record<RpcName, true> = {
  getOverview: true,
  runCheck: true,
  selectCell: true,
  getAccountantStatus: true,
  setAccountantEmail: true,
  prepareAccountantFolder: true,
  previewAnnualReport: true,
  generateAnnualReport: true,
  getConventionForm: true,
  saveConvention: true,
  reconcileBank: true,
  importBankStatement: true,
  acceptBankProposal: true,
  getYearEnd: true,
  acceptYearEnd: true,
  generateCerfa15059: true,
  ...NETWORK_RPC_NAMES,
  getMemoryForm: true,
  saveMemoryEntry: true,
  getMemory: true,
  exportDecisions: true,
  getCalendar: true,
  publishCalendar: true,
  getDigest: true,
  setDigest: true,
  getPartnerCard: true,
  getDossierBoard: true,
  moveDossier: true,
  getAtlasCoverage: true,
  getGraphPicture: true,
  generateAgPack: true,
  getCashPlan: true,
  markReportDone: true,
};

export const RPC_NAMES = Object.keys(NAMES) as readonly RpcName[];

/** An rpc's arguments as a shell receives them: as many, each unchecked (the use case validates). */
export type UncheckedArgs<N extends RpcName> = Unchecked<RpcContract[N]['args']>;
type Unchecked<T extends unknown[]> = { [K in keyof T]: unknown };

/**
 * A shell's table of rpc handlers, one per name of the contract, each answering the contract's
 * result; `Before` are what the shell passes first (e.g. the preview's ports).
 */
export type RpcTable<Before extends unknown[] = []> = {
  readonly [N in RpcName]: (...args: [...Before, ...UncheckedArgs<N>]) => RpcContract[N]['result'];
};
