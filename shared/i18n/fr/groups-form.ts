/** The « Groupes et comités » forms' messages, under the field they concern (shared/network/group-form.ts). */
export const groupsForm = {
  required: () => 'Champ obligatoire.',
  tooLong: (max: number) => `${max} caractères au plus.`,
  unknownType: () => 'Choisissez un type : groupe de travail, comité de relecture ou comité de pilotage.',
  unknownProject: (code: string) => `Projet « ${code} » absent de la feuille Projets.`,
  unknownDossier: (id: string) => `Dossier « ${id} » absent de la feuille Dossiers.`,
  unknownPerson: (id: string) => `Personne « ${id} » absente de la feuille Personnes.`,
  unknownGroup: (id: string) => `Groupe « ${id} » absent de la feuille Groupes.`,
  unknownRole: () => 'Choisissez un rôle : animateur, président, relecteur, membre ou observateur.',
  reviewNeedsDossier: () => 'Un comité de relecture relit un dossier : choisissez-le.',
  steeringNeedsProject: () => 'Un comité de pilotage pilote un projet : choisissez-le.',
  badDate: (typed: string) => `« ${typed} » n’est pas une date (ex. 15/03/2026).`,
  alreadyMember: (person: string, group: string) => `${person} siège déjà dans ${group} (mandat en cours).`,
  noActiveMandate: (person: string, group: string) => `${person} n’a pas de mandat en cours dans ${group}.`,
  untilBeforeSince: (since: string) => `La fin précède le début du mandat (${since}).`,
  fieldsToFix: (n: number) => (n === 1 ? 'Un champ à corriger : rien n’a été écrit.' : `${n} champs à corriger : rien n’a été écrit.`),
};

export type GroupsFormMessages = typeof groupsForm;
