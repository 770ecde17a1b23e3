/**
 * Why a use case says no, in French: one sentence that names what to change. Each key is the
 * refusal's code (see shared/i18n/refusal.ts); the English file has the same keys and signatures.
 */
import type { FecProblem } from '../../exports/fec';
import type { JournalCode } from '../../ledger/booking';
import { formatDateFr, type IsoDate } from '../../values/dates';
import { decimalComma } from '../../values/money';
import { formatNumber } from '../../values/numbers';

/** What is wrong in an XML part of an .xlsx (scripts/xlsx/xml.ts): the tag and how it is broken. */
export interface XmlFault {
  readonly tag: string;
  readonly kind: 'unclosed' | 'incomplete' | 'noClosingTag' | 'unreadable' | 'absent';
}

/** What a row deletion in the offline preview cannot move (scripts/xlsx/row-shift.ts). */
export type UnshiftedContent = 'formula' | 'merged' | 'hyperlink' | 'conditional' | 'validation' | 'table' | 'name';

function unshifted(what: UnshiftedContent): string {
  switch (what) {
    case 'formula':
      return 'une formule';
    case 'merged':
      return 'des cellules fusionnées';
    case 'hyperlink':
      return 'un lien hypertexte';
    case 'conditional':
      return 'une mise en forme conditionnelle';
    case 'validation':
      return 'une validation des données';
    case 'table':
      return 'un tableau';
    case 'name':
      return 'une plage nommée qui pointe';
    default: {
      const never: never = what;
      return never;
    }
  }
}

function xmlFault(f: XmlFault | string): string {
  if (typeof f === 'string') return f;
  switch (f.kind) {
    case 'unclosed':
      return `<${f.tag}> non fermé`;
    case 'incomplete':
      return `</${f.tag}> incomplet`;
    case 'noClosingTag':
      return `<${f.tag}> sans </${f.tag}>`;
    case 'unreadable':
      return `<${f.tag}> illisible`;
    case 'absent':
      return `<${f.tag}> absent`;
    default: {
      const never: never = f.kind;
      return never;
    }
  }
}

/** Where an FEC entry comes from (books: opening balances, year-end entries). */
function fecSource(journal: JournalCode, row: number): string {
  if (journal === 'AN') return row > 0 ? "Soldes d'ouverture" : 'soldes reportés';
  return journal === 'OD' ? "écriture d'inventaire" : `Journal ligne ${row}`;
}

function fecProblem(p: FecProblem): string {
  switch (p.kind) {
    case 'unbalanced':
      return `écriture ${p.entry} (${fecSource(p.journal, p.row)}) déséquilibrée : débit ${decimalComma(p.debit)}, crédit ${decimalComma(p.credit)}`;
    case 'numbering':
      return `numérotation du journal ${p.journal} interrompue : ${p.entry} au lieu du n° ${p.expected}`;
    case 'outsideYear':
      return `écriture ${p.entry} datée du ${p.date}, hors de l'exercice ${p.first} – ${p.last}`;
    default: {
      const never: never = p;
      return never;
    }
  }
}

export const refusals = {
  unexpected: () => 'Erreur inattendue : réessayez, puis signalez-la si elle persiste.',

  // reports and exports
  reportYearEmpty: (label: string, first: IsoDate, last: IsoDate) =>
    `Aucune donnée pour l'exercice ${label} (ni opération du Journal, ni événement, ni bénévolat entre le ${formatDateFr(first)} et le ${formatDateFr(last)}) : choisissez une autre année.`,
  packYearEmpty: (year: number, first: IsoDate, last: IsoDate) =>
    `Aucune opération du Journal entre le ${formatDateFr(first)} et le ${formatDateFr(last)} : pas de dossier ${year} à préparer.`,
  fecNoSiren: () => 'SIREN manquant ou invalide dans Paramètres (9 chiffres) : le nom du FEC en a besoin. Ajoutez la ligne « SIREN ».',
  fecRefused: (year: number, problems: readonly FecProblem[]) =>
    `FEC ${year} non produit : ${problems.slice(0, 5).map(fecProblem).join(' ; ')}${problems.length > 5 ? ` (et ${problems.length - 5} autres)` : ''}.`,
  // use cases and shells (shared/usecases, shared/sheets/records.ts, apps-script, scripts/preview, scripts/cli)
  busy: () => 'Une autre personne enregistre dans ce classeur : réessayez dans un instant.',
  noDocumentLock: () => 'Ce classeur n’est pas accessible en écriture (pas de verrou de document).',
  driveDisabled: () => 'Le service avancé Drive (v3) n’est pas activé pour ce script.',
  accountantEmailMissing: () => "Renseignez d'abord l'e-mail de l'expert-comptable.",
  argCell: () => 'Cellule à sélectionner invalide.',
  argSheet: () => 'Nom de feuille invalide.',
  argRow: () => 'Numéro de ligne invalide.',
  argColumn: () => 'Numéro de colonne invalide.',
  argYear: () => 'Année invalide.',
  argEmail: () => 'Adresse e-mail invalide.',
  argEmailText: (text: string) => `« ${text} » n’est pas une adresse e-mail valide.`,
  sheetGone: (sheet: string) => `La feuille « ${sheet} » n’existe plus.`,
  sheetMissing: (sheet: string) => `La feuille ${sheet} est absente : lancez « Installer / réparer les feuilles ».`,
  columnsMissing: (sheet: string, headers: readonly string[]) =>
    headers.length === 1
      ? `Feuille ${sheet} : colonne « ${headers[0]} » introuvable ; rien n'a été écrit.`
      : `Feuille ${sheet} : colonnes ${headers.map((h) => `« ${h} »`).join(', ')} introuvables ; rien n'a été écrit.`,
  columnMissing: (sheet: string, header: string) => `Feuille ${sheet} : colonne « ${header} » absente.`,
  idColumnMissing: (sheet: string) => `Feuille ${sheet} : pas de colonne ID ; lancez « Installer / réparer les feuilles ».`,
  idNotFound: (id: string, sheet: string) =>
    `${id} est introuvable dans la feuille ${sheet} (supprimée entre-temps ?) : rien n'a été écrit.`,
  idDuplicated: (id: string, sheet: string, rows: readonly number[]) =>
    `${id} figure sur plusieurs lignes de ${sheet} (${rows.join(', ')}) : corrigez le doublon, rien n'a été écrit.`,
  rowChanged: (row: number, sheet: string, id: string) =>
    `La ligne ${row} de ${sheet} (${id}) a été modifiée ou déplacée entre-temps : rien n'a été écrit. Rouvrez-la et recommencez.`,
  sheetChanged: (sheet: string) => `La feuille ${sheet} a changé entre-temps : rien n’a été écrit. Recommencez.`,
  selectConventionRow: () => 'Sélectionnez d’abord une ligne de la feuille Conventions.',
  selectBelowHeader: () => 'Sélectionnez une ligne de convention, sous les en-têtes.',
  conventionsWithoutId: () => 'La feuille Conventions n’a pas de colonne ID : lancez « Installer / réparer les feuilles ».',
  rowWithoutId: (row: number) => `La ligne ${row} n’a pas d’ID de convention.`,
  cliYear: (value: string) => `--year attend une année comme 2025, pas « ${value} »`,
  cliDate: (value: string) => `--date attend une date comme 2026-01-15, pas « ${value} »`,
  cliPort: (value: string) => `--port attend un numéro de port, pas « ${value} »`,
  cliPortInUse: (port: number) => `Le port ${port} est déjà utilisé : essayez --port ${port + 1}`,
  cliServerFailed: (why: string) => `Serveur impossible à démarrer (${why})`,
  cliNotBuilt: () => 'Les barres latérales ne sont pas construites : lancez « npm run build ».',
  cliInitNeedsWorkbook: () => 'init demande --workbook FICHIER : le classeur de démonstration n’est jamais modifié.',
  cliNotXlsx: (file: string) => `Le nouveau classeur doit finir par .xlsx : ${file}`,
  previewOutsideDrive: (id: string) =>
    `« ${id} » est en dehors du dossier « Drive » de l’aperçu : rien n’y est écrit (le fichier .citego.json à côté du classeur a-t-il été modifié ?).`,
  previewLogUnreadable: (file: string) =>
    `Le fichier ${file}, à côté du classeur, est illisible : mettez-le de côté (renommez-le) et recommencez ; l’aperçu en refera un.`,
  workbookInUse: (file: string, pid: number) =>
    `${file} est déjà ouvert en écriture par un autre citego (processus ${pid}) : arrêtez-le d’abord, deux écritures à la fois perdraient des enregistrements.`,
  // workbook files (scripts/xlsx: the .xlsx opened by the CLI and the preview; `file` is its name)
  xlsxNotFound: (file: string) => `Fichier introuvable : ${file}`,
  xlsxIsFolder: (file: string) => `${file} est un dossier, pas un classeur .xlsx`,
  xlsxCannotOpen: (file: string, why: string | null) => `Impossible d'ouvrir ${file} (${why ?? 'erreur'})`,
  xlsxNotAFile: (file: string) => `${file} n'est pas un fichier ordinaire (un tube ou un périphérique ?), pas un classeur .xlsx`,
  xlsxTooLarge: (file: string, mb: number, maxMb: number) => `${file} est trop volumineux (${mb} Mo, ${maxMb} Mo au plus)`,
  xlsxNotZip: (file: string) => `${file} n'est pas un classeur .xlsx (ce n'est pas une archive Excel ; un .csv renommé ?)`,
  xlsxNoEnd: (file: string) => `${file} est tronqué ou endommagé (fin d'archive introuvable)`,
  xlsxTooManyEntries: (file: string, count: number) => `${file} contient trop de fichiers internes (${count})`,
  xlsxDirectoryOutside: (file: string) => `${file} est tronqué ou endommagé (répertoire d'archive hors du fichier)`,
  xlsxDirectoryUnreadable: (file: string) => `${file} est endommagé (répertoire d'archive illisible)`,
  xlsxBomb: (file: string, entry: string, ratio: number) =>
    `${file} est refusé : « ${entry} » se décompresse ${ratio} fois (bombe de décompression ?)`,
  xlsxTooLargeInflated: (file: string, mb: number, maxMb: number) =>
    `${file} est refusé : ${mb} Mo une fois décompressé (${maxMb} Mo au plus)`,
  xlsxNoWorkbook: (file: string) => `${file} n'est pas un classeur .xlsx (pas de xl/workbook.xml ; un .ods ou un .docx ?)`,
  xlsxPartMissing: (file: string, part: string) => `${file} : ${part} manquant`,
  xlsxEntryMissing: (file: string, entry: string) => `${file} est endommagé (${entry} manquant)`,
  xlsxEncrypted: (file: string) => `${file} est protégé par un mot de passe : enregistrez-le sans protection`,
  xlsxEntryUnreadable: (file: string, entry: string) => `${file} est endommagé (${entry} illisible)`,
  xlsxEntryIncomplete: (file: string, entry: string) => `${file} est tronqué ou endommagé (${entry} incomplet)`,
  xlsxCompression: (file: string, method: number) => `${file} utilise une compression inconnue (${method})`,
  xlsxEntryNotInflating: (file: string, entry: string) => `${file} est endommagé (${entry} ne se décompresse pas)`,
  xlsxDamaged: (file: string, why: XmlFault | string) => `${file} est endommagé ou n'est pas un classeur .xlsx lisible (${xmlFault(why)})`,
  xlsxReadTooLong: (file: string, seconds: number) => `${file} : lecture trop longue (plus de ${seconds} s), abandonnée`,
  xlsxTooManyColumns: (file: string, sheet: string, max: number) =>
    `${file} : la feuille « ${sheet} » a plus de ${max} colonnes ; le classeur est refusé`,
  xlsxTooManyCells: (file: string, sheet: string, rows: number, columns: number, max: number) =>
    `${file} : la feuille « ${sheet} » s'étend sur ${formatNumber(rows)} lignes × ${formatNumber(columns)} colonnes ; au-delà de ${formatNumber(max)} cellules par feuille le classeur est refusé (une cellule isolée très loin ? supprimez-la)`,
  xlsxTooManyCellsInWorkbook: (file: string, max: number) =>
    `${file} : les feuilles s'étendent sur plus de ${formatNumber(max)} cellules, la limite de Google Sheets ; le classeur est refusé`,
  xlsxTooManyRows: (file: string, sheet: string, row: number, max: number) =>
    `${file} : la feuille « ${sheet} » a une ligne n° ${formatNumber(row)} ; au-delà de ${formatNumber(max)} lignes le classeur est refusé`,
  xlsxCellTooLong: (file: string, sheet: string, cell: string, max: number) =>
    `${file} : la cellule ${sheet}!${cell} contient un texte de plus de ${formatNumber(max)} caractères, la limite d'une cellule de Google Sheets ; le classeur est refusé`,
  xlsxCannotWrite: (file: string, code: string | null) =>
    `Impossible d'écrire ${file} (${
      code === 'ENOENT'
        ? 'son dossier n’existe pas'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'écriture interdite dans son dossier'
          : code === 'ENOSPC'
            ? 'disque plein'
            : code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR'
              ? 'un fichier porte ce nom, ou le chemin passe par un fichier au lieu d’un dossier'
              : (code ?? 'erreur d’écriture')
    }) : rien n'a été écrit`,
  xlsxSaveEntryUnreadable: (file: string, entry: string) => `${file} est endommagé (${entry} illisible) : enregistrement impossible`,
  xlsxSavePartMissing: (file: string, part: string) => `${file} : ${part} absent : enregistrement impossible`,
  xlsxSaveStylesUnreadable: (list: string) => `Les styles du classeur sont illisibles (${list} absent) : enregistrement impossible`,
  xlsxSheetNamedTwice: (file: string, sheet: string) =>
    `${file} : deux feuilles portent le nom « ${sheet} » ; renommez l'une d'elles dans Excel ou LibreOffice, puis recommencez`,
  xlsxRowsNotShifted: (sheet: string, what: UnshiftedContent, row: number) =>
    `La feuille « ${sheet} » contient ${unshifted(what)} à la ligne ${formatNumber(row)} ou plus bas : supprimer des lignes au-dessus demanderait de la décaler, ce que l'aperçu hors ligne ne sait pas faire. Rien n'a été enregistré ; modifiez cette convention dans Google Sheets (ou retirez ce contenu de la feuille), puis recommencez`,
  xlsxReadOnly: (file: string) =>
    `${file} est en lecture seule : rien n'a été enregistré. Autorisez l'écriture sur le fichier (ou sur son dossier), puis recommencez`,
  xlsxSheetExists: (sheet: string) => `La feuille ${sheet} existe déjà`,
  // deploy (scripts/cli/commands/deploy.ts, scripts/cli/deploy/)
  deployNoSpreadsheet: () => 'deploy demande --spreadsheet suivi de l’ID du classeur Google Sheets ou de son adresse.',
  deployNotASpreadsheet: (value: string) =>
    `« ${value} » n’est ni l’ID d’un classeur Google Sheets ni son adresse (https://docs.google.com/spreadsheets/d/<ID>/edit).`,
  deployNotAProject: (dir: string) => `${dir} n’est pas un projet Citego (apps-script/appsscript.json ou scripts/build.mjs absent).`,
  deployBoundElsewhere: (parentId: string, scriptId: string, wanted: string) =>
    `Ce projet est déjà lié au classeur ${parentId} (script ${scriptId}) : pour installer Citego sur le classeur ${wanted}, relancez avec --force-new (l’ancien .clasp.json sera gardé sous .clasp-${parentId}.json).`,
  deployBindingUnknown: (scriptId: string) =>
    `.clasp.json désigne le script ${scriptId} sans dire à quel classeur il est lié : si c’est celui de ce classeur, ajoutez-y "parentId": "<ID du classeur>" ; sinon relancez avec --force-new.`,
  deployClaspJsonUnreadable: (why: string) => `.clasp.json est illisible (${why}) : corrigez-le ou mettez-le de côté, puis relancez.`,
  deployRootDir: (rootDir: string) =>
    `.clasp.json envoie « ${rootDir} » au lieu de « dist » (ce que construit npm run build) : corrigez rootDir, puis relancez.`,
  deployNoClasp: (command: string) =>
    `clasp est introuvable (${command}) : lancez « npm install » (il installe @google/clasp 3.4.1) ou donnez son chemin dans CITEGO_CLASP.`,
  deployNotLoggedIn: () => 'clasp n’est connecté à aucun compte Google : lancez « npx clasp login », puis relancez.',
  deployApiDisabled: () =>
    'L’API Apps Script n’est pas activée pour votre compte : activez-la sur https://script.google.com/home/usersettings, attendez quelques minutes, puis relancez.',
  deployClaspFailed: (step: string, said: string) => `clasp ${step} a échoué : ${said}`,
  deployBuildFailed: (said: string) => `La construction (npm run build) a échoué : ${said}`,
  deployNotTracked: (files: readonly string[]) =>
    `clasp n’enverrait pas ${files.join(', ')} (absent de clasp show-file-status) : un .claspignore l’écarte-t-il ? Rien n’a été envoyé.`,
  deployManifestMismatch: (scriptId: string, missing: readonly string[]) =>
    `Après l’envoi, le manifeste du script ${scriptId} n’est pas celui du projet (manque : ${missing.join(', ')}) : relancez ; si cela persiste, ouvrez l’éditeur Apps Script.`,
  // Bank reconciliation (shared/bank/, issue 12 #7)
  bankCsvNoHeader: () =>
    'Le fichier de la banque n’a pas de ligne d’en-têtes reconnue (Date, Libellé, Montant ou Débit/Crédit) dans ses 30 premières lignes : rien n’a été importé. Exportez le relevé en CSV depuis votre banque, ou ajoutez ces en-têtes',
  bankCsvQuote: (line: number) =>
    `Fichier de la banque, ligne ${formatNumber(line)} : un guillemet ouvert n’est jamais refermé ; rien n’a été importé. Corrigez la ligne ou exportez le relevé à nouveau`,
  bankCsvNoDate: (line: number) =>
    `Fichier de la banque, ligne ${formatNumber(line)} : la date est vide ; rien n’a été importé. Complétez ou supprimez la ligne`,
  bankCsvDate: (line: number, typed: string) =>
    `Fichier de la banque, ligne ${formatNumber(line)} : « ${typed} » n’est pas une date (ex. 15/03/2025) ; rien n’a été importé. Corrigez la ligne`,
  bankCsvAmount: (line: number, typed: string) =>
    `Fichier de la banque, ligne ${formatNumber(line)} : « ${typed} » n’est pas un montant (ex. -1 234,56) ; rien n’a été importé. Corrigez la ligne`,
  bankCsvNoAmount: (line: number) =>
    `Fichier de la banque, ligne ${formatNumber(line)} : ni montant, ni débit, ni crédit ; rien n’a été importé. Complétez ou supprimez la ligne`,
  bankCsvEmpty: () => 'Le texte du relevé est vide : collez le contenu du fichier CSV de la banque, ou choisissez le fichier',
  bankCsvTooBig: (max: number) =>
    `Le relevé dépasse ${formatNumber(max)} caractères : importez-le en plusieurs fois (un fichier par mois, par exemple)`,
  bankCsvFile: (file: string) => `Fichier du relevé introuvable ou illisible : ${file}`,
  bankCsvNotAFile: (file: string) =>
    `${file} n'est pas un fichier ordinaire (un tube, un dossier ou un périphérique ?) : choisissez le fichier CSV exporté par la banque`,
  bankCsvTooManyLines: (max: number) =>
    `Le relevé a plus de ${formatNumber(max)} lignes : rien n’a été importé ; importez le relevé en plusieurs fois (un fichier par mois, par exemple)`,
  bankCsvTextTooLong: (line: number, max: number) =>
    `Fichier de la banque, ligne ${formatNumber(line)} : un champ dépasse ${formatNumber(max)} caractères (la limite d’une cellule) ; rien n’a été importé. Corrigez la ligne`,
  bankCsvDebitAndCredit: (line: number) =>
    `Fichier de la banque, ligne ${formatNumber(line)} : un débit et un crédit à la fois ; rien n’a été importé. Gardez l’un des deux montants`,
  bankCsvEncoding: () =>
    'Le fichier de la banque est en UTF-16, encodage non pris en charge : rien n’a été importé ; enregistrez le fichier en UTF-8 ou en Windows-1252',
  bankProposalUnknown: () => 'Cette proposition n’existe plus (la ligne du relevé a été pointée ou modifiée) : relancez le rapprochement',
  bankProposalArg: () => 'Proposition non reconnue : relancez le rapprochement',
  bankAcceptNumber: (typed: string) =>
    `--accept ${typed} : donnez le numéro de ligne de Relevés d’une proposition (celui entre crochets, ex. --accept 12)`,
  // year-end closing (close rpc, citego close)
  yearEndNotClosed: (year: number, closing: IsoDate) =>
    `L’exercice ${year} n’est pas clos (clôture le ${formatDateFr(closing)}) : ses écritures d’inventaire s’acceptent après cette date.`,
  yearEndUnknown: (id: string, year: number) =>
    `${id} n'est pas une écriture d'inventaire proposée pour ${year} : relancez la clôture pour voir la liste à jour`,
  argYearEndIds: () => 'Liste des écritures à accepter illisible : attendu une liste d’identifiants',
  cliCloseNeedsWorkbook: () => 'close --accept demande --workbook FICHIER : le classeur de démonstration n’est jamais modifié.',
  // compte rendu financier CERFA 15059 (shared/reports/cerfa15059/, citego cerfa15059)
  cerfaNoConvention: () => 'Indiquez la convention de subvention : --convention C-2025-002 (son ID dans la feuille Conventions).',
  cerfaUnknownConvention: (id: string) => `Convention « ${id} » introuvable dans la feuille Conventions.`,
  cerfaNotASubsidy: (id: string, type: string) =>
    `${id} n’est pas une subvention reçue (type « ${type || 'vide'} ») : le compte rendu financier Cerfa 15059 ne concerne que les subventions.`,
  cerfaNoFunder: (id: string) => `La subvention ${id} n’a pas de partenaire financeur : renseignez la colonne Partenaire de la convention.`,
  cerfaYearEmpty: (id: string, year: number) =>
    `Aucune écriture de l’exercice ${year} sur la convention ${id} ou son projet : rien à rendre compte pour cet exercice : choisissez-en un autre.`,
  cerfaYearOutside: (id: string, year: number, start: string, end: string) =>
    `L’exercice ${year} est hors de la période de la convention ${id} (${start || '?'} – ${end || '?'}).`,
  // AG pack, cash plan and the CERFA 15059 follow-up (shared/reports/ag/, shared/ledger/cash-plan.ts, shared/usecases/mark-report-done.ts)
  cashPlanMonth: (value: string) => `Mois « ${value} » illisible : attendu AAAA-MM, comme 2026-01.`,
  reportRowNotFound: (id: string) =>
    `Aucune échéance de rapport à faire pour ${id} dans la feuille Échéances (elle a peut-être été modifiée ou déjà marquée faite) : rien n’a été écrit.`,
  // Drive with several editors, properties and retries (shared/usecases/folders.ts, shared/conventions/save.ts)
  driveOwnedBy: (owner: string) =>
    `Le dossier Drive de l’association a été créé par ${owner}, et Google ne laisse Citego l’ouvrir que depuis ce compte (accès limité aux fichiers de l’application). Demandez à ${owner} de lancer cette action, ou ouvrez le classeur avec ce compte ; rien n’a été créé.`,
  driveOwnerUnknown: () =>
    'Le dossier Drive de l’association a été créé depuis un autre compte, que Citego ne voit pas (accès limité aux fichiers de l’application). Demandez à la personne qui a généré le premier rapport ou dossier de lancer cette action ; rien n’a été créé.',
  driveFolderNotGranted: (typed: string) =>
    `Paramètres › Dossier Drive indique « ${typed} », un dossier que Citego ne peut pas ouvrir : il n’accède qu’aux dossiers qu’il a créés lui-même. Videz cette cellule : Citego créera le dossier de l’association, que vous pourrez ensuite déplacer où vous voulez dans votre Drive : rien n’a été créé.`,
  propertiesFull: () =>
    'La mémoire de Citego dans ce classeur (propriétés du document, 500 Ko) est pleine : rien n’a été enregistré. Décochez « Créer le dossier Drive et la fiche convention » pour enregistrer sans dossier, et signalez-le à la personne qui administre Citego.',
  saveInterrupted: (id: string) =>
    `L’enregistrement précédent de ce formulaire (convention ${id}) s’est interrompu en cours d’écriture : rien n’a été écrit cette fois. Vérifiez ${id} dans les feuilles Conventions et Échéances, corrigez-la si besoin, puis rouvrez le formulaire.`,
  // live spreadsheet over the Sheets API (scripts/sheets-api/, citego --sheet, login, logout, provision)
  liveNoCredentials: () =>
    'Aucun accès Google pour citego. Deux façons : « gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets.readonly,https://www.googleapis.com/auth/cloud-platform » (identifiants par défaut de Google Cloud), ou « citego login --client client_secret.json » avec un client OAuth « application de bureau » de votre projet Google Cloud (README, « Le classeur en direct »).',
  liveNoCredentialsWrite: () =>
    'Aucun accès Google en écriture pour citego : provision crée un classeur, il lui faut l’accès « spreadsheets ». Lancez « citego login --client client_secret.json --write » avec un client OAuth « application de bureau » de votre projet Google Cloud, ou « gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/cloud-platform » (README, « Le classeur en direct »).',
  liveGarbled: () =>
    'La réponse de Google Sheets est illisible (elle n’a pas la forme que décrit l’API) : rien n’a été lu ni écrit. Réessayez ; si cela recommence, vérifiez CITEGO_SHEETS_API_URL ou un proxy.',
  liveTooLarge: (mb: number) =>
    `La réponse de Google Sheets dépasse ${mb} Mo : citego ne la lit pas (un classeur d’association tient bien en deçà).`,
  liveTimeout: () => 'Google Sheets n’a pas répondu dans les deux minutes : réessayez plus tard ; rien n’a été lu ni écrit.',
  agYearNotClosed: (year: number, closing: IsoDate) =>
    `L’exercice ${year} n’est pas clos (clôture le ${formatDateFr(closing)}) : l’assemblée générale approuve des comptes clos ; choisissez un exercice terminé.`,
  liveRevoked: () =>
    'L’autorisation Google de citego a été révoquée ou a expiré : relancez « citego login » (ou « gcloud auth application-default login »), puis la commande.',
  liveNotShared: (id: string) =>
    `Le classeur ${id} n’est pas partagé avec ce compte Google (403) : demandez à son propriétaire de vous le partager, ou connectez-vous avec un autre compte (citego logout, puis citego login).`,
  liveApiDisabled: () =>
    'L’API Google Sheets n’est pas activée dans le projet Google Cloud de vos identifiants : activez-la (console.cloud.google.com › API et services › Bibliothèque › Google Sheets API), puis relancez.',
  liveScope: () =>
    'Vos identifiants Google ne donnent pas accès aux feuilles de calcul (autorisation insuffisante) : relancez « citego login » et acceptez l’accès demandé.',
  liveNotFound: (id: string) =>
    `Aucun classeur Google Sheets n’a l’ID ${id} (404) : vérifiez l’adresse copiée depuis la barre du navigateur.`,
  liveQuota: (attempts: number) =>
    `Google limite le nombre de requêtes (429) et a refusé ${attempts} essais : patientez une minute, puis relancez.`,
  liveUnavailable: (status: number, attempts: number) =>
    `Google Sheets ne répond pas correctement (erreur ${status}, ${attempts} essai${attempts > 1 ? 's' : ''}) : réessayez dans quelques minutes.`,
  liveBadRequest: (said: string) => `Google Sheets a refusé la demande : ${said}`,
  liveNetwork: (why: string) => `Impossible de joindre Google Sheets (${why}) : vérifiez la connexion à Internet, puis relancez.`,
  liveTooManyCells: (sheet: string, max: number) =>
    `La feuille « ${sheet} » du classeur dépasse ${formatNumber(max)} cellules : citego ne la lit pas.`,
  liveSheetAndWorkbook: () => '--sheet et --workbook s’excluent : choisissez le classeur Google Sheets ou le fichier .xlsx.',
  liveTokenUnreadable: (path: string) => `${path} est illisible : supprimez-le avec « citego logout », puis relancez « citego login ».`,
  liveClientUnreadable: (path: string, why: string) =>
    `${path} n’est pas un client OAuth téléchargé de Google Cloud (${why}) : téléchargez le JSON du client « application de bureau » (Identifiants › ID client OAuth).`,
  liveLoginTimeout: (minutes: number) => `Aucune autorisation reçue du navigateur en ${minutes} minutes : relancez « citego login ».`,
  liveLoginDenied: (why: string) => `L’autorisation a été refusée dans le navigateur (${why}) : rien n’a été enregistré.`,
  liveLoginNoRefresh: () =>
    'Google n’a pas donné de jeton durable : retirez l’accès de citego sur https://myaccount.google.com/permissions, puis relancez « citego login ».',
  liveNeedsWrite: () =>
    'Cette commande crée un classeur : elle demande l’accès « spreadsheets » (lecture et écriture), que votre connexion n’a pas. Relancez « citego login --write ».',
  liveNoTitle: () => 'provision demande --title suivi du nom du nouveau classeur (ex. --title "Citego — comptes 2026").',
  // atlas as SKOS and the link check (shared/atlas/skos-*.ts, citego atlas, citego links)
  skosSyntax: (line: number, near: string) =>
    `Fichier SKOS illisible à la ligne ${formatNumber(line)}${near ? ` (près de « ${near} »)` : ''} : ce n’est pas du Turtle valide ; rien n’a été écrit.`,
  skosTooBig: (max: number) =>
    `Fichier SKOS trop volumineux (plus de ${formatNumber(max)} caractères, une fois ses préfixes développés) : rien n’a été lu.`,
  skosTooLong: (line: number | null, max: number) =>
    `Fichier SKOS refusé : une adresse ou un texte dépasse ${formatNumber(max)} caractères${line === null ? '' : ` (ligne ${formatNumber(line)})`} ; rien n’a été écrit.`,
  skosTooMany: (max: number, what: 'triples' | 'concepts' | 'relations') =>
    `Fichier SKOS refusé : plus de ${formatNumber(max)} ${what === 'triples' ? 'triplets' : what === 'concepts' ? 'concepts' : 'relations'} ; rien n’a été écrit.`,
  skosNotUtf8: (file: string, line: number) =>
    `${file} n’est pas encodé en UTF-8 (ligne ${formatNumber(line)}) : enregistrez-le en UTF-8, comme l’exige Turtle ; rien n’a été écrit.`,
  skosFile: (file: string) => `Fichier SKOS introuvable ou illisible : ${file}`,
  skosNotAFile: (file: string) => `${file} n’est pas un fichier ordinaire (dossier, tube ou périphérique) : indiquez un fichier .ttl.`,
  cliAtlasNeedsWorkbook: () => 'atlas --import --write demande --workbook FICHIER : le classeur de démonstration n’est jamais modifié.',
  cliAtlasWhat: () =>
    'Que faire de l’atlas ? --skos FICHIER.ttl (exporter), --gexf FICHIER.gexf (pour Gephi) ou --import FICHIER.ttl (importer, --write pour écrire).',
  linksConcurrency: (typed: string) => `--parallel « ${typed} » : attendu un nombre de 1 à 16.`,
  linksTimeout: (typed: string) => `--timeout « ${typed} » : attendu un nombre de secondes de 1 à 120.`,
  // opportunities pipeline and groups & committees (shared/usecases/move-opportunity.ts, save-group.ts, membership.ts)
  argRequestId: () => 'Identifiant de requête illisible : rechargez le panneau.',
  argRecordId: () => 'Identifiant illisible : rechargez le panneau.',
  argOpportunityMove: () => 'Déplacement illisible : rechargez le panneau « Opportunités ».',
  argNetworkForm: () => 'Formulaire illisible : rechargez le panneau « Groupes et comités ».',
  opportunityStageUnknown: () =>
    'Étape inconnue : les étapes sont repérée, contact, dossier en cours, déposée, accordée, refusée, abandonnée.',
  opportunityNoteTooLong: (max: number) => `La note dépasse ${formatNumber(max)} caractères : raccourcissez-la ; rien n’a été écrit.`,
  opportunityMovedMeanwhile: (id: string, shown: string, now: string) =>
    `${id} n’est plus à l’étape « ${shown} » : quelqu’un l’a passée à « ${now || 'vide'} » entre-temps. Rien n’a été écrit ; le panneau montre l’état actuel.`,
  opportunityStageNotNext: (id: string, from: string, to: string) =>
    `${id} ne peut pas passer de « ${from} » à « ${to} » : une opportunité avance d’une étape à la fois ; rien n’a été écrit.`,
  opportunityNotConvertible: (id: string, stage: string) =>
    `${id} est à l’étape « ${stage || 'vide'} » : seule une opportunité accordée devient une convention.`,
  opportunityAlreadyConverted: (id: string, convention: string) =>
    `${id} est déjà liée à la convention ${convention} : ouvrez-la plutôt que d’en créer une seconde.`,
  membershipMovedMeanwhile: (row: number, sheet: string) =>
    `Feuille ${sheet}, ligne ${formatNumber(row)} : ce mandat a été modifié ou déplacé entre-temps ; rien n’a été écrit. Le panneau montre l’état actuel.`,
  // the memory and the calendar (shared/memory/, shared/calendar/)
  memoryType: (value: string, types: readonly string[]) => `Type d’entrée « ${value} » inconnu : choisissez ${types.join(', ')}.`,
  argDigestOn: () => 'Réglage de l’envoi hebdomadaire illisible : attendu oui ou non.',
  argDigestEmails: (max: number) => `Indiquez de 1 à ${max} adresses e-mail pour l’envoi hebdomadaire.`,
  digestTooManyTriggers: () =>
    'Google limite à 20 les déclencheurs de Citego par personne, et vous les avez déjà : supprimez-en un (Extensions › Apps Script › Déclencheurs), puis réessayez ; l’envoi hebdomadaire n’a pas été activé.',
  // partner card (shared/network/partner-card.ts, citego partner, getPartnerCard)
  partnerNone: () => 'Indiquez le partenaire : son ID dans la feuille Partenaires (ex. P-0003) ou son nom.',
  partnerUnknown: (typed: string) => `Partenaire « ${typed} » introuvable dans la feuille Partenaires (ni par son ID, ni par son nom).`,
  selectPartnerRow: () =>
    'Sélectionnez d’abord une ligne de Partenaires, Conventions, Opportunités ou Personnes, puis choisissez « Fiche partenaire ».',
  rowWithoutPartner: (sheet: string, row: number) => `La ligne ${row} de la feuille ${sheet} ne désigne aucun partenaire.`,
  // The dossier pipeline (shared/usecases/move-dossier.ts)
  dossierMoveArg: () => 'Déplacement de dossier illisible : rechargez la barre latérale « Dossiers ».',
  dossierMoveStep: (id: string, from: string, to: string) =>
    `${id} passe d’une étape à la suivante ou à la précédente, pas de « ${from} » à « ${to} » : rien n’a été écrit.`,
  dossierPublishUrl: (id: string) => `Pour publier ${id}, indiquez l’adresse de sa page (https://…) : rien n’a été écrit.`,
  dossierPublishDate: (id: string) => `Pour publier ${id}, indiquez la date de publication (JJ/MM/AAAA) : rien n’a été écrit.`,
  dossierStale: (id: string, seen: string, now: string) =>
    `${id} n’est plus en « ${seen} » mais en « ${now || 'sans statut'} » : quelqu’un l’a changé entre-temps. Rien n’a été écrit ; rechargez le tableau.`,
};

export type RefusalMessages = typeof refusals;
