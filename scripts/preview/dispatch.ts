/**
 * The sidebars' server calls offline (`citego preview`): the same use cases as
 * apps-script/index.ts, with the ports of local-ports.ts — the .xlsx (saved once a call has
 * written to it), "Drive" as a folder next to it, documents as .docx files.
 */
import { cellReference } from '../../shared/sheets/findings';
import { accountantStatus } from '../../shared/usecases/accountant-status';
import { setAccountantEmail } from '../../shared/usecases/accountant-email';
import { prepareAccountantFolder } from '../../shared/usecases/accountant-folder';
import { parseCellTarget } from '../../shared/usecases/args';
import { check } from '../../shared/usecases/check';
import { openConventionForm } from '../../shared/usecases/convention-form';
import { submitConvention } from '../../shared/usecases/convention-save';
import { overview } from '../../shared/usecases/overview';
import type { Ports } from '../../shared/usecases/ports';
import { refusalText, shellMessage } from '../../shared/usecases/refused';
import { generateAnnualReport } from '../../shared/usecases/report-generate';
import { previewAnnualReport } from '../../shared/usecases/report-preview';
import type { RpcName, RpcTable } from '../../shared/usecases/rpc';
import { settingsLanguage } from '../../shared/usecases/settings';
import { XlsxEditable } from '../xlsx/edit';
import { localPorts } from './local-ports';

/** The preview's rpc table; the compiler checks it against the contract, a test against Google's. */
export const PREVIEW_RPC: RpcTable<[Ports]> = {
  getOverview: (p, lang) => overview(p, lang),
  runCheck: (p, lang) => check(p, lang),
  // Nothing to select in a file: the answer is the cell's reference, as Google's.
  selectCell: (_p, target) => {
    const t = parseCellTarget(target);
    return { selected: cellReference({ sheet: t.sheet, row: t.row, columnIndex: t.column ?? undefined }).replace(/^.*!/, '') };
  },
  getAccountantStatus: (p, year) => accountantStatus(p, year),
  setAccountantEmail: (p, email) => setAccountantEmail(p, email),
  prepareAccountantFolder: (p, year) => prepareAccountantFolder(p, year),
  previewAnnualReport: (p, year, lang) => previewAnnualReport(p, year, lang),
  generateAnnualReport: (p, year, lang) => generateAnnualReport(p, year, lang),
  getConventionForm: (p, id) => openConventionForm(p, id),
  saveConvention: (p, payload) => submitConvention(p, payload),
};

function isRpcName(name: string): name is RpcName {
  return Object.prototype.hasOwnProperty.call(PREVIEW_RPC, name);
}

/** One call: open the workbook, run the use case, then write what it changed; a failure is one sentence. */
async function run(workbookPath: string, name: string, args: unknown[]): Promise<unknown> {
  if (!isRpcName(name)) throw new Error(`Script function not found: ${name}`);
  const workbook = await XlsxEditable.open(workbookPath);
  const call = localPorts(workbookPath, workbook);
  try {
    const value = (PREVIEW_RPC[name] as (p: Ports, ...a: unknown[]) => unknown)(call.ports, ...args);
    await call.commit();
    return value;
  } catch (e) {
    const lang = settingsLanguage(workbook);
    if (refusalText(e, lang) === null) console.error(e);
    throw new Error(shellMessage(e, lang));
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
