import { choice, date, id, ref, required, table, text, amount } from './columns';

/**
 * The partnership network (docs/domain.md, "Partnership network"): the resource persons, their
 * memberships of groups and committees, and the opportunities pipeline.
 */
export const persons = table({
  key: 'persons',
  sheet: 'Personnes',
  sheetSynonyms: ['Personne', 'Personnes ressources', 'Contacts', 'Experts'],
  idColumn: 'id',
  idPrefix: 'PE-',
  columns: {
    id: id('ID', ['Identifiant', 'Code']),
    name: required(text('Nom', ['Nom complet', 'Prénom Nom', 'Personne'])),
    organisation: ref('Organisation', ['Partenaire', 'Organisme', 'Structure', 'Organisation (ID)']),
    role: text('Fonction', ['Poste', 'Titre', 'Qualité']),
    expertise: text('Expertise', ['Compétences', 'Domaines', 'Thèmes']),
    country: text('Pays', ['Country']),
    email: text('E-mail', ['Email', 'Mail', 'Courriel']),
    notes: text('Notes', ['Remarques', 'Commentaire', 'Commentaires']),
  },
});

export const MEMBER_ROLES = [
  { label: 'animateur', synonyms: ['animatrice', 'coordinateur', 'coordinatrice', 'pilote'] },
  { label: 'président', synonyms: ['president', 'présidente', 'presidente'] },
  { label: 'relecteur', synonyms: ['relectrice', 'reviewer'] },
  { label: 'membre' },
  { label: 'observateur', synonyms: ['observatrice', 'invité', 'invite'] },
] as const;

export const memberships = table({
  key: 'memberships',
  sheet: 'Membres',
  sheetSynonyms: ['Membre', 'Composition des groupes', 'Mandats'],
  idColumn: null,
  idPrefix: null,
  columns: {
    group: required(ref('Groupe', ['Groupe (ID)', 'Comité', 'ID groupe'])),
    person: required(ref('Personne', ['Personne (ID)', 'ID personne', 'Membre'])),
    role: choice('Rôle', MEMBER_ROLES, ['Role', 'Fonction']),
    since: date('Depuis', ['Début', 'Du', 'Entrée']),
    until: date("Jusqu'au", ['Jusqu’au', 'Fin', 'Au', 'Sortie']),
  },
});

export const OPPORTUNITY_STAGES = [
  { label: 'repérée', synonyms: ['reperee', 'repéré', 'identifiée', 'identifiee'] },
  { label: 'contact', synonyms: ['contacté', 'contactee', 'contactée', 'premier contact'] },
  { label: 'dossier en cours', synonyms: ['en cours', 'rédaction', 'redaction'] },
  { label: 'déposée', synonyms: ['deposee', 'déposé', 'depose', 'envoyée', 'envoyee'] },
  { label: 'accordée', synonyms: ['accordee', 'accordé', 'gagnée', 'gagnee', 'acceptée', 'acceptee'] },
  { label: 'refusée', synonyms: ['refusee', 'refusé', 'perdue', 'rejetée'] },
  { label: 'abandonnée', synonyms: ['abandonnee', 'abandonné', 'sans suite'] },
] as const;

export const opportunities = table({
  key: 'opportunities',
  sheet: 'Opportunités',
  sheetSynonyms: ['Opportunites', 'Opportunité', 'Pistes', 'Prospection'],
  idColumn: 'id',
  idPrefix: 'O-',
  columns: {
    id: id('ID', ['Identifiant', 'Code']),
    title: required(text('Intitulé', ['Titre', 'Objet', 'Opportunité'])),
    partner: ref('Partenaire', ['Financeur', 'Partenaire ou financeur', 'Partenaire (ID)']),
    type: choice('Type', [
      { label: 'partenariat' },
      { label: 'subvention', synonyms: ['subventions'] },
      { label: 'mécénat', synonyms: ['mecenat'] },
      { label: 'appel à projets', synonyms: ['appel a projets', 'aap', 'appel à projet'] },
    ]),
    project: ref('Projet', ['Code projet']),
    amount: amount('Montant visé', ['Montant vise', 'Montant', 'Montant demandé']),
    stage: choice('Étape', OPPORTUNITY_STAGES, ['Etape', 'Stade', 'Statut']),
    nextAction: text('Prochaine action', ['Action suivante', 'À faire']),
    due: date('Échéance', ['Echeance', 'Date limite', 'Pour le']),
    convention: ref('Convention', ['N° convention']),
    notes: text('Notes', ['Remarques', 'Historique', 'Commentaires']),
  },
});

export const networkTables = { persons, memberships, opportunities } as const;
