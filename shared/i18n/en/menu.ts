/** The Citego menu and the sidebars' titles, in English: same keys as the French file. */
import type { MenuMessages } from '../fr/menu';

export const menu: MenuMessages = {
  title: 'Citego',
  items: {
    menuNewConvention: 'New agreement',
    menuEditConvention: 'Edit the selected agreement',
    menuShowCheck: 'Check consistency',
    menuGenerateReport: 'Generate the annual report',
    menuGenerateCerfa: 'Financial report (Cerfa 15059) of the selected agreement',
    menuShowReport: 'Annual report…',
    menuPrepareAg: 'Prepare the general meeting',
    menuShowCashPlan: 'Cash plan',
    menuShowAccountant: "Accountant's folder",
    menuShowReconcile: 'Bank reconciliation',
    menuShowClose: 'Year-end closing',
    menuShowOverview: 'Workbook overview',
    menuInstallSheets: 'Install / repair the sheets',
  },
  sidebars: {
    overview: 'Workbook overview',
    check: 'Check consistency',
    accountant: "Accountant's folder",
    reconcile: 'Bank reconciliation',
    report: 'Annual report',
    close: 'Year-end closing',
    convention: 'Agreement',
    cashplan: 'Cash plan',
  },
};
