/** `citego atlas --skos / --import` and `citego links` in English: same keys and signatures as the French file. */
import type { TermField } from '../../atlas/skos-import';
import type { RelationLabel } from '../../atlas/skos-atlas';
import { formatNumberEn } from '../../values/numbers';
import type { SkosMessages } from '../fr/skos';

const n = (count: number, one: string, many = `${one}s`) => `${formatNumberEn(count)} ${count > 1 ? many : one}`;
const FIELDS: Readonly<Record<TermField, string>> = { domain: 'domain', definition: 'definition', english: 'English term' };
const RELATIONS: Readonly<Record<RelationLabel, string>> = {
  'plus large': 'broader',
  'plus précis': 'narrower',
  associé: 'related',
  'voir aussi': 'see also',
};

export const skos: SkosMessages = {
  relation: (r) => RELATIONS[r],
  exported: (file, concepts, relations) =>
    `Atlas written as SKOS (Turtle): ${file} — ${n(concepts, 'concept')}, ${n(relations, 'relation')}.`,
  gexfWritten: (file, terms, relations) => `Atlas written for Gephi (GEXF): ${file} — ${n(terms, 'term')}, ${n(relations, 'relation')}.`,
  skipped: (count) => `${n(count, 'relation')} to a term missing from Atlas, not exported:`,
  skippedLine: (from, relation, to, where) => `  ${from} — ${relation} — ${to}  (${where})`,
  where: (sheet, row) => `${sheet === 'atlas' ? 'Atlas' : 'Relations'}!${row}`,
  previewTitle: (file) => `Importing ${file} into Atlas and Relations:`,
  nothing: () => 'Nothing to change: the workbook’s atlas already says everything the file says.',
  newTerms: (count) => `${n(count, 'new term')}:`,
  newTerm: (term, domain, english) => `  + ${term}${english ? ` (en: ${english})` : ''}${domain ? ` — ${domain}` : ''}`,
  changes: (count) => `${n(count, 'change')}:`,
  change: (term, row, field, before, after) => `  ~ ${term} (Atlas!${row}), ${FIELDS[field]}: “${before ?? ''}” → “${after}”`,
  newRelations: (count) => `${n(count, 'new relation')}:`,
  newRelation: (from, relation, to) => `  + ${from} — ${relation} — ${to}`,
  removedRelations: (count) => `${n(count, 'relation')} removed (the file no longer states ${count > 1 ? 'them' : 'it'}):`,
  removedRelation: (from, relation, to, where) => `  - ${from} — ${relation} — ${to}  (${where})`,
  absent: (count) => `${n(count, 'Atlas term')} not in the file, kept as ${count > 1 ? 'they are' : 'it is'}.`,
  writeHint: () => 'Nothing is written without --write (with --workbook FILE).',
  written: (file) => `Written to ${file}.`,
  linksTitle: (count, parallel) => `Checking ${n(count, 'link')} (${formatNumberEn(parallel)} at a time)`,
  linksNone: () => 'No http(s) link in Dossiers or Veille.',
  linksAllGood: (count) => `${n(count, 'link')} ${count > 1 ? 'answer' : 'answers'} correctly.`,
  linksBroken: (count) => `${n(count, 'broken link')}:`,
  linksRedirected: (count) => `${n(count, 'redirected link')} (to update):`,
  linkAt: (sheet, cell) => `${sheet}!${cell}`,
  linkLine: (at, url, why) => `  ${at.padEnd(14)} ${url}  — ${why}`,
  status: (code) => `HTTP error ${code}`,
  timeout: (seconds) => `no answer within ${formatNumberEn(seconds)} s`,
  connectTimeout: (seconds) => `could not connect within ${formatNumberEn(seconds)} s`,
  tooManyRedirects: (max) => `more than ${formatNumberEn(max)} redirects`,
  redirectLoop: (url) => `redirect loop (back to ${url})`,
  unreachable: (why) => `unreachable (${why})`,
  notWeb: () => 'not an http(s) address',
  movedTo: (url) => `redirected to ${url}`,
};
