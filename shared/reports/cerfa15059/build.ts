/**
 * The compte rendu financier de subvention (CERFA n° 15059) as a ReportDoc (shared/reports/doc.ts),
 * so that every renderer (Google Doc, .docx) draws it: identification, the action's charges and
 * produits prévu / réalisé with gaps, contributions volontaires, the part charged to the convention,
 * a line to fill for each gap over 15 %, and the signature block. Figures come from figures.ts only.
 */
import { catalogue } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';
import { formatDateFr, type IsoDate } from '../../values/dates';
import { formatEuros, formatEurosEn } from '../../values/money';
import { formatNumber, formatNumberEn } from '../../values/numbers';
import type { ReportBlock, ReportCell, ReportDoc, ReportTable } from '../doc';
import { GAP_THRESHOLD_PERCENT, type CerfaFigures, type CerfaRow } from './figures';

type Texts = ReturnType<typeof catalogue>['cerfa'];

const left = (header: string) => ({ header, align: 'left' as const });
const right = (header: string) => ({ header, align: 'right' as const });

function rowLabel(t: Texts, f: CerfaFigures, r: CerfaRow): string {
  return r.nature === 'subsidy' ? t.subsidyRow(f.funder, f.convention.id) : t.natures[r.nature];
}

function gridRow(label: string, r: CerfaRow, t: Texts, bold = false): ReportCell[] {
  return [
    { text: label, bold },
    { amount: r.planned, bold },
    { amount: r.actual, bold },
    { amount: r.gap, bold },
    r.gapPercent === null ? { text: r.actual === 0 ? '' : t.notPlanned } : { percent: r.gapPercent, bold },
  ];
}

function grid(t: Texts, f: CerfaFigures, side: 'charges' | 'income'): ReportTable {
  const rows = side === 'charges' ? f.charges : f.income;
  const totalLabel = side === 'charges' ? t.totalCharges : t.totalIncome;
  return {
    kind: 'table',
    columns: [left(side === 'charges' ? t.charges : t.income), right(t.planned), right(t.actual), right(t.gap), right(t.gapPercent)],
    rows: [...rows.map((r) => gridRow(rowLabel(t, f, r), r, t)), gridRow(totalLabel, f.totals[side], t, true)],
  };
}

function identification(t: Texts, f: CerfaFigures, lang: Lang): ReportTable {
  const date = (d: IsoDate | null) => (d ? (lang === 'en' ? d : formatDateFr(d)) : '?');
  const line = (label: string, cell: ReportCell): ReportCell[] => [{ text: label, bold: true }, cell];
  const c = f.convention;
  return {
    kind: 'table',
    columns: [left(t.field), left(t.value)],
    rows: [
      line(t.rows.association, { text: f.association.name || t.unknown }),
      line(t.rows.siren, { text: f.association.siren?.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') ?? t.unknown }),
      // Paramètres › SIRET and › N° RNA: a blank one is a dotted line to fill, never invented.
      line(t.rows.siret, { text: f.association.siret?.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4') ?? t.blank }),
      line(t.rows.rna, { text: f.association.rna ?? t.blank }),
      line(t.rows.funder, { text: f.funder }),
      line(t.rows.convention, { text: c.id }),
      line(t.rows.titleRow, { text: c.title || t.unknown }),
      line(t.rows.project, { text: f.project || t.unknown }),
      line(t.rows.period, { text: t.period(date(c.start), date(c.end)) }),
      line(t.rows.year, { text: f.yearLabel }),
      line(t.rows.granted, { amount: f.granted }),
      line(t.rows.received, { amount: f.received }),
      ...(f.reportDue ? [line(t.rows.reportDue, { date: f.reportDue })] : []),
    ],
  };
}

/** One line per gap over the threshold, its explanation cell left blank for the association to fill. */
function gaps(t: Texts, f: CerfaFigures): ReportBlock[] {
  const over = [...f.charges, ...f.income, ...f.cvn].filter((r) => r.needsExplanation);
  const heading: ReportBlock = { kind: 'heading', level: 2, text: t.gaps(GAP_THRESHOLD_PERCENT) };
  if (over.length === 0) return [heading, { kind: 'paragraph', text: t.noGap(GAP_THRESHOLD_PERCENT) }];
  return [
    heading,
    { kind: 'paragraph', text: t.gapsAsk },
    {
      kind: 'table',
      columns: [left(t.line), right(t.gap), right(t.gapPercent), left(t.explanation)],
      rows: over.map((r) => [
        { text: rowLabel(t, f, r) },
        { amount: r.gap },
        r.gapPercent === null ? { text: t.notPlanned } : { percent: r.gapPercent },
        { text: '' },
      ]),
    },
  ];
}

/** A block of the form the association writes itself: its heading, what to write, a blank cell. */
function blankBlock(heading: string, ask: string): ReportBlock[] {
  return [
    { kind: 'heading', level: 2, text: heading },
    { kind: 'paragraph', style: 'note', text: ask },
    { kind: 'table', columns: [left('')], rows: [[{ text: '' }], [{ text: '' }], [{ text: '' }]] },
  ];
}

function signature(t: Texts): ReportBlock[] {
  const blank = (label: string): ReportCell[] => [{ text: label, bold: true }, { text: '' }];
  return [
    { kind: 'heading', level: 2, text: t.attestation },
    { kind: 'paragraph', text: t.certify },
    {
      kind: 'table',
      columns: [left(t.field), left(t.value)],
      rows: [blank(t.signature.name), blank(t.signature.role), blank(t.signature.place), blank(t.signature.date), blank(t.signature.sign)],
    },
    { kind: 'paragraph', text: `« ${t.certified} »` },
  ];
}

/** The CERFA 15059 of one convention and year, in `lang`. */
export function buildCerfa15059(f: CerfaFigures, lang: Lang): ReportDoc {
  const t = catalogue(lang).cerfa;
  const rate = lang === 'en' ? formatEurosEn(f.hourlyRate) : formatEuros(f.hourlyRate);
  const own: ReportTable = {
    kind: 'table',
    columns: [left(t.line), right(t.actual)],
    rows: [
      [{ text: t.ownCharges(f.convention.id) }, { amount: f.spent }],
      [{ text: t.ownReceived(f.convention.id) }, { amount: f.received }],
    ],
  };
  const cvn: ReportTable = {
    kind: 'table',
    columns: [left(t.cvn), right(t.planned), right(t.actual), right(t.gap), right(t.gapPercent)],
    rows: f.cvn.map((r) => gridRow(rowLabel(t, f, r), r, t)),
  };
  const share = f.subsidySharePercent === null ? null : (lang === 'en' ? formatNumberEn : formatNumber)(f.subsidySharePercent, 1);
  return {
    title: t.title(f.convention.id, f.yearLabel),
    lang,
    footer: { text: t.footer(f.association.name, f.convention.id, f.yearLabel), page: t.page, firstPage: true },
    blocks: [
      { kind: 'paragraph', style: 'subtitle', text: f.association.name },
      { kind: 'heading', level: 1, text: `${t.heading} — ${f.convention.id}` },
      { kind: 'paragraph', style: 'note', text: t.form },
      { kind: 'heading', level: 2, text: t.identification },
      identification(t, f, lang),
      ...blankBlock(t.qualitative, t.qualitativeAsk),
      { kind: 'heading', level: 2, text: t.grid },
      { kind: 'paragraph', style: 'note', text: t.basis(f.yearLabel) },
      grid(t, f, 'charges'),
      grid(t, f, 'income'),
      { kind: 'paragraph', text: t.share(share) },
      ...blankBlock(t.indirect, t.indirectAsk),
      { kind: 'heading', level: 2, text: t.cvn },
      cvn,
      { kind: 'paragraph', style: 'note', text: t.cvnNote(rate) },
      { kind: 'heading', level: 2, text: t.ownPart },
      own,
      ...gaps(t, f),
      ...blankBlock(t.observations, t.observationsAsk),
      ...signature(t),
    ],
  };
}
