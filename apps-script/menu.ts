/** The Citego menu: label -> public function name (each must be an export of index.ts). */
export const MENU = {
  title: 'Citego',
  items: [
    { label: 'Nouvelle convention', en: 'New agreement', fn: 'menuNewConvention' },
    { label: 'Modifier la convention sélectionnée', en: 'Edit the selected agreement', fn: 'menuEditConvention' },
    { label: 'Vérifier la cohérence', en: 'Check consistency', fn: 'menuShowCheck' },
    { label: 'Générer le rapport annuel', en: 'Generate the annual report', fn: 'menuGenerateReport' },
    { label: 'Rapport annuel…', en: 'Annual report…', fn: 'menuShowReport' },
    { label: 'Dossier expert-comptable', en: "Accountant's folder", fn: 'menuShowAccountant' },
    { label: 'Aperçu du classeur', en: 'Workbook overview', fn: 'menuShowOverview' },
    { label: 'Installer / réparer les feuilles', en: 'Install / repair the sheets', fn: 'menuInstallSheets' },
  ],
} as const;
