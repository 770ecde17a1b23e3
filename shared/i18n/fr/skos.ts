/** What `citego atlas --skos / --import` and `citego links` print, in French (docs/domain.md, "Atlas as SKOS", "Link check"). */
import type { TermField } from '../../atlas/skos-import';
import type { RelationLabel } from '../../atlas/skos-atlas';
import { formatNumber } from '../../values/numbers';

const n = (count: number, one: string, many = `${one}s`) => `${formatNumber(count)} ${count > 1 ? many : one}`;
const FIELDS: Readonly<Record<TermField, string>> = { domain: 'domaine', definition: 'définition', english: 'terme anglais' };

export const skos = {
  relation: (r: RelationLabel): string => r,
  exported: (file: string, concepts: number, relations: number) =>
    `Atlas écrit en SKOS (Turtle) : ${file} — ${n(concepts, 'concept')}, ${n(relations, 'relation')}.`,
  gexfWritten: (file: string, terms: number, relations: number) =>
    `Atlas écrit pour Gephi (GEXF) : ${file} — ${n(terms, 'terme')}, ${n(relations, 'relation')}.`,
  skipped: (count: number) => `${n(count, 'relation')} vers un terme absent de l’Atlas, non ${count > 1 ? 'exportées' : 'exportée'} :`,
  skippedLine: (from: string, relation: string, to: string, where: string) => `  ${from} — ${relation} — ${to}  (${where})`,
  where: (sheet: 'atlas' | 'relations', row: number) => `${sheet === 'atlas' ? 'Atlas' : 'Relations'}!${row}`,
  previewTitle: (file: string) => `Import de ${file} dans Atlas et Relations :`,
  nothing: () => 'Rien à changer : l’atlas du classeur dit déjà tout ce que dit le fichier.',
  newTerms: (count: number) => `${n(count, 'nouveau terme', 'nouveaux termes')} :`,
  newTerm: (term: string, domain: string | null, english: string | null) =>
    `  + ${term}${english ? ` (en : ${english})` : ''}${domain ? ` — ${domain}` : ''}`,
  changes: (count: number) => `${n(count, 'changement')} :`,
  change: (term: string, row: number, field: TermField, before: string | null, after: string) =>
    `  ~ ${term} (Atlas!${row}), ${FIELDS[field]} : « ${before ?? ''} » → « ${after} »`,
  newRelations: (count: number) => `${n(count, 'nouvelle relation', 'nouvelles relations')} :`,
  newRelation: (from: string, relation: string, to: string) => `  + ${from} — ${relation} — ${to}`,
  removedRelations: (count: number) => `${n(count, 'relation retirée', 'relations retirées')} (le fichier ne les dit plus) :`,
  removedRelation: (from: string, relation: string, to: string, where: string) => `  - ${from} — ${relation} — ${to}  (${where})`,
  absent: (count: number) =>
    `${n(count, 'terme')} de l’Atlas absent${count > 1 ? 's' : ''} du fichier, gardé${count > 1 ? 's' : ''} tel${count > 1 ? 's' : ''} quel${count > 1 ? 's' : ''}.`,
  writeHint: () => 'Rien n’est écrit sans --write (avec --workbook FICHIER).',
  written: (file: string) => `Écrit dans ${file}.`,
  // citego links
  linksTitle: (count: number, parallel: number) => `Vérification de ${n(count, 'lien')} (${formatNumber(parallel)} à la fois)`,
  linksNone: () => 'Aucun lien http(s) dans Dossiers ni Veille.',
  linksAllGood: (count: number) => `${n(count, 'lien')} ${count > 1 ? 'répondent' : 'répond'} correctement.`,
  linksBroken: (count: number) => `${n(count, 'lien cassé', 'liens cassés')} :`,
  linksRedirected: (count: number) => `${n(count, 'lien redirigé', 'liens redirigés')} (à mettre à jour) :`,
  linkAt: (sheet: string, cell: string) => `${sheet}!${cell}`,
  linkLine: (at: string, url: string, why: string) => `  ${at.padEnd(14)} ${url}  — ${why}`,
  status: (code: number) => `erreur HTTP ${code}`,
  timeout: (seconds: number) => `pas de réponse en ${formatNumber(seconds)} s`,
  connectTimeout: (seconds: number) => `connexion impossible en ${formatNumber(seconds)} s`,
  tooManyRedirects: (max: number) => `plus de ${formatNumber(max)} redirections`,
  redirectLoop: (url: string) => `boucle de redirections (revient à ${url})`,
  unreachable: (why: string) => `injoignable (${why})`,
  notWeb: () => 'pas une adresse http(s)',
  movedTo: (url: string) => `redirigé vers ${url}`,
};

export type SkosMessages = typeof skos;
