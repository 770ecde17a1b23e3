/**
 * The sidebars' server calls offline (`citego preview`): the same use cases as
 * apps-script/index.ts, with the ports of local-ports.ts — the .xlsx (saved once a call has
 * written to it), "Drive" as a folder next to it, documents as .docx files.
 */
import { cellReference } from '../../shared/sheets/findings';
import { getAccountantStatus } from '../../shared/usecases/get-accountant-status';
import { setAccountantEmail } from '../../shared/usecases/set-accountant-email';
import { prepareAccountantFolder } from '../../shared/usecases/prepare-accountant-folder';
import { parseCellTarget } from '../../shared/usecases/args';
import { runCheck } from '../../shared/usecases/run-check';
import { getConventionForm } from '../../shared/usecases/get-convention-form';
import { saveConvention } from '../../shared/usecases/save-convention';
import { getOverview } from '../../shared/usecases/get-overview';
import { getGraphPicture } from '../../shared/usecases/get-graph-picture';
import type { Ports } from '../../shared/usecases/ports';
import { refusalText, userMessage } from '../../shared/i18n/refusal';
import { generateAnnualReport } from '../../shared/usecases/generate-annual-report';
import { generateCerfa15059 } from '../../shared/usecases/generate-cerfa15059';
import { generateAgPack } from '../../shared/usecases/generate-ag-pack';
import { getCashPlan } from '../../shared/usecases/get-cash-plan';
import { markReportDone } from '../../shared/usecases/mark-report-done';
import { previewAnnualReport } from '../../shared/usecases/preview-annual-report';
import { getYearEnd } from '../../shared/usecases/get-year-end';
import { getPartnerCard } from '../../shared/usecases/get-partner-card';
import { acceptYearEnd } from '../../shared/usecases/accept-year-end';
import type { RpcName, RpcTable } from '../../shared/usecases/rpc';
import { reconcileBank } from '../../shared/usecases/reconcile-bank';
import { importBankStatement } from '../../shared/usecases/import-bank-statement';
import { acceptBankProposal } from '../../shared/usecases/accept-bank-proposal';
import { NETWORK_PREVIEW_RPC, NETWORK_WRITES } from './network';
import { getAtlasCoverage } from '../../shared/usecases/get-atlas-coverage';
import { getDossierBoard } from '../../shared/usecases/get-dossier-board';
import { moveDossier } from '../../shared/usecases/move-dossier';
import { settingsLanguage } from '../../shared/sheets/settings/read-settings';
import { XlsxEditable } from '../xlsx/edit';
import { localPorts } from './local-ports';
import { localReminders } from './local-reminders';
import { exportDecisions, getMemory, getMemoryForm, saveMemoryEntry } from '../../shared/usecases/memory';
import { getCalendar, publishCalendar } from '../../shared/usecases/calendar';
import { getDigest, setDigest } from '../../shared/usecases/digest';
import { removeStaleTemps } from './stale-temps';

/** The preview's rpc table; the compiler checks it against the contract, a test against Google's. */
export const PREVIEW_RPC: RpcTable<[Ports]> = {
  getOverview,
  // The use case's extra parameter (the CLI's --year) is not the client's to set.
  runCheck: (p, lang) => runCheck(p, lang),
  // Nothing to select in a file: the answer is the cell's reference, as Google's.
  selectCell: (_p, target) => {
    const t = parseCellTarget(target);
    return { selected: cellReference({ sheet: t.sheet, row: t.row, columnIndex: t.column ?? undefined }).replace(/^.*!/, '') };
  },
  getAccountantStatus,
  setAccountantEmail,
  prepareAccountantFolder,
  previewAnnualReport,
  generateAnnualReport,
  getConventionForm: (p, id) => getConventionForm(p, id),
  saveConvention: (p, payload) => saveConvention(p, payload),
  reconcileBank: (p, year) => reconcileBank(p, year),
  importBankStatement: (p, csv) => importBankStatement(p, csv),
  acceptBankProposal: (p, year, id, requestId) => acceptBankProposal(p, year, id, requestId),
  getYearEnd,
  acceptYearEnd,
  generateCerfa15059,
  ...NETWORK_PREVIEW_RPC,
  getMemoryForm: (p) => getMemoryForm(p),
  saveMemoryEntry: (p, payload) => saveMemoryEntry(p, payload),
  getMemory: (p) => getMemory(p),
  exportDecisions: (p, year, lang) => exportDecisions(p, year, lang),
  getCalendar: (p, lang) => getCalendar(p, lang),
  publishCalendar: (p, lang) => publishCalendar(p, lang),
  getDigest: (p) => getDigest(p, localReminders(p)),
  setDigest: (p, on, emails) => setDigest(p, localReminders(p), on, emails),
  getPartnerCard,
  getDossierBoard: (p) => getDossierBoard(p),
  moveDossier: (p, move) => moveDossier(p, move),
  getAtlasCoverage: (p, year) => getAtlasCoverage(p, year),
  getGraphPicture,
  generateAgPack,
  getCashPlan,
  markReportDone,
};

/** The calls that write into the workbook: a read-only file is refused before anything is made beside it. */
const WRITES_WORKBOOK: Readonly<Record<RpcName, boolean>> = {
  getOverview: false,
  runCheck: false,
  selectCell: false,
  getAccountantStatus: false,
  setAccountantEmail: true,
  prepareAccountantFolder: true,
  previewAnnualReport: false,
  generateAnnualReport: false,
  getConventionForm: false,
  saveConvention: true,
  reconcileBank: true,
  importBankStatement: true,
  acceptBankProposal: true,
  getYearEnd: false,
  acceptYearEnd: true,
  generateCerfa15059: false,
  ...NETWORK_WRITES,
  getMemoryForm: false,
  saveMemoryEntry: true,
  getMemory: false,
  exportDecisions: false,
  getCalendar: false,
  publishCalendar: false,
  getDigest: false,
  setDigest: false,
  getPartnerCard: false,
  getDossierBoard: false,
  moveDossier: true,
  getAtlasCoverage: false,
  getGraphPicture: false,
  generateAgPack: false,
  getCashPlan: false,
  markReportDone: true,
};

function isRpcName(name: string): name is RpcName {
  return Object.prototype.hasOwnProperty.call(PREVIEW_RPC, name);
}

/** One call: open the workbook, run the use case, then write what it changed; a failure is one sentence. */
async function run(workbookPath: string, name: string, args: unknown[]): Promise<unknown> {
  if (!isRpcName(name)) throw new Error(`Script function not found: ${name}`);
  // What a killed save left beside the workbook goes before this call writes (stale-temps.ts).
  await removeStaleTemps(workbookPath);
  const workbook = await XlsxEditable.open(workbookPath);
  const call = localPorts(workbookPath, workbook);
  try {
    if (WRITES_WORKBOOK[name]) await workbook.writableTarget();
    const value = (PREVIEW_RPC[name] as (p: Ports, ...a: unknown[]) => unknown)(call.ports, ...args);
    await call.commit();
    return value;
  } catch (e) {
    const lang = settingsLanguage(workbook);
    if (refusalText(e, lang) === null) console.error(e);
    throw new Error(userMessage(e, lang));
  }
}

/** Runs the server function `name`, as google.script.run would, on the workbook at `workbookPath`. */
export function localDispatch(workbookPath: string): (name: string, args: unknown[]) => Promise<unknown> {
  let queue: Promise<unknown> = Promise.resolve();
  // Calls run one after the other, like executions taking the document lock.
  return (name, args) => {
    const result = queue.then(() => run(workbookPath, name, args));
    queue = result.catch(() => undefined);
    return result;
  };
}
