/**
 * The checks a document rendered by LibreOffice must pass (docs/domain.md, "Annual report"); each
 * returns its problems, one sentence each, none when all is well. A document lists those it needs
 * in documents.ts.
 */
import { numbersNotIn, numbersOf } from './numbers';
import type { Rendered } from './render';

export type Check = (doc: Rendered) => string[];

/** Runs of white space as one space, so that a label wrapped on two lines reads whole. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of each `<w:p>` of a part of the .docx whose properties match `style` (any paragraph without). */
function paragraphs(xml: string, style?: RegExp): string[] {
  return [...xml.matchAll(/<(?:w:)?p\b[^>]*>([\s\S]*?)<\/(?:w:)?p>/g)]
    .filter((m) => !style || style.test(m[1]))
    .map((m) => unescapeXml([...m[1].matchAll(/<(?:w:)?t\b[^>]*>([^<]*)<\/(?:w:)?t>/g)].map((t) => t[1]).join('')));
}

/** Every page but the first ends with « Page n / N », from the footer's PAGE and NUMPAGES fields. */
export const pageNumbers: Check = (doc) => {
  const n = doc.pages.length;
  const missing = doc.pages.map((p, i) => (i === 0 || flat(p).includes(`Page ${i + 1} / ${n}`) ? null : i + 1)).filter((x) => x !== null);
  const fields = doc.footersXml.some((x) => /instrText[^>]*>\s*PAGE\s*</.test(x));
  return [
    ...(missing.length ? [`pas de numéro de page sur les pages ${missing.join(', ')}`] : []),
    ...(fields ? [] : ['pas de champ PAGE dans le pied de page']),
  ];
};

/** Each text appears on the first page. */
export const onCover =
  (...texts: readonly string[]): Check =>
  (doc) =>
    texts.filter((t) => !flat(doc.pages[0] ?? '').includes(flat(t))).map((t) => `absent de la couverture : « ${t} »`);

const ellipses = (s: string) => [...s].filter((c) => c === '…').length;

/**
 * Each label appears whole in the PDF's text (wrapped maybe, never cut nor ended by « … »): the PDF holds
 * no more « … » than the document's own text (`written`: the dotted lines left for the user to fill).
 */
export const wholeLabels =
  (labels: readonly string[], written = 0): Check =>
  (doc) => {
    const text = flat(doc.pages.join(' '));
    const cut = ellipses(text) > written ? ['« … » dans le texte : un libellé coupé ?'] : [];
    return [
      ...cut,
      ...[...new Set(labels)].filter((l) => !text.includes(flat(l.trim()))).map((l) => `libellé absent ou coupé : « ${l.trim()} »`),
    ];
  };

/** No minus sign after a word (« Déficit -25 559,42 € »). */
export const noSignAfter =
  (word: string): Check =>
  (doc) =>
    new RegExp(`${word}\\s*[-−‑–]\\s*\\d`).test(doc.pages.join(' ')) ? [`« ${word} » suivi d’un signe moins`] : [];

/**
 * Every number of the commentary (the paragraphs of style `Commentary`) is one of the tables' in
 * the .docx, and the PDF shows it once more than the commentary does: in a table.
 */
export const commentaryNumbersInTables =
  (style = 'Commentary'): Check =>
  (doc) => {
    const commentary = paragraphs(doc.documentXml, new RegExp(`pStyle (?:w:)?val="${style}"`)).join('\n');
    if (!commentary) return ['aucun paragraphe de commentaire'];
    const tables = [...doc.documentXml.matchAll(/<(?:w:)?tc\b[^>]*>[\s\S]*?<\/(?:w:)?tc>/g)]
      .map((m) => paragraphs(m[0]).join(' '))
      .join('\n');
    const problems = numbersNotIn(commentary, tables).map((n) => `nombre du commentaire absent des tableaux : ${n}`);
    const count = (xs: readonly string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
    const sep = ' ,.';
    const inPdf = count(doc.pages.flatMap((p) => p.split('\n')).flatMap((l) => numbersOf(l, sep)));
    const said = count(numbersOf(commentary.replace(/[\u202f\u00a0]/g, ' '), sep));
    for (const [n, k] of said) if ((inPdf.get(n) ?? 0) <= k) problems.push(`nombre du commentaire sans tableau dans le PDF : ${n}`);
    return problems;
  };
