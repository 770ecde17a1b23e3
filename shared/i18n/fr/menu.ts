/**
 * The Citego menu and the sidebars' titles, in French. Menu items are keyed by the public
 * function each one runs (apps-script/index.ts checks its menu table against these keys).
 */
export const menu = {
  title: 'Citego',
  items: {
    menuNewConvention: 'Nouvelle convention',
    menuEditConvention: 'Modifier la convention sélectionnée',
    menuShowCheck: 'Vérifier la cohérence',
    menuGenerateReport: 'Générer le rapport annuel',
    menuGenerateCerfa: 'Compte rendu financier (Cerfa 15059) de la convention sélectionnée',
    menuShowReport: 'Rapport annuel…',
    menuPrepareAg: 'Préparer l’AG',
    menuShowCashPlan: 'Trésorerie',
    menuShowAccountant: 'Dossier expert-comptable',
    menuShowReconcile: 'Rapprochement bancaire',
    menuShowClose: 'Clôture de l’exercice',
    menuShowOverview: 'Aperçu du classeur',
    menuInstallSheets: 'Installer / réparer les feuilles',
  },
  sidebars: {
    overview: 'Aperçu du classeur',
    check: 'Vérifier la cohérence',
    accountant: 'Dossier expert-comptable',
    reconcile: 'Rapprochement bancaire',
    report: 'Rapport annuel',
    close: 'Clôture de l’exercice',
    convention: 'Convention',
    cashplan: 'Trésorerie',
  },
};

export type MenuMessages = typeof menu;
export type MenuFunction = keyof MenuMessages['items'];
export type SidebarName = keyof MenuMessages['sidebars'];
