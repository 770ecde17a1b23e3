/**
 * The ONE list of public functions Apps Script sees: the triggers, the menu's items and the rpc
 * endpoints, each a table. scripts/build.mjs writes a top-level `function name(){}` for every
 * entry of PUBLIC. Every rpc is callable from a browser console through google.script.run: each
 * use case validates its arguments again and does one thing; `userFacing` maps what it throws.
 */
import type { MenuFunction } from '../shared/i18n/fr/menu';
import { getAccountantStatus } from '../shared/usecases/get-accountant-status';
import { setAccountantEmail } from '../shared/usecases/set-accountant-email';
import { prepareAccountantFolder } from '../shared/usecases/prepare-accountant-folder';
import { runCheck } from '../shared/usecases/run-check';
import { getConventionForm } from '../shared/usecases/get-convention-form';
import { saveConvention } from '../shared/usecases/save-convention';
import { getOverview } from '../shared/usecases/get-overview';
import { getGraphPicture } from '../shared/usecases/get-graph-picture';
import { generateAnnualReport } from '../shared/usecases/generate-annual-report';
import { generateCerfa15059 } from '../shared/usecases/generate-cerfa15059';
import { generateAgPack } from '../shared/usecases/generate-ag-pack';
import { getCashPlan } from '../shared/usecases/get-cash-plan';
import { markReportDone } from '../shared/usecases/mark-report-done';
import { previewAnnualReport } from '../shared/usecases/preview-annual-report';
import { getYearEnd } from '../shared/usecases/get-year-end';
import { acceptYearEnd } from '../shared/usecases/accept-year-end';
import type { RpcTable } from '../shared/usecases/rpc';
import { reconcileBank } from '../shared/usecases/reconcile-bank';
import { importBankStatement } from '../shared/usecases/import-bank-statement';
import { acceptBankProposal } from '../shared/usecases/accept-bank-proposal';
import { NETWORK_RPC } from './network';
import { getPartnerCard } from '../shared/usecases/get-partner-card';
import { getDossierBoard } from '../shared/usecases/get-dossier-board';
import { moveDossier } from '../shared/usecases/move-dossier';
import { getAtlasCoverage } from '../shared/usecases/get-atlas-coverage';
import { userFacing } from './user-facing';
import {
  addMenu,
  editConvention,
  generateCerfaNow,
  generateReportNow,
  installSheetsNow,
  newConvention,
  prepareAgNow,
  showPartnerCard,
} from './menu';
import { googlePorts as ports } from './google-ports';
import { selectCell, takeSelectedConvention, takeSelectedPartner } from './selection';
import { showSidebar } from './sidebars';
import { exportDecisions, getMemory, getMemoryForm, saveMemoryEntry } from '../shared/usecases/memory';
import { getCalendar, publishCalendar } from '../shared/usecases/calendar';
import { getDigest, sendWeeklyDigest, setDigest } from '../shared/usecases/digest';
import { googleReminders, weekToast } from './reminders';
import './web-globals';

/** The menu, in its order. */
export const MENU: Readonly<Record<MenuFunction, () => void>> = {
  menuNewConvention: newConvention,
  menuEditConvention: editConvention,
  menuShowCheck: () => showSidebar('check'),
  menuGenerateReport: generateReportNow,
  menuGenerateCerfa: generateCerfaNow,
  menuShowReport: () => showSidebar('report'),
  menuPrepareAg: prepareAgNow,
  menuShowCashPlan: () => showSidebar('cashplan'),
  menuShowAccountant: () => showSidebar('accountant'),
  menuShowReconcile: () => showSidebar('reconcile'),
  menuShowClose: () => showSidebar('close'),
  menuNoteMemory: () => showSidebar('memory-entry'),
  menuShowMemory: () => showSidebar('memory'),
  menuShowCalendar: () => showSidebar('calendar'),
  menuShowPartner: showPartnerCard,
  menuShowDossiers: () => showSidebar('dossiers'),
  menuShowAtlas: () => showSidebar('atlas'),
  menuShowOverview: () => showSidebar('overview'),
  menuShowPipeline: () => showSidebar('pipeline'),
  menuShowGroups: () => showSidebar('groups'),
  menuShowGraph: () => showSidebar('graph'),
  menuInstallSheets: installSheetsNow,
};

/**
 * Simple triggers: the menu, in the language of Paramètres (a bound script's onOpen may read its
 * own spreadsheet; when it cannot, e.g. before authorisation, the menu is in French).
 */
export const TRIGGERS = {
  onOpen: (e?: unknown): void => {
    addMenu(MENU);
    weekToast(e);
  },
  onInstall: (): void => addMenu(MENU),
  /** The weekly digest's installable time trigger (shared/usecases/digest.ts); sends at most once in six days. */
  sendWeeklyDigest: (): void => {
    sendWeeklyDigest(ports(), googleReminders());
  },
};

/** The sidebars' server calls (shared/usecases/rpc.ts); the compiler checks it against the contract. */
export const RPC: RpcTable = {
  getOverview: (lang) => userFacing(() => getOverview(ports(), lang)),
  runCheck: (lang) => userFacing(() => runCheck(ports(), lang)),
  selectCell: (target) => userFacing(() => selectCell(target)),
  getAccountantStatus: (year) => userFacing(() => getAccountantStatus(ports(), year)),
  setAccountantEmail: (email) => userFacing(() => setAccountantEmail(ports(), email)),
  prepareAccountantFolder: (year) => userFacing(() => prepareAccountantFolder(ports(), year)),
  previewAnnualReport: (year, lang) => userFacing(() => previewAnnualReport(ports(), year, lang)),
  generateAnnualReport: (year, lang) => userFacing(() => generateAnnualReport(ports(), year, lang)),
  getConventionForm: (id) => userFacing(() => getConventionForm(ports(), id, takeSelectedConvention())),
  saveConvention: (payload) => userFacing(() => saveConvention(ports(), payload)),
  reconcileBank: (year) => userFacing(() => reconcileBank(ports(), year)),
  importBankStatement: (csv) => userFacing(() => importBankStatement(ports(), csv)),
  acceptBankProposal: (year, id, requestId) => userFacing(() => acceptBankProposal(ports(), year, id, requestId)),
  getYearEnd: (year, lang) => userFacing(() => getYearEnd(ports(), year, lang)),
  acceptYearEnd: (year, ids, requestId) => userFacing(() => acceptYearEnd(ports(), year, ids, requestId)),
  generateCerfa15059: (convention, year, lang) => userFacing(() => generateCerfa15059(ports(), convention, year, lang)),
  ...NETWORK_RPC,
  getMemoryForm: () => userFacing(() => getMemoryForm(ports())),
  saveMemoryEntry: (payload) => userFacing(() => saveMemoryEntry(ports(), payload)),
  getMemory: () => userFacing(() => getMemory(ports())),
  exportDecisions: (year, lang) => userFacing(() => exportDecisions(ports(), year, lang)),
  getCalendar: (lang) => userFacing(() => getCalendar(ports(), lang)),
  publishCalendar: (lang) => userFacing(() => publishCalendar(ports(), lang)),
  getDigest: () => userFacing(() => getDigest(ports(), googleReminders())),
  setDigest: (on, emails) => userFacing(() => setDigest(ports(), googleReminders(), on, emails)),
  getPartnerCard: (partner, lang) => userFacing(() => getPartnerCard(ports(), partner ?? takeSelectedPartner(), lang)),
  getDossierBoard: () => userFacing(() => getDossierBoard(ports())),
  moveDossier: (move) => userFacing(() => moveDossier(ports(), move)),
  getAtlasCoverage: (year) => userFacing(() => getAtlasCoverage(ports(), year)),
  getGraphPicture: (which, lang) => userFacing(() => getGraphPicture(ports(), which, lang)),
  generateAgPack: (year, lang) => userFacing(() => generateAgPack(ports(), year, lang)),
  getCashPlan: (from, lang) => userFacing(() => getCashPlan(ports(), from, lang)),
  markReportDone: (convention, date, requestId) => userFacing(() => markReportDone(ports(), convention, date, requestId)),
};

export const PUBLIC = { ...TRIGGERS, ...MENU, ...RPC };
