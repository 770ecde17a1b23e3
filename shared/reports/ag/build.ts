/**
 * The AG pack as a ReportDoc (shared/reports/doc.ts), drawn by the same renderers as the annual
 * report: the draft ordre du jour, the allocation of the result and next year's budget prévisionnel
 * as resolutions, then the procès-verbal skeleton with blanks for the votes. It computes no figure:
 * they come from figures.ts; the rapport financier is the annual report, referred to by its title.
 */
import { catalogue } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';
import type { IsoDate } from '../../values/dates';
import type { ReportBlock, ReportCell, ReportDoc, ReportTable } from '../doc';
import type { AgFigures, BudgetTotals, NextBudget } from './figures';

type Texts = ReturnType<typeof catalogue>['ag'];

const left = (header: string) => ({ header, align: 'left' as const });
const right = (header: string) => ({ header, align: 'right' as const });

/** The agenda's items, in order; each resolution item also gets its vote in the procès-verbal. */
function agenda(t: Texts, f: AgFigures): string[] {
  const next = f.nextLabel;
  return [
    ...(f.lastAg ? [t.items.minutes(f.lastAg.date)] : []),
    t.items.activity(f.label),
    t.items.financial(f.label),
    t.items.accounts(f.label),
    t.items.allocation(f.label),
    t.items.budget(next),
    t.items.board,
    t.items.other,
  ];
}

/** The agenda as numbered paragraphs (a bullet before a number would say it twice). */
function agendaBlocks(t: Texts, f: AgFigures): ReportBlock[] {
  return agenda(t, f).map((a, i) => ({ kind: 'paragraph', text: `${i + 1}. ${a}` }));
}

function allocationTable(t: Texts, f: AgFigures): ReportTable {
  const retained = (label: string, c: number): ReportCell[] => [
    { text: c < 0 ? `${label}${t.retainedDebit}` : label },
    { amount: Math.abs(c) },
  ];
  return {
    kind: 'table',
    columns: [left(t.figure), right(t.amount)],
    rows: [
      retained(t.retainedBefore, f.retainedBefore),
      [{ text: f.result >= 0 ? t.surplus(f.label) : t.deficit(f.label) }, { amount: Math.abs(f.result) }],
      retained(t.retainedAfter, f.retainedAfter).map((c) => (c && 'amount' in c ? { ...c, bold: true } : c)),
    ],
  };
}

/** The allocation put to the vote; provisional, and said so, while year-end entries are still to be reviewed. */
function allocationResolution(t: Texts, f: AgFigures): string {
  const text = t.resolutionAllocation(f.label, f.result, f.retainedBefore, f.retainedAfter);
  return f.pending ? `${text}${t.provisionalResolution(f.pending.resultChange)}` : text;
}

function budgetResolution(t: Texts, b: NextBudget): string {
  const balanced = b.total.gap === 0 && b.projects.every((p) => p.gap === 0);
  return balanced ? t.resolutionBudget(b.label, b.total.charges) : t.resolutionBudgetUnbalanced(b.label, b.total.charges, b.total.income);
}

const budgetRow = (label: string, r: BudgetTotals, bold = false): ReportCell[] => [
  { text: label, bold },
  { amount: r.charges, bold },
  { amount: r.income, bold },
  { amount: r.gap, bold },
];

function budgetBlocks(t: Texts, f: AgFigures, lang: Lang): ReportBlock[] {
  const b = f.budget;
  const heading: ReportBlock = { kind: 'heading', level: 2, text: t.budgetHeading(f.nextLabel) };
  if (!b) return [heading, { kind: 'paragraph', text: t.noBudget(f.nextLabel) }];
  const natures = catalogue(lang).cerfa.natures as Readonly<Record<string, string>>;
  const byNature = (rows: readonly [string, number][]) => rows.map(([n, c]): ReportCell[] => [{ text: natures[n] ?? n }, { amount: c }]);
  const unbalanced = b.projects.filter((p) => p.gap !== 0);
  return [
    heading,
    {
      kind: 'table',
      columns: [left(t.project), right(t.charges), right(t.income), right(t.gap)],
      rows: [
        ...b.projects.map((p) => budgetRow(p.title ? `${p.project} — ${p.title}` : p.project || '—', p)),
        budgetRow(t.total, b.total, true),
        [{ text: t.ofWhichCvn }, { amount: b.total.cvnUses }, { amount: b.total.cvnSources }, null],
      ],
    },
    ...unbalanced.map((p): ReportBlock => ({ kind: 'paragraph', text: t.unbalanced(p.project, p.charges, p.income, p.gap) })),
    { kind: 'paragraph', style: 'note', text: t.budgetNote },
    { kind: 'table', columns: [left(t.nature), right(t.charges)], rows: byNature(b.natures.charges) },
    { kind: 'table', columns: [left(t.nature), right(t.income)], rows: byNature(b.natures.income) },
  ];
}

/** The resolutions put to the vote, in agenda order. */
function resolutions(t: Texts, f: AgFigures): { item: string; text: string }[] {
  return [
    { item: t.items.accounts(f.label), text: t.resolutionAccounts(f.label, f.accountsClosedOn) },
    { item: t.items.allocation(f.label), text: allocationResolution(t, f) },
    ...(f.budget ? [{ item: t.items.budget(f.nextLabel), text: budgetResolution(t, f.budget) }] : []),
  ];
}

function voteTable(t: Texts): ReportTable {
  return {
    kind: 'table',
    columns: [left(t.vote), left(t.votes.for), left(t.votes.against), left(t.votes.abstain)],
    rows: [[{ text: t.votesCast }, { text: t.blank }, { text: t.blank }, { text: t.blank }]],
  };
}

function minutes(t: Texts, f: AgFigures): ReportBlock[] {
  const decisions: ReportBlock[] =
    f.decisions.length > 0
      ? [{ kind: 'bullets', items: f.decisions.map((d) => `${t.day(d.date)} — ${d.title}${d.description ? ` : ${d.description}` : ''}`) }]
      : [{ kind: 'paragraph', text: t.noDecision }];
  const votes = resolutions(t, f).flatMap((r, i): ReportBlock[] => [
    { kind: 'heading', level: 3, text: `${t.resolution(i + 1)} — ${r.item}` },
    { kind: 'paragraph', text: r.text },
    voteTable(t),
    { kind: 'paragraph', text: t.outcome },
  ]);
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: t.minutes },
    { kind: 'paragraph', style: 'subtitle', text: t.minutesTitle(f.associationName) },
    { kind: 'bullets', items: t.meeting(f.agDate) },
    { kind: 'paragraph', text: f.lastAg ? t.lastAg(f.lastAg.date, f.lastAg.title) : t.noLastAg },
    { kind: 'heading', level: 2, text: t.agenda },
    ...agendaBlocks(t, f),
    { kind: 'heading', level: 2, text: t.decisions(f.label) },
    ...decisions,
    { kind: 'paragraph', text: t.debate },
    ...votes,
    { kind: 'paragraph', text: t.closing },
    { kind: 'heading', level: 2, text: t.signatures },
    { kind: 'table', columns: t.signers.map(left), rows: [t.signers.map(() => ({ text: '' }))] },
  ];
}

/** At the top, plainly: the result is provisional while proposed year-end entries are not reviewed (docs/domain.md, "The AG pack"). */
function provisional(t: Texts, f: AgFigures): ReportBlock[] {
  return f.pending ? [{ kind: 'paragraph', text: t.provisional(f.label, f.pending.count, f.pending.resultChange) }] : [];
}

/** Money probably owed back to funders (the year-end's findings), per convention and in total. */
function owedBack(t: Texts, f: AgFigures): ReportBlock[] {
  if (f.owedBack.length === 0) return [];
  const total = f.owedBack.reduce((s, x) => s + x.amount, 0);
  return [{ kind: 'paragraph', text: t.owedBack(total, f.owedBack) }];
}

/** The AG pack of `f` in `lang`; `reportTitle` names the annual report it refers to. */
export function buildAgPack(f: AgFigures, lang: Lang, opts: { today: IsoDate; reportTitle: string }): ReportDoc {
  const t = catalogue(lang).ag;
  return {
    title: t.title(f.associationName, f.label),
    lang,
    footer: { text: t.footer(f.associationName, f.label), page: t.page },
    blocks: [
      { kind: 'paragraph', style: 'subtitle', text: f.associationName },
      { kind: 'heading', level: 1, text: t.heading(f.label) },
      ...provisional(t, f),
      { kind: 'paragraph', style: 'note', text: t.draft(opts.today, opts.reportTitle) },
      { kind: 'paragraph', text: t.meetingDate(f.agDate) },
      { kind: 'heading', level: 2, text: t.agenda },
      ...agendaBlocks(t, f),
      { kind: 'heading', level: 2, text: t.allocation(f.label) },
      allocationTable(t, f),
      { kind: 'paragraph', style: 'note', text: t.basis(f.basis === 'cash') },
      { kind: 'paragraph', text: allocationResolution(t, f) },
      { kind: 'paragraph', text: t.reserveOption(f.result) },
      ...owedBack(t, f),
      ...budgetBlocks(t, f, lang),
      ...minutes(t, f),
    ],
  };
}
