/**
 * The documents `npm run check:libreoffice` renders through LibreOffice, each with its checks and
 * the README's pictures of it. To add one: a `{ name, command, file, checks }` entry below (its
 * expected texts read from its own model, never typed here).
 */
import { join } from 'node:path';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import type { ReportDoc } from '../../shared/reports/doc';
import { cellText } from '../../shared/reports/cell-text';
import type { IsoDate } from '../../shared/values/dates';
import type { Lang } from '../../shared/i18n/lang';
import { agPackOf } from '../../shared/usecases/generate-ag-pack';
import { cerfa15059Of } from '../../shared/usecases/generate-cerfa15059';
import { readXlsx } from '../xlsx/read';
import { commentaryNumbersInTables, noSignAfter, onCover, pageNumbers, wholeLabels, type Check } from './checks';

export const ROOT = join(__dirname, '..');
const today = () => new Date().toISOString().slice(0, 10) as IsoDate;
export const DEMO = join(ROOT, 'examples', 'demo.xlsx');

export interface CheckedDocument {
  readonly name: string;
  /** The citego command (without `--out`) that writes `file` into the output folder. */
  readonly command: readonly string[];
  readonly file: string;
  readonly checks: readonly Check[];
  /** Pages shown in the README, as PNGs under docs/img/. */
  readonly pictures: readonly { readonly page: number; readonly png: string }[];
}

/** The labels a reader must find whole: headings, each table's first column, each chart's bars. */
export function labelsOf(doc: ReportDoc): string[] {
  return doc.blocks.flatMap((b) => {
    if (b.kind === 'heading') return [b.text];
    if (b.kind === 'table') return b.rows.map((r) => cellText(r[0] ?? null, doc.lang)).filter(Boolean);
    if (b.kind === 'chart') return b.bars.map((x) => x.label);
    return [];
  });
}

/** The demo's annual report of 2025, in French (pictured for the README) or in English. */
async function annualReport(lang: Lang): Promise<CheckedDocument> {
  const book = readWorkbook(await readXlsx(DEMO), lang);
  const doc = buildAnnualReport(book, 2025, { lang, generatedOn: today() });
  const cover = doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.style === 'cover' ? [b.text] : []));
  const fr = lang === 'fr';
  return {
    name: fr ? 'Rapport annuel 2025 de la démo' : 'Rapport annuel 2025 de la démo, en anglais',
    command: ['report', '--year', '2025', '--lang', lang],
    file: fr ? 'rapport-annuel-2025.docx' : 'annual-report-2025.docx',
    checks: [
      pageNumbers,
      onCover(...cover),
      wholeLabels(labelsOf(doc)),
      noSignAfter(fr ? 'Déficit' : 'Deficit'),
      commentaryNumbersInTables(),
    ],
    pictures: fr
      ? [
          { page: 1, png: 'docs/img/rapport-couverture.png' },
          { page: 5, png: 'docs/img/rapport-compte-de-resultat.png' },
        ]
      : [],
  };
}

/** The « … » the document itself writes (the dotted lines left for the user to fill), in every text of its model. */
export function writtenEllipses(doc: ReportDoc): number {
  return [...JSON.stringify(doc.blocks)].filter((c) => c === '…').length;
}

/** Every amount of the document's tables, as the reader must find it in the PDF (read from the model). */
export function amountsOf(doc: ReportDoc): string[] {
  return doc.blocks.flatMap((b) =>
    b.kind === 'table'
      ? b.rows.flatMap((r) => r.filter((c) => c !== null && typeof c === 'object' && 'amount' in c).map((c) => cellText(c, doc.lang)))
      : [],
  );
}

/** The demo's AG pack for 2025 (docs/domain.md, "The AG pack"). */
async function agPack(): Promise<CheckedDocument> {
  const doc = agPackOf(readWorkbook(await readXlsx(DEMO), 'fr'), 2025, today(), 'fr').doc;
  return {
    name: 'Dossier de l’AG 2025 de la démo',
    command: ['ag', '--year', '2025'],
    file: 'assemblee-generale-2025.docx',
    checks: [pageNumbers, wholeLabels([...labelsOf(doc), ...amountsOf(doc)], writtenEllipses(doc)), noSignAfter('Déficit')],
    pictures: [{ page: 1, png: 'docs/img/ag-page-1.png' }],
  };
}

/** The compte rendu financier (CERFA 15059) of C-2025-002 for 2025 (docs/domain.md). */
async function cerfa(): Promise<CheckedDocument> {
  const doc = cerfa15059Of(readWorkbook(await readXlsx(DEMO), 'fr'), 'C-2025-002', 2025, today(), 'fr').doc;
  return {
    name: 'Compte rendu financier (Cerfa 15059) de C-2025-002',
    command: ['cerfa15059', '--convention', 'C-2025-002', '--year', '2025'],
    file: 'cerfa15059-C-2025-002-2025.docx',
    checks: [pageNumbers, wholeLabels([...labelsOf(doc), ...amountsOf(doc)], writtenEllipses(doc)), noSignAfter('Déficit')],
    pictures: [{ page: 1, png: 'docs/img/cerfa15059-page-1.png' }],
  };
}

/** Every document checked, in order. */
export const DOCUMENTS: readonly (() => Promise<CheckedDocument>)[] = [() => annualReport('fr'), () => annualReport('en'), agPack, cerfa];
