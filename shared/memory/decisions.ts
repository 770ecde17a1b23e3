/**
 * The register of decisions for the AG (docs/domain.md, "Memory and calendar"): every Mémoire entry
 * of type décision dated in a calendar year, by date, with its follow-up; a ReportDoc that the
 * shells write as a .docx or a Google Doc.
 */
import type { ParsedWorkbook } from '../sheets/parsed-workbook';
import type { ReportDoc, ReportBlock } from '../reports/doc';
import { catalogue } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';

export function decisionsOf(book: ParsedWorkbook, year: number) {
  return book.memory.records
    .filter((m) => m.type === 'décision' && m.date !== null && Number(m.date.slice(0, 4)) === year)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string) || a.row - b.row);
}

export function decisionRegister(book: ParsedWorkbook, year: number, lang: Lang): ReportDoc {
  const t = catalogue(lang).memory;
  const association = book.settings.associationName || 'Association';
  const decisions = decisionsOf(book, year);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.registerTitle(association, year), style: 'title' },
    { kind: 'heading', level: 1, text: t.registerHeading(year) },
  ];
  if (decisions.length === 0) blocks.push({ kind: 'paragraph', text: t.registerEmpty(year) });
  else {
    const c = t.registerColumns;
    blocks.push({ kind: 'paragraph', text: t.registerIntro(decisions.length) });
    blocks.push({
      kind: 'table',
      columns: [
        { header: c.date, align: 'left' },
        { header: c.title, align: 'left' },
        { header: c.text, align: 'left' },
        { header: c.followUp, align: 'left' },
      ],
      rows: decisions.map((d) => [
        d.date ? { date: d.date } : null,
        { text: d.title ?? '', bold: true },
        { text: d.description ?? '' },
        { text: t.registerFollowUp(d.followUpBy, d.followUpDue, d.followUpDone === true) },
      ]),
    });
  }
  return { title: t.registerTitle(association, year), lang, blocks };
}
