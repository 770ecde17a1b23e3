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
    menuNoteMemory: 'Noter une décision / un événement',
    menuShowMemory: 'Mémoire',
    menuShowCalendar: 'Calendrier',
    menuShowPartner: 'Fiche partenaire (ligne sélectionnée)',
    menuShowDossiers: 'Dossiers',
    menuShowAtlas: 'Atlas : couverture',
    menuShowOverview: 'Aperçu du classeur',
    menuShowPipeline: 'Opportunités',
    menuShowGroups: 'Groupes et comités',
    menuShowGraph: 'Réseau et atlas',
    menuInstallSheets: 'Installer / réparer les feuilles',
  },
  sidebars: {
    overview: 'Aperçu du classeur',
    check: 'Vérifier la cohérence',
    accountant: 'Dossier expert-comptable',
    reconcile: 'Rapprochement bancaire',
    report: 'Rapport annuel',
    close: 'Clôture de l’exercice',
    pipeline: 'Opportunités',
    groups: 'Groupes et comités',
    dossiers: 'Dossiers',
    atlas: 'Atlas',
    convention: 'Convention',
    'memory-entry': 'Noter dans la Mémoire',
    memory: 'Mémoire',
    calendar: 'Calendrier',
    partner: 'Fiche partenaire',
    graph: 'Réseau et atlas',
    cashplan: 'Trésorerie',
  },
};

export type MenuMessages = typeof menu;
export type MenuFunction = keyof MenuMessages['items'];
export type SidebarName = keyof MenuMessages['sidebars'];
