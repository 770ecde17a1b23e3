/** The Citego menu: label -> public function name (each must be an export of index.ts). */
export const MENU = {
  title: 'Citego',
  items: [
    { label: 'Nouvelle convention', fn: 'menuNewConvention' },
    { label: 'Modifier la convention sélectionnée', fn: 'menuEditConvention' },
    { label: 'Vérifier la cohérence', fn: 'menuShowCheck' },
    { label: 'Générer le rapport annuel', fn: 'menuGenerateReport' },
    { label: 'Rapport annuel…', fn: 'menuShowReport' },
    { label: 'Dossier expert-comptable', fn: 'menuShowAccountant' },
    { label: 'Aperçu du classeur', fn: 'menuShowOverview' },
    { label: 'Installer / réparer les feuilles', fn: 'menuInstallSheets' },
  ],
} as const;
