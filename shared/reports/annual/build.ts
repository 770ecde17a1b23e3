/**
 * The annual report (activity + financial) of a fiscal year, as a ReportDoc. Every figure is
 * computed here; the renderers only lay it out.
 */
import type { Book } from '../../sheets/book';
import { budgetVsActual } from '../../ledger/budget';
import { formatDateFr, type IsoDate } from '../../values/dates';
import { fiscalYearBounds, fiscalYearLabel } from '../../ledger/fiscal-years';
import type { Lang } from '../../i18n/lang';
import type { Cents } from '../../values/money';
import { subsidiesOfYear } from '../../ledger/subsidies';
import type { ReportBlock, ReportCell, ReportDoc } from '../doc';
import { CHARGE_GROUPS, INCOME_GROUPS, incomeStatement, type IncomeStatement } from '../../ledger/statement';

export class ReportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportRefused';
  }
}

const amount = (a: Cents, bold = false): ReportCell => ({ amount: a, bold });
const txt = (t: string, bold = false): ReportCell => ({ text: t, bold });

/** Percentage with one decimal, or null when the base is zero. */
function percent(part: number, base: number): ReportCell {
  return base === 0 ? null : { percent: Math.round((part * 1000) / base) / 10 };
}

export function buildAnnualReport(book: Book, year: number, opts: { lang: Lang; generatedOn: IsoDate }): ReportDoc {
  const { lang } = opts;
  const L = (fr: string, en: string) => (lang === 'en' ? en : fr);
  const start = book.settings.fiscalYearStart;
  const { first, last } = fiscalYearBounds(year, start);
  const inYear = (d: IsoDate | null) => d !== null && d >= first && d <= last;
  const st = incomeStatement(book, year);
  const activity = book.memory.records.some((m) => inYear(m.date)) || book.volunteering.records.some((v) => inYear(v.date));
  if (st.lines === 0 && !activity)
    throw new ReportRefused(
      L(
        `Aucune donnée pour l'exercice ${fiscalYearLabel(year, start)} (ni opération du Journal, ni événement, ni bénévolat entre le ${formatDateFr(first)} et le ${formatDateFr(last)}) : choisissez une autre année.`,
        `No data for fiscal year ${year} (no Journal line, event or volunteering between ${first} and ${last}): choose another year.`,
      ),
    );
  const previous = incomeStatement(book, year - 1);
  const hasPrevious = previous.lines > 0;
  const name = book.settings.associationName || L('Association', 'Association');
  const label = fiscalYearLabel(year, start);
  const blocks: ReportBlock[] = [];

  // Cover
  blocks.push({ kind: 'paragraph', style: 'title', text: name });
  blocks.push({ kind: 'paragraph', style: 'subtitle', text: L(`Rapport annuel ${label}`, `Annual report ${label}`) });
  blocks.push({
    kind: 'paragraph',
    style: 'note',
    text: L(
      `Exercice du ${formatDateFr(first)} au ${formatDateFr(last)} — généré le ${formatDateFr(opts.generatedOn)}`,
      `Fiscal year ${first} to ${last} — generated on ${opts.generatedOn}`,
    ),
  });

  // Key figures
  const conventions = book.conventions.records.filter(
    (c) => (c.start !== null && c.start <= last && (c.end === null || c.end >= first)) || inYear(c.signedOn),
  );
  const partnersInvolved = new Set(conventions.map((c) => c.partner).filter(Boolean));
  const activePartners = book.partners.records.filter((p) => (p.id && partnersInvolved.has(p.id)) || /actif|active/i.test(p.status ?? ''));
  blocks.push({ kind: 'heading', level: 1, text: L('Chiffres clés', 'Key figures') });
  blocks.push({
    kind: 'table',
    columns: [
      { header: L('Indicateur', 'Indicator'), align: 'left' },
      { header: label, align: 'right' },
    ],
    rows: [
      [txt(L('Total des produits', 'Total income')), amount(st.totalIncome)],
      [txt(L('Total des charges', 'Total charges')), amount(st.totalCharges)],
      [txt(L(st.netResult >= 0 ? 'Excédent' : 'Déficit', st.netResult >= 0 ? 'Surplus' : 'Deficit'), true), amount(st.netResult, true)],
      [txt(L('Partenaires actifs', 'Active partners')), { number: activePartners.length }],
      [txt(L('Conventions en cours ou signées', 'Agreements running or signed')), { number: conventions.length }],
      [txt(L('Heures de bénévolat', 'Volunteer hours')), { number: st.volunteerHours }],
      [txt(L('Valorisation du bénévolat', 'Value of volunteer time')), amount(st.cvnSources)],
    ],
  });

  // Activity
  blocks.push({ kind: 'heading', level: 1, text: L("Rapport d'activité", 'Activity report') });
  blocks.push({ kind: 'heading', level: 2, text: L('Conventions de l’année', 'Agreements of the year') });
  const byAction = new Map<string, { n: number; total: Cents }>();
  for (const c of conventions) {
    const k = c.action ?? L('(sans action)', '(no action)');
    const v = byAction.get(k) ?? { n: 0, total: 0 };
    v.n += 1;
    v.total += c.amount ?? 0;
    byAction.set(k, v);
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: L('Action', 'Action'), align: 'left' },
      { header: L('Conventions', 'Agreements'), align: 'right' },
      { header: L('Montant', 'Amount'), align: 'right' },
    ],
    rows: [...byAction.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [txt(k), { number: v.n }, amount(v.total)]),
  });
  const partnerType = new Map(book.partners.records.map((p) => [p.id, p.type ?? L('autre', 'other')]));
  const byType = new Map<string, number>();
  for (const c of conventions) {
    const k = (c.partner && partnerType.get(c.partner)) || L('autre', 'other');
    byType.set(k, (byType.get(k) ?? 0) + 1);
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: L('Type de partenaire', 'Partner type'), align: 'left' },
      { header: L('Conventions', 'Agreements'), align: 'right' },
    ],
    rows: [...byType.entries()].sort(([, a], [, b]) => b - a).map(([k, n]) => [txt(k), { number: n }]),
  });
  // New partners are those the association marks as such in the Statut column.
  const newPartners = book.partners.records.filter((p) => /^(nouveau|nouvelle|new)\b/i.test((p.status ?? '').trim()));
  if (newPartners.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: L('Nouveaux partenaires', 'New partners') });
    blocks.push({
      kind: 'bullets',
      items: newPartners.map((p) => `${p.name}${p.type ? ` (${p.type}${p.country ? `, ${p.country}` : ''})` : ''}`),
    });
  }

  const bva = budgetVsActual(book, year);
  blocks.push({ kind: 'heading', level: 2, text: L('Projets', 'Projects') });
  blocks.push({
    kind: 'table',
    columns: [
      { header: L('Projet', 'Project'), align: 'left' },
      { header: L('Action', 'Action'), align: 'left' },
      { header: L('Charges prévues', 'Planned costs'), align: 'right' },
      { header: L('Réalisé', 'Actual'), align: 'right' },
      { header: L('Avancement', 'Progress'), align: 'right' },
    ],
    rows: book.projects.records
      .filter((p) => (p.start === null || p.start <= last) && (p.end === null || p.end >= first))
      .map((p) => {
        const lines = bva.filter((b) => b.project === p.code && !b.account.startsWith('86'));
        const planned = lines.reduce((s, b) => s + b.plannedCharge, 0);
        const actual = lines.reduce((s, b) => s + b.actualCharge, 0);
        return [txt(`${p.code} — ${p.title ?? ''}`), txt(p.action ?? ''), amount(planned), amount(actual), percent(actual, planned)];
      }),
  });

  const published = book.dossiers.records.filter((d) => inYear(d.publishedOn));
  blocks.push({ kind: 'heading', level: 2, text: L('Dossiers publiés', 'Published dossiers') });
  blocks.push(
    published.length > 0
      ? {
          kind: 'bullets',
          items: published.map(
            (d) => `${d.title} (${d.type ?? ''}, ${lang === 'en' ? d.publishedOn : formatDateFr(d.publishedOn as IsoDate)})`,
          ),
        }
      : { kind: 'paragraph', text: L('Aucun dossier publié cette année.', 'No dossier published this year.') },
  );
  if (book.groups.records.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: L('Groupes de travail et comités', 'Working groups and committees') });
    blocks.push({
      kind: 'bullets',
      items: book.groups.records.map((g) => `${g.name}${g.type ? ` — ${g.type}` : ''}${g.members ? ` : ${g.members}` : ''}`),
    });
  }
  const chronology = book.memory.records
    .filter((m): m is typeof m & { date: IsoDate } => inYear(m.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  blocks.push({ kind: 'heading', level: 2, text: L("Chronologie de l'année", 'Chronology of the year') });
  blocks.push({
    kind: 'table',
    columns: [
      { header: L('Date', 'Date'), align: 'left' },
      { header: L('Type', 'Type'), align: 'left' },
      { header: L('Événement', 'Event'), align: 'left' },
    ],
    rows: chronology.map((m) => [{ date: m.date }, txt(m.type ?? ''), txt(m.title ?? m.description ?? '')]),
  });

  // Financial report
  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: L('Rapport financier', 'Financial report') });
  blocks.push({ kind: 'heading', level: 2, text: L('Compte de résultat', 'Income statement') });
  blocks.push(statementTable(st, hasPrevious ? previous : null, lang));
  blocks.push({
    kind: 'paragraph',
    style: 'note',
    text: L(
      `Bénévolat valorisé : ${st.volunteerHours.toLocaleString('fr-FR')} heures au taux horaire de Paramètres ; les emplois (86) égalent les contributions (87).`,
      `Volunteer time valued: ${st.volunteerHours} hours at the hourly rate in Paramètres; uses (86) equal contributions (87).`,
    ),
  });
  blocks.push({
    kind: 'chart',
    title: L('Produits par origine', 'Income by origin'),
    bars: INCOME_GROUPS.map((g) => ({ label: L(g.fr, g.en), amount: st.income[g.key] }))
      .concat([
        {
          label: L('Produits financiers et exceptionnels', 'Financial and exceptional income'),
          amount: st.financialIncome + st.exceptionalIncome,
        },
      ])
      .filter((b) => b.amount > 0)
      .sort((a, b) => b.amount - a.amount),
  });
  blocks.push({
    kind: 'chart',
    title: L('Charges par nature', 'Charges by nature'),
    bars: CHARGE_GROUPS.map((g) => ({ label: L(g.fr, g.en), amount: st.charges[g.key] }))
      .concat([
        {
          label: L('Charges financières et exceptionnelles', 'Financial and exceptional charges'),
          amount: st.financialCharges + st.exceptionalCharges + st.tax,
        },
      ])
      .filter((b) => b.amount > 0)
      .sort((a, b) => b.amount - a.amount),
  });

  blocks.push({ kind: 'heading', level: 2, text: L('Budget et réalisé par projet', 'Budget vs actual by project') });
  const projects = [...new Set(bva.map((b) => b.project))];
  blocks.push({
    kind: 'table',
    columns: [
      { header: L('Projet', 'Project'), align: 'left' },
      { header: L('Charges prévues', 'Planned costs'), align: 'right' },
      { header: L('Charges réalisées', 'Actual costs'), align: 'right' },
      { header: L('Écart', 'Gap'), align: 'right' },
      { header: L('Écart %', 'Gap %'), align: 'right' },
      { header: L('Produits prévus', 'Planned income'), align: 'right' },
      { header: L('Produits réalisés', 'Actual income'), align: 'right' },
    ],
    rows: projects.map((p) => {
      const lines = bva.filter((b) => b.project === p && !b.account.startsWith('86') && !b.account.startsWith('87'));
      const pc = lines.reduce((s, b) => s + b.plannedCharge, 0);
      const ac = lines.reduce((s, b) => s + b.actualCharge, 0);
      const pi = lines.reduce((s, b) => s + b.plannedIncome, 0);
      const ai = lines.reduce((s, b) => s + b.actualIncome, 0);
      return [
        txt(p || L('(sans projet)', '(no project)')),
        amount(pc),
        amount(ac),
        amount(ac - pc),
        percent(ac - pc, pc),
        amount(pi),
        amount(ai),
      ];
    }),
  });
  blocks.push({
    kind: 'paragraph',
    style: 'note',
    text: L('Hors contributions volontaires en nature (86/87).', 'Excluding volunteer contributions (86/87).'),
  });

  const subsidies = subsidiesOfYear(book, year);
  blocks.push({ kind: 'heading', level: 2, text: L('Subventions et fonds dédiés', 'Grants and dedicated funds') });
  blocks.push({
    kind: 'table',
    columns: [
      { header: L('Convention', 'Agreement'), align: 'left' },
      { header: L('Financeur', 'Funder'), align: 'left' },
      { header: L('Demandé', 'Requested'), align: 'right' },
      { header: L('Accordé', 'Granted'), align: 'right' },
      { header: L('Reçu', 'Received'), align: 'right' },
      { header: L('Dépensé', 'Spent'), align: 'right' },
      { header: L('Reste', 'Remaining'), align: 'right' },
    ],
    rows: subsidies.map((s) => [
      txt(s.convention),
      txt(s.funder),
      s.requested === null ? null : amount(s.requested),
      amount(s.granted),
      amount(s.receivedInYear),
      amount(s.spentInYear),
      amount(s.unspent),
    ]),
  });
  blocks.push({
    kind: 'paragraph',
    style: 'note',
    text: L(
      '« Reste » : reçu dans l’année et non dépensé, à reporter en fonds dédiés (689/19) si la somme reste affectée au projet.',
      '"Remaining": received in the year and not spent; candidate dedicated funds (689/19).',
    ),
  });

  // Annex
  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: L('Annexe : conventions de l’année', 'Annex: agreements of the year') });
  const partnerName = new Map(book.partners.records.map((p) => [p.id, p.name]));
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'ID', align: 'left' },
      { header: L('Intitulé', 'Title'), align: 'left' },
      { header: L('Partenaire', 'Partner'), align: 'left' },
      { header: L('Type', 'Type'), align: 'left' },
      { header: L('Période', 'Period'), align: 'left' },
      { header: L('Montant', 'Amount'), align: 'right' },
    ],
    rows: conventions.map((c) => [
      txt(c.id ?? ''),
      txt(c.title ?? ''),
      txt((c.partner && partnerName.get(c.partner)) || c.partner || ''),
      txt(c.type ?? ''),
      txt(c.start && c.end ? (lang === 'en' ? `${c.start} – ${c.end}` : `${formatDateFr(c.start)} – ${formatDateFr(c.end)}`) : ''),
      c.amount === null ? null : amount(c.amount),
    ]),
  });
  return { title: L(`${name} — Rapport annuel ${label}`, `${name} — Annual report ${label}`), lang, blocks };
}

function statementTable(st: IncomeStatement, prev: IncomeStatement | null, lang: Lang): ReportBlock {
  const L = (fr: string, en: string) => (lang === 'en' ? en : fr);
  const rows: ReportCell[][] = [];
  const line = (label: string, cur: Cents, old: Cents | null, bold = false) => {
    const r: ReportCell[] = [txt(label, bold), amount(cur, bold)];
    if (prev) r.push(old === null ? null : amount(old, bold));
    rows.push(r);
  };
  const section = (label: string) => rows.push(prev ? [txt(label, true), null, null] : [txt(label, true), null]);
  section(L("Produits d'exploitation", 'Operating income'));
  for (const g of INCOME_GROUPS)
    if (st.income[g.key] !== 0 || (prev && prev.income[g.key] !== 0))
      line(`   ${L(g.fr, g.en)}`, st.income[g.key], prev?.income[g.key] ?? null);
  line(L("Total des produits d'exploitation", 'Total operating income'), st.operatingIncome, prev?.operatingIncome ?? null, true);
  section(L("Charges d'exploitation", 'Operating charges'));
  for (const g of CHARGE_GROUPS)
    if (st.charges[g.key] !== 0 || (prev && prev.charges[g.key] !== 0))
      line(`   ${L(g.fr, g.en)}`, st.charges[g.key], prev?.charges[g.key] ?? null);
  line(L("Total des charges d'exploitation", 'Total operating charges'), st.operatingCharges, prev?.operatingCharges ?? null, true);
  line(L("Résultat d'exploitation", 'Operating result'), st.operatingResult, prev?.operatingResult ?? null, true);
  line(L('Produits financiers', 'Financial income'), st.financialIncome, prev?.financialIncome ?? null);
  line(L('Charges financières', 'Financial charges'), st.financialCharges, prev?.financialCharges ?? null);
  line(L('Résultat financier', 'Financial result'), st.financialResult, prev?.financialResult ?? null, true);
  line(L('Produits exceptionnels', 'Exceptional income'), st.exceptionalIncome, prev?.exceptionalIncome ?? null);
  line(L('Charges exceptionnelles', 'Exceptional charges'), st.exceptionalCharges, prev?.exceptionalCharges ?? null);
  line(L('Résultat exceptionnel', 'Exceptional result'), st.exceptionalResult, prev?.exceptionalResult ?? null, true);
  if (st.tax !== 0 || (prev && prev.tax !== 0)) line(L('Impôts sur les bénéfices', 'Income tax'), st.tax, prev?.tax ?? null);
  line(L('Total des produits', 'Total income'), st.totalIncome, prev?.totalIncome ?? null, true);
  line(L('Total des charges', 'Total charges'), st.totalCharges, prev?.totalCharges ?? null, true);
  line(L('Excédent ou déficit', 'Surplus or deficit'), st.netResult, prev?.netResult ?? null, true);
  section(L('Contributions volontaires en nature', 'Volunteer contributions in kind'));
  line(L('   Emplois (86) — personnel bénévole', '   Uses (86) — volunteer staff'), st.cvnUses, prev?.cvnUses ?? null);
  line(L('   Contributions (87) — bénévolat', '   Contributions (87) — volunteering'), st.cvnSources, prev?.cvnSources ?? null);
  const columns: { header: string; align: 'left' | 'right' }[] = [
    { header: L('Rubrique', 'Item'), align: 'left' },
    { header: String(st.year), align: 'right' },
  ];
  if (prev) columns.push({ header: String(prev.year), align: 'right' });
  return { kind: 'table', columns, rows };
}
