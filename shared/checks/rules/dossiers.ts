/**
 * The dossier pipeline's rules (docs/domain.md, "Dossier pipeline"): a published dossier without
 * URL or index terms, a dossier in review without a committee, a fiche attached to no dossier.
 */
import { catalogue } from '../../i18n/catalogue';
import type { Finding } from '../../sheets/findings';
import { readAtlas } from '../../atlas/terms';
import { isFiche } from '../../dossiers/pipeline';
import type { CheckContext, Rule } from '../context';

function msg(ctx: CheckContext) {
  return catalogue(ctx.options.lang).atlas;
}

/** `dossier.published`: published, but no URL, or no term in the Index. */
export const dossierPublished: Rule = {
  id: 'dossier.published',
  severity: 'warning',
  check(ctx) {
    const t = ctx.book.dossiers;
    const indexed = new Set(readAtlas(ctx.book).index.map((e) => e.content));
    const out: Finding[] = [];
    for (const d of t.records) {
      if (d.status !== 'publié' || !d.id) continue;
      if (!d.url) out.push(ctx.finding('dossier.published', 'warning', t, d, 'url', msg(ctx).publishedNoUrl(d.id), [d.id]));
      if (!indexed.has(d.id)) out.push(ctx.finding('dossier.published', 'warning', t, d, 'id', msg(ctx).publishedNoTerms(d.id), [d.id]));
    }
    return out;
  },
};

/** `dossier.committee`: in relecture without a Comité, or with one the Groupes sheet does not have. */
export const dossierCommittee: Rule = {
  id: 'dossier.committee',
  severity: 'warning',
  check(ctx) {
    const { book } = ctx;
    const t = book.dossiers;
    const groups = book.groups.sheet === null ? null : new Set(book.groups.records.map((g) => g.id));
    const out: Finding[] = [];
    for (const d of t.records) {
      if (!d.id) continue;
      if (d.status === 'relecture' && !d.committee)
        out.push(ctx.finding('dossier.committee', 'warning', t, d, 'committee', msg(ctx).reviewNoCommittee(d.id), [d.id]));
      else if (d.committee && groups && !groups.has(d.committee))
        out.push(ctx.finding('dossier.committee', 'warning', t, d, 'committee', msg(ctx).committeeUnknown(d.id, d.committee), [d.id]));
    }
    return out;
  },
};

/** `dossier.orphan`: a fiche de cas or d'analyse with no Dossier parent, or one Dossiers does not have. */
export const dossierOrphan: Rule = {
  id: 'dossier.orphan',
  severity: 'warning',
  check(ctx) {
    const t = ctx.book.dossiers;
    const ids = new Set(t.records.map((d) => d.id));
    const out: Finding[] = [];
    for (const d of t.records) {
      if (!d.id || !isFiche(d.type)) continue;
      if (!d.parent) out.push(ctx.finding('dossier.orphan', 'warning', t, d, 'parent', msg(ctx).ficheNoDossier(d.id), [d.id]));
      else if (!ids.has(d.parent))
        out.push(ctx.finding('dossier.orphan', 'warning', t, d, 'parent', msg(ctx).ficheUnknownDossier(d.id, d.parent), [d.id]));
    }
    return out;
  },
};
